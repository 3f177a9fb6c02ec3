package app.keel;

import app.keel.account.AccountService;
import app.keel.account.Role;
import app.keel.account.StaffDraft;
import app.keel.account.security.KeelUser;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.client.ClientFilter;
import app.keel.client.ClientService;
import app.keel.client.ClientSummary;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseDraft;
import app.keel.exercise.ExerciseFilter;
import app.keel.exercise.ExerciseService;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.ClientLogService;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.DeloadDraft;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.plan.MyProgramService;
import app.keel.program.plan.ProgramOverviewService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.template.TemplateService;
import app.keel.program.template.TemplateSummary;
import app.keel.progress.CaseloadFilter;
import app.keel.progress.CaseloadRow;
import app.keel.progress.CaseloadService;
import app.keel.progress.EarlyDeloadService;
import app.keel.progress.Flag;
import app.keel.progress.ProgressService;
import app.keel.sheet.SheetService;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every public service method, called by someone who must not reach the record: a user of another studio,
 * a practitioner outside the caseload, a client who does not own it. Each gets "not found" or "denied", and the
 * database is byte-for-byte what it was.
 */
@KeelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyMatrixIT {

    private static final List<String> TABLES = List.of("studio", "user_account", "practitioner", "invitation",
            "client", "client_share", "audit_event", "exercise", "program", "prescription", "deload_period",
            "program_template", "item_log", "check_in", "psfs_activity", "psfs_rating", "flag_acknowledgement");

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
    ClientLogService clientLogs;
    @Autowired
    PsfsService psfs;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseloadService caseload;
    @Autowired
    ProgressService progress;
    @Autowired
    EarlyDeloadService earlyDeload;
    @Autowired
        SheetService sheets;
    @Autowired
    ProgramOverviewService overviews;

    StudioSetup home;
    StudioSetup foreign;
    ClientDetails victim;
    KeelUser victimLogin;
    KeelUser otherClient;
    long invitedPractitionerId;
    ProgramDetails program;
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
        victim = fixtures.client(home.practitioner(), "Victim Client");
        victimLogin = fixtures.clientLogin(home.practitioner(), victim.id());
        victim = as(home.practitioner(), () -> clients.get(victim.id()));
        ClientDetails neighbour = fixtures.client(home.practitioner(), "Neighbour Client");
        otherClient = fixtures.clientLogin(home.practitioner(), neighbour.id());
        StaffDraft pending = new StaffDraft();
        pending.setFullName("Pending Practitioner");
        pending.setEmail("pending-" + TestFixtures.tag() + "@test.keel");
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
        item = as(home.practitioner(), () -> items.add(program.id(), studioExercise.id()));
        deloadId = as(home.practitioner(), () -> programs.get(program.id())).deloads().getFirst().id();
        program = as(home.practitioner(), () -> programs.get(program.id()));
        template = as(home.practitioner(), () -> templates.saveAsTemplate(program.id(), "Home template"));

        // A running program the victim has logged, a check-in and a rated PSFS activity: the logbook's records.
        clock.reset();
        today = LocalDate.now(clock.withZone(victimLogin.zoneId()));
        ProgramDraft running = new ProgramDraft();
        running.setTitle("Victim running program");
        running.setStartDate(today);
        running.setDays(EnumSet.allOf(DayOfWeek.class));
        runningProgram = as(home.practitioner(), () -> programs.create(victim.id(), running));
        runningItem = as(home.practitioner(), () -> items.add(runningProgram.id(), studioExercise.id()));
        long version = as(home.practitioner(), () -> programs.get(runningProgram.id())).version();
        runningProgram = as(home.practitioner(), () -> programs.changeStatus(runningProgram.id(), version,
                ProgramStatus.ACTIVE));
        as(victimLogin, () -> logbook.logItem(runningItem.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        as(victimLogin, () -> logbook.saveCheckIn(today, checkIn()));
        psfsActivityId = as(home.practitioner(), () -> psfs.setActivities(victim.id(), List.of("Climb stairs")))
                .getFirst().id();
        as(victimLogin, () -> psfs.rate(Map.of(psfsActivityId, 4)));
    }

    private static CheckInDraft checkIn() {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(2);
        d.setWorstPain(3);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(2);
        d.setConfidence(8);
        return d;
    }

    /** Calls that name a record of the home studio must look exactly like calls for a record that does not exist. */
    @TestFactory
    Stream<DynamicTest> records_of_another_studio_or_caseload_answer_not_found() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, KeelUser> intruders = Map.of(
                "admin of another studio", foreign.admin(),
                "practitioner of another studio", foreign.practitioner(),
                "practitioner outside the caseload", home.otherPractitioner());
        intruders.forEach((who, user) -> {
            tests.add(notFound(who + " reads a client", user, () -> clients.get(victim.id())));
            tests.add(notFound(who + " updates a client", user, () -> clients.update(victim.id(), victim.version(),
                    ClientDraft.of(victim))));
            tests.add(notFound(who + " invites a client", user, () -> clients.invite(victim.id())));
        });
        intruders.forEach((who, user) -> {
            tests.add(notFound(who + " reads a program", user, () -> programs.get(program.id())));
            tests.add(notFound(who + " lists a client's programs", user, () -> programs.forClient(victim.id())));
            tests.add(notFound(who + " creates a program", user, () -> programs.create(victim.id(), program.draft())));
            tests.add(notFound(who + " changes a program", user, () -> programs.update(program.id(), program.version(),
                    program.draft())));
            tests.add(notFound(who + " changes a program's status", user, () -> programs.changeStatus(program.id(),
                    program.version(), ProgramStatus.ARCHIVED)));
            tests.add(notFound(who + " adds a deload", user, () -> programs.addDeload(program.id(), new DeloadDraft(
                    program.startDate(), program.startDate().plusDays(2), 50, DeloadReason.TRAVEL))));
            tests.add(notFound(who + " moves a deload", user, () -> programs.updateDeload(deloadId, new DeloadDraft(
                    program.startDate(), program.startDate().plusDays(2), 50, DeloadReason.TRAVEL))));
            tests.add(notFound(who + " deletes a deload", user, () -> programs.removeDeload(deloadId)));
            tests.add(notFound(who + " adds an item", user, () -> items.add(program.id(), item.exerciseId())));
            tests.add(notFound(who + " adds a copied item", user, () -> items.addCopy(program.id(), item.exerciseId(),
                    item.toDraft())));
            tests.add(notFound(who + " edits an item", user, () -> items.update(item.id(), item.version(),
                    item.toDraft())));
            tests.add(notFound(who + " removes an item", user, () -> {
                items.remove(item.id());
                return null;
            }));
            tests.add(notFound(who + " moves an item", user, () -> {
                items.move(item.id(), 0);
                return null;
            }));
            tests.add(notFound(who + " reads the week plan", user, () -> weekPlans.weekPlan(program.id())));
            tests.add(notFound(who + " lists a program's revisions", user, () -> programs.revisions(program.id())));
            tests.add(notFound(who + " reads a revision", user, () -> programs.revision(program.id(), 1)));
            tests.add(notFound(who + " saves a program as a template", user,
                    () -> templates.saveAsTemplate(program.id(), "Stolen")));
            tests.add(check(who + " assigns a template to the client", user, () -> assertThat(
                    templates.assign(template.id(), List.of(victim.id()), program.startDate()).created()).isEmpty()));
            tests.add(check(who + " fetches the editor rows", user,
                    () -> assertThat(items.rows(program.id())).isEmpty()));
        });
        intruders.forEach((who, user) -> {
            tests.add(notFound(who + " reads a client's log summary", user, () -> clientLogs.summary(victim.id())));
            tests.add(notFound(who + " reads a client's log days", user,
                    () -> clientLogs.days(victim.id(), today.minusDays(7), today, 0, 10)));
            tests.add(notFound(who + " reads a client's item logs", user, () -> clientLogs.itemLogs(victim.id(), today)));
            tests.add(notFound(who + " reads a client's PSFS", user, () -> psfs.activities(victim.id())));
            tests.add(notFound(who + " sets a client's PSFS", user,
                    () -> psfs.setActivities(victim.id(), List.of("Stolen activity"))));
        });
        intruders.forEach((who, user) -> {
            tests.add(notFound(who + " reads a client's caseload row", user, () -> caseload.client(victim.id())));
            tests.add(notFound(who + " acknowledges a client's flag", user,
                    () -> caseload.acknowledge(victim.id(), Flag.FLARE_UP)));
            tests.add(notFound(who + " reads a client's progress", user,
                    () -> progress.forClient(victim.id(), null, null)));
            tests.add(notFound(who + " previews an early deload", user, () -> earlyDeload.preview(victim.id(), 7, 60)));
            tests.add(notFound(who + " starts an early deload", user, () -> earlyDeload.start(victim.id(), 7, 60)));
            tests.add(notFound(who + " previews a deload's doses", user, () -> weekPlans.deloadPreview(
                    runningProgram.id(), new DeloadDraft(today, today.plusDays(6), 60, DeloadReason.FLARE_UP))));
            tests.add(check(who + " finds no client of the home studio on their caseload", user,
                    () -> assertThat(caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 200))
                            .extracting(CaseloadRow::clientId).doesNotContain(victim.id())));
                    tests.add(notFound(who + " prints a program sheet", user, () -> sheets.programSheet(runningProgram.id())));
            tests.add(notFound(who + " reads a program overview", user, () -> overviews.overview(runningProgram.id())));
            tests.add(notFound(who + " reads a client's practitioner", user,
                    () -> clients.practitionerName(victim.id())));
        });
        tests.add(notFound("another client prints the victim's sheet", otherClient,
                () -> sheets.programSheet(runningProgram.id())));
        tests.add(notFound("another client reads the victim's program overview", otherClient,
                () -> overviews.overview(runningProgram.id())));
        tests.add(notFound("another client reads the victim's practitioner", otherClient,
                () -> clients.practitionerName(victim.id())));
        tests.add(notFound("the client prints a draft not yet handed over", victimLogin,
                () -> sheets.programSheet(program.id())));
        tests.add(notFound("another client logs the victim's item", otherClient,
                () -> logbook.logItem(runningItem.id(), today, ItemLogDraft.of(LogOutcome.SKIPPED))));
        tests.add(notFound("another client rates the victim's PSFS activity", otherClient,
                () -> psfs.rate(Map.of(psfsActivityId, 9))));
        for (Map.Entry<String, KeelUser> other : Map.of("admin of another studio", foreign.admin(),
                "practitioner of another studio", foreign.practitioner()).entrySet()) {
            tests.add(notFound(other.getKey() + " reads a studio exercise", other.getValue(),
                    () -> exercises.get(studioExercise.id())));
            tests.add(notFound(other.getKey() + " changes a studio exercise", other.getValue(),
                    () -> exercises.update(studioExercise.id(), studioExercise.version(), studioExercise.draft())));
            tests.add(notFound(other.getKey() + " copies a studio exercise", other.getValue(),
                    () -> exercises.copy(studioExercise.id())));
            tests.add(check(other.getKey() + " looks up program exercises", other.getValue(),
                    () -> assertThat(exercises.forPrograms(List.of(studioExercise.id()))).isEmpty()));
            tests.add(notFound(other.getKey() + " starts from a template", other.getValue(),
                    () -> templates.startFromTemplate(template.id(), victim.id(), program.startDate())));
            tests.add(check(other.getKey() + " lists templates", other.getValue(),
                    () -> assertThat(templates.list()).extracting(TemplateSummary::id).doesNotContain(template.id())));
            tests.add(check(other.getKey() + " searches the library", other.getValue(),
                    () -> assertThat(exercises.list(new ExerciseFilter("towel squeeze", null, null),
                            PageRequest.of(0, 10))).isEmpty()));
        }
        tests.add(notFound("admin of another studio re-invites a practitioner", foreign.admin(),
                () -> accounts.reinvitePractitioner(invitedPractitionerId)));
        tests.add(notFound("admin of another studio reuses a client's login", foreign.admin(),
                () -> accounts.inviteClient(victimLogin.accountId(), victim.email(), "x")));
        tests.add(check("admin of another studio looks up a practitioner", foreign.admin(),
                () -> assertThat(accounts.practitioner(home.practitioner().practitionerId())).isEmpty()));
        tests.add(denied("admin of another studio reads the studio", foreign.admin(),
                () -> studios.get(home.studioId())));
        tests.add(denied("admin of another studio chooses the studio's paper", foreign.admin(),
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        tests.add(denied("practitioner chooses the studio's paper", home.practitioner(),
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        tests.add(denied("client chooses the studio's paper", victimLogin,
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> lists_never_show_another_studios_or_caseloads_rows() {
        return Stream.of(
                check("admin of another studio lists clients", foreign.admin(),
                        () -> assertThat(clientIds(foreign.admin())).doesNotContain(victim.id())),
                check("practitioner outside the caseload lists clients", home.otherPractitioner(),
                        () -> assertThat(clientIds(home.otherPractitioner())).doesNotContain(victim.id())),
                check("admin of another studio lists practitioners", foreign.admin(),
                        () -> assertThat(accounts.listPractitioners("", PageRequest.of(0, 50)))
                                .extracting(p -> p.id()).doesNotContain(home.practitioner().practitionerId())),
                check("admin of another studio lists practitioner options", foreign.admin(),
                        () -> assertThat(accounts.practitionerOptions())
                                .extracting(p -> p.id()).doesNotContain(home.practitioner().practitionerId())));
    }

    /** A client may use no staff method at all, whoever's record it names. */
    @TestFactory
    Stream<DynamicTest> a_client_is_denied_every_staff_method() {
        StaffDraft staff = new StaffDraft();
        staff.setFullName("Sneaky");
        staff.setEmail("sneaky-" + TestFixtures.tag() + "@test.keel");
        return Stream.of(
                denied("client lists clients", otherClient, () -> clients.list(ClientFilter.none(), PageRequest.of(0, 5))),
                denied("client reads another client", otherClient, () -> clients.get(victim.id())),
                denied("client reads own staff record", victimLogin, () -> clients.get(victim.id())),
                denied("client creates a client", otherClient, () -> clients.create(TestFixtures.draft("New", "n@x.example"))),
                denied("client updates a client", otherClient, () -> clients.update(victim.id(), victim.version(),
                        ClientDraft.of(victim))),
                denied("client invites a client", otherClient, () -> clients.invite(victim.id())),
                denied("client lists practitioners", otherClient, () -> accounts.listPractitioners("", PageRequest.of(0, 5))),
                denied("client invites a practitioner", otherClient, () -> accounts.invitePractitioner(staff)),
                denied("client re-invites a practitioner", otherClient,
                        () -> accounts.reinvitePractitioner(invitedPractitionerId)),
                denied("client lists practitioner options", otherClient, accounts::practitionerOptions),
                denied("client looks up a practitioner", otherClient,
                        () -> accounts.practitioner(home.practitioner().practitionerId())),
                denied("client creates a login", otherClient, () -> accounts.inviteClient(null, "x@y.example", "X")),
                denied("client opens a studio", otherClient, () -> studios.create("Mine", "UTC", "en")),
                denied("client provisions staff", otherClient, () -> accounts.provisionStaff(home.studioId(), staff,
                        "password1", EnumSet.of(Role.STUDIO_ADMIN))),
                denied("practitioner provisions staff", home.practitioner(), () -> accounts.provisionStaff(
                        home.studioId(), staff, "password1", EnumSet.of(Role.STUDIO_ADMIN))),
                denied("admin opens a studio", home.admin(), () -> studios.create("Another", "UTC", "en")),
                denied("admin asks whether studios exist", home.admin(), studios::anyExists),
                denied("practitioner lists practitioners", home.practitioner(),
                        () -> accounts.listPractitioners("", PageRequest.of(0, 5))),
                denied("practitioner invites a practitioner", home.practitioner(), () -> accounts.invitePractitioner(staff)),
                denied("staff asks for a client's own name", home.admin(), clients::myName),
                denied("client lists the library", otherClient, () -> exercises.list(null, PageRequest.of(0, 5))),
                denied("client reads an exercise", otherClient, () -> exercises.get(studioExercise.id())),
                denied("client creates an exercise", otherClient, () -> exercises.create(new ExerciseDraft())),
                denied("client copies an exercise", otherClient, () -> exercises.copy(studioExercise.id())),
                denied("client lists focuses", otherClient, exercises::focuses),
                denied("client reads a program", victimLogin, () -> programs.get(program.id())),
                denied("client lists programs", victimLogin, () -> programs.forClient(victim.id())),
                denied("client creates a program", otherClient, () -> programs.create(victim.id(), program.draft())),
                denied("client changes a program", victimLogin, () -> programs.update(program.id(), program.version(),
                        program.draft())),
                denied("client changes a program's status", victimLogin, () -> programs.changeStatus(program.id(),
                        program.version(), ProgramStatus.ACTIVE)),
                denied("client adds a deload", victimLogin, () -> programs.addDeload(program.id(), null)),
                denied("client moves a deload", victimLogin, () -> programs.updateDeload(deloadId, null)),
                denied("client deletes a deload", victimLogin, () -> programs.removeDeload(deloadId)),
                denied("client adds an item", victimLogin, () -> items.add(program.id(), item.exerciseId())),
                denied("client adds a copied item", victimLogin, () -> items.addCopy(program.id(), item.exerciseId(),
                        item.toDraft())),
                denied("client edits an item", victimLogin, () -> items.update(item.id(), 0, item.toDraft())),
                denied("client reads the editor rows", victimLogin, () -> items.rows(program.id())),
                denied("client reads the week plan", victimLogin, () -> weekPlans.weekPlan(program.id())),
                denied("staff reads a client's own programs", home.practitioner(), myPrograms::myPrograms),
                denied("client lists templates", victimLogin, templates::list),
                denied("client lists revisions", victimLogin, () -> programs.revisions(program.id())),
                denied("client reads a revision", victimLogin, () -> programs.revision(program.id(), 1)),
                denied("client saves a template", victimLogin, () -> templates.saveAsTemplate(program.id(), "x")),
                denied("client starts from a template", victimLogin,
                        () -> templates.startFromTemplate(template.id(), victim.id(), program.startDate())),
                denied("client assigns a template", victimLogin,
                        () -> templates.assign(template.id(), List.of(victim.id()), program.startDate())));
    }

    /** Staff never write or read the client's own logbook methods: those are the client's alone. */
    @TestFactory
    Stream<DynamicTest> logbook_methods_are_split_between_client_and_staff() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KeelUser client : List.of(victimLogin, otherClient)) {
            String who = client == victimLogin ? "client" : "another client";
            tests.add(denied(who + " reads the log summary", client, () -> clientLogs.summary(victim.id())));
            tests.add(denied(who + " reads the log days", client,
                    () -> clientLogs.days(victim.id(), today.minusDays(7), today, 0, 10)));
            tests.add(denied(who + " reads the item logs", client, () -> clientLogs.itemLogs(victim.id(), today)));
            tests.add(denied(who + " reads the PSFS activities", client, () -> psfs.activities(victim.id())));
            tests.add(denied(who + " sets the PSFS activities", client,
                    () -> psfs.setActivities(victim.id(), List.of("My own idea"))));
        }
        Map<String, KeelUser> staff = Map.of("admin", home.admin(), "practitioner", home.practitioner(),
                "admin of another studio", foreign.admin());
        staff.forEach((who, user) -> {
            tests.add(denied(who + " opens a client's logbook day", user, () -> logbook.day(today)));
            tests.add(denied(who + " logs a client's item", user,
                    () -> logbook.logItem(runningItem.id(), today, ItemLogDraft.of(LogOutcome.SKIPPED))));
            tests.add(denied(who + " saves a check-in", user, () -> logbook.saveCheckIn(today, checkIn())));
            tests.add(denied(who + " reads a client's own PSFS prompt", user, psfs::myPsfs));
            tests.add(denied(who + " rates a PSFS activity", user, () -> psfs.rate(Map.of(psfsActivityId, 9))));
        });
        tests.add(check("another client's logbook day shows none of the victim's logs", otherClient, () -> {
            var page = logbook.day(today);
            assertThat(page.logs()).isEmpty();
            assertThat(page.checkIn()).isNull();
            assertThat(page.programs()).isEmpty();
        }));
        tests.add(check("another client's PSFS shows none of the victim's activities", otherClient,
                () -> assertThat(psfs.myPsfs().activities()).isEmpty()));
        for (KeelUser client : List.of(victimLogin, otherClient)) {
            String who = client == victimLogin ? "client" : "another client";
            tests.add(denied(who + " reads the caseload", client,
                    () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 10)));
            tests.add(denied(who + " reads a caseload row", client, () -> caseload.client(victim.id())));
            tests.add(denied(who + " acknowledges a flag", client, () -> caseload.acknowledge(victim.id(), Flag.NO_LOG)));
            tests.add(denied(who + " reads the staff progress", client, () -> progress.forClient(victim.id(), null,
                    null)));
            tests.add(denied(who + " previews an early deload", client, () -> earlyDeload.preview(victim.id(), 7, 60)));
            tests.add(denied(who + " starts an early deload", client, () -> earlyDeload.start(victim.id(), 7, 60)));
            tests.add(denied(who + " previews a deload's doses", client, () -> weekPlans.deloadPreview(
                    runningProgram.id(), new DeloadDraft(today, today, 60, DeloadReason.FLARE_UP))));
        }
        staff.forEach((who, user) -> tests.add(denied(who + " reads a client's own progress", user, progress::mine)));
        tests.add(check("another client's progress is their own, with none of the victim's days", otherClient, () -> {
            var mine = progress.mine();
            assertThat(mine.clientId()).isNotEqualTo(victim.id());
            assertThat(mine.days()).allSatisfy(d -> assertThat(d.worstPain()).isNull());
        }));
        return tests.stream();
    }

    @Test
    void a_client_sees_only_their_own_name_and_programs() {
        assertThat(as(victimLogin, clients::myName)).isEqualTo("Victim Client");
        assertThat(as(otherClient, clients::myName)).isEqualTo("Neighbour Client");
        assertThat(as(otherClient, myPrograms::myPrograms)).isEmpty();
    }

    private List<Long> clientIds(KeelUser user) {
        return clients.list(ClientFilter.none(), PageRequest.of(0, 500)).stream().map(ClientSummary::id).toList();
    }

    private DynamicTest notFound(String name, KeelUser user, Supplier<?> call) {
        return refused(name, user, call, NotFoundException.class);
    }

    private DynamicTest denied(String name, KeelUser user, Supplier<?> call) {
        return refused(name, user, call, AccessDeniedException.class);
    }

    private DynamicTest refused(String name, KeelUser user, Supplier<?> call, Class<? extends Throwable> expected) {
        return DynamicTest.dynamicTest(name, () -> {
            String before = snapshot();
            assertThatThrownBy(() -> as(user, call)).isInstanceOf(expected);
            assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        });
    }

    private DynamicTest check(String name, KeelUser user, Runnable assertion) {
        return DynamicTest.dynamicTest(name, () -> {
            String before = snapshot();
            TestFixtures.run(user, assertion);
            assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        });
    }

    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table).append('=').append(jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class)).append(';');
        }
        return all.toString();
    }
}
