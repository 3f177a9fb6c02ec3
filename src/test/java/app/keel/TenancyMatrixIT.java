package app.keel;

import app.keel.account.InvitationCheck;
import app.keel.account.InvitationState;
import app.keel.account.LoginAccess;
import app.keel.account.LoginAccessService;
import app.keel.account.Role;
import app.keel.account.StaffDraft;
import app.keel.account.security.KeelUser;
import app.keel.audit.AuditEntry;
import app.keel.audit.AuditFilter;
import app.keel.audit.AuditOption;
import app.keel.audit.AuditService;
import app.keel.account.security.ThrottledLogin;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDraft;
import app.keel.client.ClientFilter;
import app.keel.exercise.ExerciseDraft;
import app.keel.exercise.ExerciseFilter;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.program.DeloadDraft;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.plan.ProgramOverviewService;
import app.keel.program.template.TemplateSummary;
import app.keel.progress.CaseloadFilter;
import app.keel.progress.CaseloadRow;
import app.keel.progress.CaseloadService;
import app.keel.progress.EarlyDeloadService;
import app.keel.progress.Flag;
import app.keel.privacy.ConsentService;
import app.keel.privacy.ErasureService;
import app.keel.privacy.ExportService;
import app.keel.progress.ProgressService;
import app.keel.sheet.SheetService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public service method, called by someone who must not reach the record: a user of another studio,
 * a practitioner outside the caseload, a client who does not own it. Each gets "not found" or "denied", and the
 * database is byte-for-byte what it was (every table of the schema, read from the database) but for the audit trail,
 * which holds exactly one refusal row per "not found" or "denied" and nothing else.
 * <p>
 * The last test fails when a public method of any {@code …Service} was called by no case here: the calls are
 * recorded as they happen ({@code ServiceCallRecorder}), so a new method needs a new case before the build passes.
 */
@KeelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyMatrixIT extends TenancyMatrixSetup {

    @Autowired
    CaseloadService caseload;
    @Autowired
    LoginAccessService loginAccess;
    @Autowired
    ProgressService progress;
    @Autowired
    EarlyDeloadService earlyDeload;
    @Autowired
    SheetService sheets;
    @Autowired
    ProgramOverviewService overviews;
    @Autowired
    ExportService exportsOfData;
    @Autowired
    ErasureService erasure;
    @Autowired
    ConsentService consents;
    @Autowired
    AuditService auditTrail;

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
            tests.add(notFound(who + " invites a client", user, () -> clients.invite(victim.id(), 0)));
            tests.add(notFound(who + " takes a client reference", user, () -> clients.reference(victim.id())));
            tests.add(notFound(who + " creates or refreshes a client's login", user,
                    () -> accounts.inviteClient(victim.id(), 0)));
            tests.add(notFound(who + " switches a client's login off", user,
                    () -> clients.switchLogin(victim.id(), false)));
            tests.add(notFound(who + " sets a client's login", user, () -> {
                loginAccess.setClientLogin(victim.id(), LoginAccess.NONE);
                return null;
            }));
        });
        intruders.forEach((who, user) -> {
            tests.add(notFound(who + " reads a program", user, () -> programs.get(program.id())));
            tests.add(notFound(who + " lists a client's programs", user, () -> programs.forClient(victim.id())));
            tests.add(notFound(who + " creates a program", user, () -> programs.create(victim.id(), program.draft())));
            tests.add(notFound(who + " changes a program", user, () -> programs.update(program.id(), program.version(),
                    program.draft())));
            tests.add(notFound(who + " changes a program's status", user, () -> programs.changeStatus(program.id(),
                    program.version(), ProgramStatus.ARCHIVED)));
            tests.add(notFound(who + " adds a deload", user, () -> programs.addDeload(program.id(), program.version(),
                    new DeloadDraft(
                    program.startDate(), program.startDate().plusDays(2), 50, DeloadReason.TRAVEL))));
            tests.add(notFound(who + " moves a deload", user, () -> programs.updateDeload(deloadId, 0, new DeloadDraft(
                    program.startDate(), program.startDate().plusDays(2), 50, DeloadReason.TRAVEL))));
            tests.add(notFound(who + " deletes a deload", user, () -> programs.removeDeload(deloadId, 0)));
            tests.add(notFound(who + " adds an item", user, () -> items.add(program.id(), program.version(),
                    item.exerciseId())));
            tests.add(notFound(who + " adds a copied item", user, () -> items.addCopy(program.id(), program.version(),
                    item.exerciseId(),
                    item.toDraft())));
            tests.add(notFound(who + " edits an item", user, () -> items.update(item.id(), item.version(),
                    item.toDraft())));
            tests.add(notFound(who + " removes an item", user, () -> {
                items.remove(item.id(), item.version());
                return null;
            }));
            tests.add(notFound(who + " moves an item", user, () -> {
                items.move(item.id(), item.version(), 0);
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
        tests.add(notFound("another client logs the victim's item", otherClient,
                () -> logbook.logItem(runningItem.id(), today, ItemLogDraft.of(LogOutcome.SKIPPED))));
        tests.add(notFound("another client counts the victim's break", otherClient,
                () -> breakCounts.countOne(runningItem.id(), 0)));
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
                () -> accounts.reinvitePractitioner(invitedPractitionerId, 0)));
        tests.add(check("admin of another studio looks up a practitioner", foreign.admin(),
                () -> assertThat(accounts.practitioner(home.practitioner().practitionerId())).isEmpty()));
        tests.add(denied("admin of another studio reads the studio", foreign.admin(),
                () -> studios.get(home.studioId())));
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

    /** Caseload, progress, early deloads and printed sheets: staff reach their caseload, clients their own. */
    @TestFactory
    Stream<DynamicTest> progress_caseload_and_sheets_stay_inside_the_caseload() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, KeelUser> intruders = Map.of(
                "admin of another studio", foreign.admin(),
                "practitioner of another studio", foreign.practitioner(),
                "practitioner outside the caseload", home.otherPractitioner());
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
        Map.of("admin of another studio", foreign.admin(), "practitioner outside the caseload",
                home.otherPractitioner()).forEach((who, user) -> tests.add(check(who
                + " gets no sheet of the client in a batch", user, () -> assertThat(sheetsInBatch(victim.id()))
                .isZero())));
        tests.add(denied("a client downloads a batch of sheets", victimLogin, () -> sheetsInBatch(victim.id())));
        tests.add(notFound("another client prints the victim's sheet", otherClient,
                () -> sheets.programSheet(runningProgram.id())));
        tests.add(notFound("another client reads the victim's program overview", otherClient,
                () -> overviews.overview(runningProgram.id())));
        tests.add(notFound("another client reads the victim's practitioner", otherClient,
                () -> clients.practitionerName(victim.id())));
        tests.add(notFound("the client prints a draft not yet handed over", victimLogin,
                () -> sheets.programSheet(program.id())));
        tests.add(denied("admin of another studio chooses the studio's paper", foreign.admin(),
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        tests.add(denied("practitioner chooses the studio's paper", home.practitioner(),
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        tests.add(denied("client chooses the studio's paper", victimLogin,
                () -> studios.choosePaperSize(home.studioId(), "LETTER")));
        for (KeelUser someone : List.of(foreign.admin(), home.practitioner(), victimLogin)) {
            tests.add(denied("someone other than its admin changes the studio's equipment steps", someone,
                    () -> studios.chooseLoadSteps(home.studioId(), app.keel.studio.LoadSteps.DEFAULT)));
        }
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
        Map.of("admin", home.admin(), "practitioner", home.practitioner()).forEach((who, user) ->
                tests.add(denied(who + " reads a client's own progress", user, progress::mine)));
        tests.add(check("another client's progress is their own, with none of the victim's days", otherClient, () -> {
            var mine = progress.mine();
            assertThat(mine.clientId()).isNotEqualTo(victim.id());
            assertThat(mine.days()).allSatisfy(d -> assertThat(d.worstPain()).isNull());
        }));
        return tests.stream();
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
                denied("client invites a client", otherClient, () -> clients.invite(victim.id(), 0)),
                denied("client lists practitioners", otherClient, () -> accounts.listPractitioners("", PageRequest.of(0, 5))),
                denied("client invites a practitioner", otherClient, () -> accounts.invitePractitioner(staff)),
                denied("client re-invites a practitioner", otherClient,
                        () -> accounts.reinvitePractitioner(invitedPractitionerId, 0)),
                denied("client lists practitioner options", otherClient, accounts::practitionerOptions),
                denied("client looks up a practitioner", otherClient,
                        () -> accounts.practitioner(home.practitioner().practitionerId())),
                denied("client creates a login", otherClient, () -> accounts.inviteClient(victim.id(), 0)),
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
                denied("client adds a deload", victimLogin, () -> programs.addDeload(program.id(), program.version(),
                        null)),
                denied("client moves a deload", victimLogin, () -> programs.updateDeload(deloadId, 0, null)),
                denied("client deletes a deload", victimLogin, () -> programs.removeDeload(deloadId, 0)),
                denied("client adds an item", victimLogin, () -> items.add(program.id(), program.version(),
                        item.exerciseId())),
                denied("client adds a copied item", victimLogin, () -> items.addCopy(program.id(), program.version(),
                        item.exerciseId(),
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
            tests.add(denied(who + " counts a client's break", user, () -> breakCounts.countOne(runningItem.id(), 0)));
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
        return tests.stream();
    }

    /** Methods that name no record of someone else: they act on the caller's own login or on a secret token. */
    @TestFactory
    Stream<DynamicTest> own_login_methods_reach_no_one_else() {
        return Stream.of(
                refused("a stranger with a made-up invitation token sets no password", home.admin(),
                        () -> accounts.acceptInvitation("made-up-token", "a long new password", "a long new password"),
                        InvalidInputException.class),
                check("a made-up invitation token reveals no name or e-mail", foreign.admin(), () -> {
                    InvitationCheck answer = accounts.checkInvitation("made-up-token");
                    assertThat(answer.state()).isEqualTo(InvitationState.UNKNOWN);
                    assertThat(answer.displayName()).isNull();
                    assertThat(answer.email()).isNull();
                }),
                refusedAndCounted("a client who does not know the current password changes nothing", otherClient,
                        () -> {
                            accounts.changePassword("not my password", "a long new password", "a long new password");
                            return null;
                        }, InvalidInputException.class),
                denied("an admin asks whether a login exists", home.admin(), () -> accounts.loginExists(victim.email())),
                denied("a client asks whether an e-mail is usable", otherClient,
                        () -> accounts.emailUsable(victim.email(), null)),
                check("admin of another studio learns only that the address is not free", foreign.admin(),
                        () -> assertThat(accounts.emailUsable(victim.email(), null)).isFalse()),
                denied("a client asks whether a login exists", otherClient, () -> accounts.loginExists(victim.email())),
                refused("an invited account without a password cannot sign in", foreign.admin(),
                        () -> logins.loadUserByUsername(pendingEmail), UsernameNotFoundException.class),
                check("another client's own record is their own", otherClient,
                        () -> assertThat(clients.me().id()).isNotEqualTo(victim.id())),
                denied("staff ask for a client's own record", home.practitioner(), clients::me),
                denied("a client asks for a client reference", otherClient, () -> clients.reference(victim.id())),
                denied("staff read a client's programs on a day", home.admin(), () -> myPrograms.myProgramsOn(today)),
                check("another client's programs on a day are none of the victim's", otherClient,
                        () -> assertThat(myPrograms.myProgramsOn(today)).isEmpty()),
                check("admin of another studio sees none of the studio's sign-in waits", foreign.admin(),
                        () -> assertThat(throttles.throttled()).extracting(ThrottledLogin::id)
                                .doesNotContain(throttleId)),
                notFound("admin of another studio lifts a sign-in wait", foreign.admin(), () -> {
                    throttles.lift(throttleId);
                    return null;
                }),
                denied("practitioner lists sign-in waits", home.practitioner(), throttles::throttled),
                denied("client lifts a sign-in wait", otherClient, () -> {
                    throttles.lift(throttleId);
                    return null;
                }));
    }

    /** Switching logins off and on: studio admins of the studio only; clients within the caller's caseload. */
    @TestFactory
    Stream<DynamicTest> logins_are_switched_only_inside_the_studio() {
        long practitionerId = home.practitioner().practitionerId();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(notFound("admin of another studio lists a practitioner's clients to hand over", foreign.admin(),
                () -> loginAccess.clientsToHandOver(practitionerId)));
        tests.add(notFound("admin of another studio switches a practitioner off", foreign.admin(), () -> {
            loginAccess.deactivatePractitioner(practitionerId, Map.of(victim.id(), foreign.practitioner().practitionerId()));
            return null;
        }));
        tests.add(notFound("admin of another studio switches a practitioner on", foreign.admin(), () -> {
            loginAccess.reactivatePractitioner(practitionerId);
            return null;
        }));
        tests.add(denied("admin of another studio chooses the studio's discharge rule", foreign.admin(),
                () -> studios.chooseDischargedAccess(home.studioId(), true)));
        for (KeelUser user : List.of(home.practitioner(), home.otherPractitioner(), victimLogin)) {
            String who = user == victimLogin ? "client" : "practitioner";
            tests.add(denied(who + " lists a practitioner's clients to hand over", user,
                    () -> loginAccess.clientsToHandOver(practitionerId)));
            tests.add(denied(who + " switches a practitioner off", user, () -> {
                loginAccess.deactivatePractitioner(practitionerId, Map.of());
                return null;
            }));
            tests.add(denied(who + " switches a practitioner on", user, () -> {
                loginAccess.reactivatePractitioner(practitionerId);
                return null;
            }));
            tests.add(denied(who + " chooses the studio's discharge rule", user,
                    () -> studios.chooseDischargedAccess(home.studioId(), true)));
        }
        tests.add(denied("client switches their own login", victimLogin, () -> clients.switchLogin(victim.id(), true)));
        tests.add(denied("client sets a login", otherClient, () -> {
            loginAccess.setClientLogin(victim.id(), LoginAccess.FULL);
            return null;
        }));
        return tests.stream();
    }

    /** Public methods check their own input and state, whichever caller (a view, another service) they have. */
    @TestFactory
    Stream<DynamicTest> no_method_relies_on_its_caller_having_checked() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(refused("a copied item is not added to an archived program", home.practitioner(),
                () -> items.addCopy(archivedProgram.id(), archivedProgram.version(), item.exerciseId(), item.toDraft()),
                InvalidInputException.class));
        tests.add(refused("a copied item needs a dose", home.practitioner(),
                () -> items.addCopy(program.id(), program.version(), item.exerciseId(), null),
                        InvalidInputException.class));
        tests.add(refused("a template is given to no list of clients", home.practitioner(),
                () -> templates.assign(template.id(), null, program.startDate()), InvalidInputException.class));
        tests.add(refused("a template is given to an empty list of clients", home.practitioner(),
                () -> templates.assign(template.id(), List.of(), program.startDate()), InvalidInputException.class));
        tests.add(refused("a template is given to too many clients at once", home.practitioner(),
                () -> templates.assign(template.id(), java.util.stream.LongStream.rangeClosed(1, 501).boxed()
                        .toList(), program.startDate()), InvalidInputException.class));
        tests.add(refused("practitioner gives the client's login no access at all", home.practitioner(), () -> {
            loginAccess.setClientLogin(victim.id(), null);
            return null;
        }, InvalidInputException.class));
        return tests.stream();
    }

    /** Data protection: exports, erasure and consent reach the caller's own data or their caseload, nothing else. */
    @TestFactory
    Stream<DynamicTest> privacy_exports_erasure_and_consent_stay_inside_the_studio_and_caseload() {
        List<DynamicTest> tests = new ArrayList<>();
        if (!as(home.admin(), consents::currentNotice).body().startsWith("Home studio notice")) {
            as(home.admin(), () -> consents.saveNotice("Home studio notice: how we keep your data."));
        }
        Map.of("admin of another studio", foreign.admin(), "practitioner of another studio", foreign.practitioner(),
                "practitioner outside the caseload", home.otherPractitioner()).forEach((who, user) -> {
            tests.add(notFound(who + " exports a client as JSON", user, () -> exportsOfData.clientJson(victim.id())));
            tests.add(notFound(who + " exports a client as a ZIP", user, () -> exportsOfData.clientZip(victim.id())));
            tests.add(notFound(who + " reads a client's consent", user, () -> consents.clientStatus(victim.id())));
        });
        tests.add(notFound("admin of another studio previews erasing a client", foreign.admin(),
                () -> erasure.preview(victim.id())));
        tests.add(notFound("admin of another studio erases a client", foreign.admin(), () -> {
            erasure.erase(victim.id(), "Victim Client");
            return null;
        }));
        for (KeelUser user : List.of(home.practitioner(), victimLogin)) {
            String who = user == victimLogin ? "client" : "practitioner";
            tests.add(denied(who + " previews erasing a client", user, () -> erasure.preview(victim.id())));
            tests.add(denied(who + " erases a client", user, () -> {
                erasure.erase(victim.id(), "Victim Client");
                return null;
            }));
            tests.add(denied(who + " exports the studio", user, () -> {
                studioZip();
                return null;
            }));
            tests.add(denied(who + " saves the privacy notice", user, () -> consents.saveNotice("Mine now")));
        }
        tests.add(denied("another client exports the victim as JSON", otherClient,
                () -> exportsOfData.clientJson(victim.id())));
        tests.add(denied("another client exports the victim as a ZIP", otherClient,
                () -> exportsOfData.clientZip(victim.id())));
        tests.add(denied("another client reads the victim's consent as staff", otherClient,
                () -> consents.clientStatus(victim.id())));
        for (KeelUser staff : List.of(home.admin(), foreign.admin())) {
            tests.add(denied("staff export 'my' data as JSON", staff, exportsOfData::myJson));
            tests.add(denied("staff export 'my' data as a ZIP", staff, exportsOfData::myZip));
            tests.add(denied("staff read 'my' consent", staff, consents::myStatus));
            tests.add(denied("staff accept a notice as a client", staff, () -> consents.accept(1, null)));
            tests.add(denied("staff withdraw a client's consent", staff, () -> consents.withdraw(null)));
        }
        tests.add(check("another client's consent status is their own", otherClient,
                () -> assertThat(consents.myStatus().clientId()).isNotEqualTo(victim.id())));
        tests.add(check("admin of another studio reads their own studio's notice", foreign.admin(),
                () -> assertThat(consents.currentNotice().body()).doesNotContain("Home studio notice")));
        return tests.stream();
    }

    /** The audit trail: studio admins only, and only their own studio's events, people and clients. */
    @TestFactory
    Stream<DynamicTest> the_audit_trail_is_the_studio_admins_alone() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, KeelUser> notAdmins = Map.of("practitioner", home.practitioner(), "client", victimLogin);
        notAdmins.forEach((who, user) -> {
            tests.add(denied(who + " reads the audit trail", user,
                    () -> auditTrail.page(AuditFilter.none(), PageRequest.of(0, 10))));
            tests.add(denied(who + " lists the audit trail's people", user, auditTrail::people));
            tests.add(denied(who + " lists the audit trail's clients", user, auditTrail::clients));
            tests.add(denied(who + " lists the audit trail's kinds", user, auditTrail::kinds));
            tests.add(denied(who + " verifies the audit trail", user, auditTrail::verify));
        });
        tests.add(check("admin of another studio sees only their own studio's events", foreign.admin(), () -> {
            List<Long> theirs = jdbc.queryForList("select id from audit_event where studio_id = ?", Long.class,
                    foreign.studioId());
            assertThat(auditTrail.page(AuditFilter.none(), PageRequest.of(0, 500))).isNotEmpty()
                    .extracting(AuditEntry::id).allMatch(theirs::contains);
            assertThat(auditTrail.page(new AuditFilter(home.practitioner().accountId(), null, null, null, null),
                    PageRequest.of(0, 10))).isEmpty();
            assertThat(auditTrail.page(new AuditFilter(null, victim.id(), null, null, null),
                    PageRequest.of(0, 10))).isEmpty();
        }));
        tests.add(check("admin of another studio lists none of the studio's people or clients", foreign.admin(),
                () -> {
                    assertThat(auditTrail.people()).extracting(AuditOption::id)
                            .doesNotContain(home.admin().accountId(), home.practitioner().accountId(),
                                    victimLogin.accountId());
                    assertThat(auditTrail.clients()).extracting(AuditOption::id).doesNotContain(victim.id());
                    assertThat(auditTrail.kinds()).isNotEmpty();
                    assertThat(auditTrail.verify().studioId()).isEqualTo(foreign.studioId());
                }));
        return tests.stream();
    }

    @Test
    void a_client_sees_only_their_own_name_and_programs() {
        assertThat(as(victimLogin, clients::myName)).isEqualTo("Victim Client");
        assertThat(as(otherClient, clients::myName)).isEqualTo("Neighbour Client");
        assertThat(as(otherClient, myPrograms::myPrograms)).isEmpty();
    }


    private void studioZip() {
        try {
            exportsOfData.writeStudioZip(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int sheetsInBatch(long clientId) {
        try {
            return sheets.writeActiveSheets(List.of(clientId), OutputStream.nullOutputStream(), (done, total) -> {
            }).sheets();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
