package app.keel;

import app.keel.account.AccountService;
import app.keel.account.StaffDraft;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SignInAttempts;
import app.keel.account.security.SignInThrottleService;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientFilter;
import app.keel.client.ClientService;
import app.keel.client.ClientSummary;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseDraft;
import app.keel.exercise.ExerciseService;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.ClientLogService;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.MyProgramService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.template.TemplateService;
import app.keel.program.template.TemplateSummary;
import app.keel.studio.StudioService;
import app.keel.support.MutableClock;
import app.keel.support.ServiceCallRecorder;
import app.keel.support.ServiceMethods;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records and helpers of {@link TenancyMatrixIT}: two studios, a victim client with programs, logs and a PSFS, and
 * intruders. Kept apart so the matrix file holds only the cases.
 */
abstract class TenancyMatrixSetup {


    /** Every table of the schema, read from the database so a new table is compared without anyone listing it. */
    List<String> tables;

    @Autowired
    StudioService studios;
    @Autowired
    AccountService accounts;
    @Autowired
    ClientService clients;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    MyProgramService myPrograms;
    @Autowired
    TemplateService templates;
    TemplateSummary template;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LogbookService logbook;
    @Autowired
    app.keel.logbook.BreakCountService breakCounts;
    @Autowired
    ClientLogService clientLogs;
    @Autowired
    PsfsService psfs;
    @Autowired
    MutableClock clock;

    @Autowired
    SignInAttempts attempts;
    @Autowired
    SignInThrottleService throttles;
    long throttleId;
    StudioSetup home;
    StudioSetup foreign;
    ClientDetails victim;
    KeelUser victimLogin;
    KeelUser otherClient;
    long invitedPractitionerId;
    String pendingEmail;
    @Autowired
    UserDetailsService logins;
    ProgramDetails program;
    ProgramDetails archivedProgram;
    PrescriptionRow item;
    long deloadId;
    ExerciseDetails studioExercise;
    LocalDate today;
    ProgramDetails runningProgram;
    PrescriptionRow runningItem;
    long psfsActivityId;

    @BeforeAll
    void setUp() {
        home = fixtures.newStudio();
        foreign = fixtures.newStudio();
        fixtures.client(foreign.practitioner(), "Foreign Client"); // gives the other studio an audit trail of its own
        victim = fixtures.client(home.practitioner(), "Victim Client");
        victimLogin = fixtures.clientLogin(home.practitioner(), victim.id());
        victim = as(home.practitioner(), () -> clients.get(victim.id()));
        ClientDetails neighbour = fixtures.client(home.practitioner(), "Neighbour Client");
        otherClient = fixtures.clientLogin(home.practitioner(), neighbour.id());
        StaffDraft pending = new StaffDraft();
        pending.setFullName("Pending Practitioner");
        pending.setEmail("pending-" + TestFixtures.tag() + "@test.keel");
        pendingEmail = pending.getEmail();
        as(home.admin(), () -> accounts.invitePractitioner(pending));
        invitedPractitionerId = as(home.admin(), () -> accounts.listPractitioners("pending", PageRequest.of(0, 5)))
                .getFirst().id();

        ExerciseDraft own = new ExerciseDraft();
        own.setName("Home studio towel squeeze");
        own.setFocus("pelvic floor");
        own.setInstructions("Squeeze gently.");
        own.setCues("Gentle");
        studioExercise = as(home.practitioner(), () -> exercises.create(own));
        ProgramDraft draft = new ProgramDraft();
        draft.setTitle("Victim program");
        draft.setStartDate(LocalDate.of(2031, 3, 3));
        program = as(home.practitioner(), () -> programs.create(victim.id(), draft));
        item = as(home.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                studioExercise.id()));
        deloadId = as(home.practitioner(), () -> programs.get(program.id())).deloads().getFirst().id();
        program = as(home.practitioner(), () -> programs.get(program.id()));
        template = as(home.practitioner(), () -> templates.saveAsTemplate(program.id(), "Home template"));
        ProgramDraft old = new ProgramDraft();
        old.setTitle("Victim archived program");
        old.setStartDate(LocalDate.of(2030, 3, 3));
        long archivedId = as(home.practitioner(), () -> programs.create(victim.id(), old)).id();
        long draftVersion = as(home.practitioner(), () -> programs.get(archivedId)).version();
        archivedProgram = as(home.practitioner(), () -> programs.changeStatus(archivedId, draftVersion,
                ProgramStatus.ARCHIVED));

        // A running program the victim has logged, a check-in and a rated PSFS activity: the logbook's records.
        clock.reset();
        today = LocalDate.now(clock.withZone(victimLogin.zoneId()));
        ProgramDraft running = new ProgramDraft();
        running.setTitle("Victim running program");
        running.setStartDate(today);
        running.setDays(EnumSet.allOf(DayOfWeek.class));
        runningProgram = as(home.practitioner(), () -> programs.create(victim.id(), running));
        runningItem = as(home.practitioner(), () -> items.add(runningProgram.id(),
                programs.get(runningProgram.id()).version(), studioExercise.id()));
        long version = as(home.practitioner(), () -> programs.get(runningProgram.id())).version();
        runningProgram = as(home.practitioner(), () -> programs.changeStatus(runningProgram.id(), version,
                ProgramStatus.ACTIVE));
        as(victimLogin, () -> logbook.logItem(runningItem.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        as(victimLogin, () -> logbook.saveCheckIn(today, checkIn()));
        psfsActivityId = as(home.practitioner(), () -> psfs.setActivities(victim.id(), List.of("Climb stairs")))
                .getFirst().id();
        as(victimLogin, () -> psfs.rate(Map.of(psfsActivityId, 4)));
        for (int i = 0; i < 10; i++) {
            attempts.failed(home.practitioner().email(), null);
        }
        throttleId = jdbc.queryForObject("select id from sign_in_throttle where kind = 'ACCOUNT' and subject = ?",
                Long.class, home.practitioner().email().toLowerCase());
        tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not in ('databasechangelog', 'databasechangeloglock')
                order by table_name""", String.class);
        // From here on, every service method a case calls is recorded; setting up the records above is not a case.
        ServiceCallRecorder.arm();
    }

    @AfterAll
    void stopRecording() {
        ServiceCallRecorder.disarm();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void every_public_service_method_has_a_case() {
        assertThat(tables).as("tables compared").contains("program_revision", "user_account", "item_log");
        Set<String> called = ServiceCallRecorder.disarm();
        assertThat(ServiceMethods.uncovered(ServiceMethods.publicMethods("app.keel"), called))
                .as("public service methods no case of this matrix calls").isEmpty();
    }

    static CheckInDraft checkIn() {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(2);
        d.setWorstPain(3);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(2);
        d.setConfidence(8);
        return d;
    }

    List<Long> clientIds(KeelUser user) {
        return clients.list(ClientFilter.none(), PageRequest.of(0, 500)).stream().map(ClientSummary::id).toList();
    }

    DynamicTest notFound(String name, KeelUser user, Supplier<?> call) {
        return refused(name, user, call, NotFoundException.class);
    }

    DynamicTest denied(String name, KeelUser user, Supplier<?> call) {
        return refused(name, user, call, AccessDeniedException.class);
    }

    /**
     * The database is unchanged but for the audit trail, which holds exactly one row for a "not found" or "denied"
     * (the refusal, by this user) and none for any other answer.
     */
    DynamicTest refused(String name, KeelUser user, Supplier<?> call, Class<? extends Throwable> expected) {
        return DynamicTest.dynamicTest(name, () -> {
            long lastAudit = lastAuditId();
            String before = snapshot(AUDIT_TABLES);
            assertThatThrownBy(() -> as(user, call)).isInstanceOf(expected);
            assertThat(snapshot(AUDIT_TABLES)).as("database unchanged").isEqualTo(before);
            assertThat(auditSince(lastAudit)).as("audit rows written").isEqualTo(refusalRows(expected, user));
        });
    }

    DynamicTest check(String name, KeelUser user, Runnable assertion) {
        return DynamicTest.dynamicTest(name, () -> {
            long lastAudit = lastAuditId();
            String before = snapshot(AUDIT_TABLES);
            TestFixtures.run(user, assertion);
            assertThat(snapshot(AUDIT_TABLES)).as("database unchanged").isEqualTo(before);
            assertThat(auditSince(lastAudit)).as("audit rows written").isEmpty();
        });
    }

    static final String[] AUDIT_TABLES = {"audit_event", "audit_chain_head"};

    long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    List<String> auditSince(long lastId) {
        return jdbc.queryForList("select action || ' ' || outcome || ' by ' || coalesce(actor_account_id::text, actor) "
                + "|| ' in ' || coalesce(studio_id::text, '-') from audit_event where id > ? order by id",
                String.class, lastId);
    }

    static List<String> refusalRows(Class<? extends Throwable> refusal, KeelUser user) {
        String by = " FAILURE by " + user.accountId() + " in " + user.studioId();
        if (NotFoundException.class.isAssignableFrom(refusal)) {
            return List.of("NOT_FOUND" + by);
        }
        if (AccessDeniedException.class.isAssignableFrom(refusal)) {
            return List.of("ACCESS_REFUSED" + by);
        }
        return List.of();
    }

    /**
     * Like {@link #refused}, for a wrong password: the failed-attempt count is meant to grow (it is what makes the
     * next guess wait), every other table must stay as it was.
     */
    DynamicTest refusedAndCounted(String name, KeelUser user, Supplier<?> call, Class<? extends Throwable> expected) {
        return DynamicTest.dynamicTest(name, () -> {
            long lastAudit = lastAuditId();
            String before = snapshot("sign_in_throttle", AUDIT_TABLES[0], AUDIT_TABLES[1]);
            assertThatThrownBy(() -> as(user, call)).isInstanceOf(expected);
            assertThat(snapshot("sign_in_throttle", AUDIT_TABLES[0], AUDIT_TABLES[1]))
                    .as("database unchanged but for the count").isEqualTo(before);
            assertThat(auditSince(lastAudit)).as("audit rows written").isEqualTo(refusalRows(expected, user));
        });
    }

    String snapshot(String... ignoring) {
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            if (List.of(ignoring).contains(table)) {
                continue;
            }
            all.append(table).append('=').append(jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class)).append(';');
        }
        return all.toString();
    }
}
