package app.keel.logbook;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.logbook.psfs.PsfsActivityDetails;
import app.keel.logbook.psfs.PsfsPrompt;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.MyProgram;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.SqlStatements;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class LogbookServiceIT {

    private static final List<String> TABLES = List.of("item_log", "check_in", "psfs_activity", "psfs_rating",
            "audit_event");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM");

    @Autowired
    LogbookService logbook;
    @Autowired
    ClientLogService clientLogs;
    @Autowired
    PsfsService psfs;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    ClientDetails client;
    KeelUser login;
    LocalDate today;
    LocalDate start;
    LocalDate restDay;
    long programId;
    PrescriptionRow first;
    PrescriptionRow second;

    /** A running program that began 6 days ago, every day but one (3 days ago), with two items. */
    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Logbook Client");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        today = LocalDate.now(clock.withZone(login.zoneId()));
        start = today.minusDays(6);
        restDay = today.minusDays(3);
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        days.remove(restDay.getDayOfWeek());
        Running program = running(studio.practitioner(), client.id(), draft(start, days), "dead bug", "bird dog");
        programId = program.id();
        first = program.items().get(0);
        second = program.items().get(1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------- item logs

    @Test
    void client_logs_an_item_done_with_details_and_the_day_shows_it() {
        ItemLogDraft draft = ItemLogDraft.of(LogOutcome.DONE);
        draft.setSetsDone(3);
        draft.setRepsDone(10);
        draft.setRpe(6);
        draft.setFormHeld(true);
        draft.setPainDuring(2);
        draft.setNote("  Felt easy today  ");
        ItemLogDetails saved = as(login, () -> logbook.logItem(first.id(), today, draft));
        assertThat(saved.outcome()).isEqualTo(LogOutcome.DONE);
        assertThat(saved.version()).isZero();

        TodayPage page = as(login, () -> logbook.day(today));
        assertThat(page.isToday()).isTrue();
        assertThat(page.earliest()).isEqualTo(start);
        assertThat(page.checkInOpen()).isTrue();
        assertThat(page.checkIn()).isNull();
        assertThat(page.programs()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(programId);
            assertThat(p.today()).extracting(MyProgram.Item::prescriptionId).containsExactly(first.id(), second.id());
        });
        assertThat(page.log(second.id())).isEmpty();
        assertThat(page.log(first.id())).hasValueSatisfying(l -> {
            assertThat(l.id()).isEqualTo(saved.id());
            assertThat(l.outcome()).isEqualTo(LogOutcome.DONE);
            assertThat(l.setsDone()).isEqualTo(3);
            assertThat(l.repsDone()).isEqualTo(10);
            assertThat(l.rpe()).isEqualTo(6);
            assertThat(l.formHeld()).isTrue();
            assertThat(l.painDuring()).isEqualTo(2);
            assertThat(l.note()).isEqualTo("Felt easy today");
        });
        assertThat(jdbc.queryForMap("""
                select client_id, program_id, studio_id, outcome, sets_done, reps_done, rpe, form_held, pain_during,
                       note, version from item_log where prescription_id = ? and log_date = ?""", first.id(), today))
                .containsEntry("client_id", client.id()).containsEntry("program_id", programId)
                .containsEntry("studio_id", studio.studioId()).containsEntry("outcome", "DONE")
                .containsEntry("sets_done", 3).containsEntry("reps_done", 10).containsEntry("rpe", 6)
                .containsEntry("form_held", true).containsEntry("pain_during", 2)
                .containsEntry("note", "Felt easy today").containsEntry("version", 0L);
    }

    @Test
    void a_second_tap_with_the_seen_version_changes_the_one_row() {
        ItemLogDetails done = as(login, () -> logbook.logItem(first.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        ItemLogDraft partly = ItemLogDraft.of(LogOutcome.PARTLY);
        partly.setExpectedVersion(done.version());
        ItemLogDetails changed = as(login, () -> logbook.logItem(first.id(), today, partly));

        assertThat(changed.id()).isEqualTo(done.id());
        assertThat(changed.outcome()).isEqualTo(LogOutcome.PARTLY);
        assertThat(changed.version()).isEqualTo(done.version() + 1);
        assertThat(rowsOf(first.id(), today)).containsExactly("PARTLY/" + (done.version() + 1));
        assertThat(as(login, () -> logbook.day(today)).log(first.id()))
                .hasValueSatisfying(l -> assertThat(l.outcome()).isEqualTo(LogOutcome.PARTLY));
    }

    @Test
    void a_double_submit_of_the_same_answers_leaves_one_row_and_the_same_version() {
        ItemLogDraft draft = ItemLogDraft.of(LogOutcome.DONE);
        draft.setSetsDone(2);
        draft.setNote("Slow network");
        ItemLogDetails once = as(login, () -> logbook.logItem(first.id(), today, draft));
        String before = snapshot();
        ItemLogDetails twice = as(login, () -> logbook.logItem(first.id(), today, draft));

        assertThat(twice.id()).isEqualTo(once.id());
        assertThat(twice.version()).isEqualTo(once.version());
        assertThat(rowsOf(first.id(), today)).containsExactly("DONE/" + once.version());
        assertThat(snapshot()).as("nothing written, not even an audit row").isEqualTo(before);
    }

    @Test
    void a_stale_edit_from_another_phone_is_refused_and_changes_nothing() {
        ItemLogDetails done = as(login, () -> logbook.logItem(first.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        ItemLogDraft partly = ItemLogDraft.of(LogOutcome.PARTLY);
        partly.setExpectedVersion(done.version());
        as(login, () -> logbook.logItem(first.id(), today, partly));

        ItemLogDraft stale = ItemLogDraft.of(LogOutcome.SKIPPED);
        stale.setExpectedVersion(done.version());
        refused(() -> as(login, () -> logbook.logItem(first.id(), today, stale)), AlreadyLoggedException.class);
        ItemLogDraft blind = ItemLogDraft.of(LogOutcome.SKIPPED);
        refused(() -> as(login, () -> logbook.logItem(first.id(), today, blind)), AlreadyLoggedException.class);
        assertThat(rowsOf(first.id(), today)).containsExactly("PARTLY/" + (done.version() + 1));
    }

    @Test
    void bad_item_logs_are_refused_with_a_clear_message_and_change_nothing() {
        as(login, () -> logbook.logItem(first.id(), today.minusDays(1), ItemLogDraft.of(LogOutcome.DONE)));

        ItemLogDraft effort = ItemLogDraft.of(LogOutcome.DONE);
        effort.setRpe(11);
        invalid(first.id(), today, effort, "rpe", "Effort: choose a number from 0 to 10.");
        ItemLogDraft pain = ItemLogDraft.of(LogOutcome.DONE);
        pain.setPainDuring(-1);
        invalid(first.id(), today, pain, "painDuring", "Pain during: choose a number from 0 to 10.");
        invalid(first.id(), today, new ItemLogDraft(), "outcome", "Choose done, partly or skipped.");

        ItemLogDraft fine = ItemLogDraft.of(LogOutcome.DONE);
        invalid(first.id(), today.plusDays(1), fine, "",
                "That day has not come yet. You can log today and the 7 days before it.");
        invalid(first.id(), today.minusDays(8), fine, "",
                "You can catch up on the last 7 days only. Older days are closed.");
        invalid(first.id(), start.minusDays(1), fine, "",
                "Your program starts on " + DAY.format(start) + ": there is nothing to log before then.");
        invalid(first.id(), restDay, fine, "", "This exercise is not planned for " + DAY.format(restDay)
                + ", so there is nothing to log for it that day.");

        ItemLogDraft tooMany = ItemLogDraft.of(LogOutcome.DONE);
        tooMany.setSetsDone(first.sets() + 11);
        invalid(first.id(), today, tooMany, "setsDone", "That is many more sets than planned (" + first.sets()
                + "). Please check the number.");
        ItemLogDraft justEnough = ItemLogDraft.of(LogOutcome.DONE);
        justEnough.setSetsDone(first.sets() + 10);
        as(login, () -> logbook.logItem(second.id(), today, justEnough));

        ItemLogDraft longNote = ItemLogDraft.of(LogOutcome.DONE);
        longNote.setNote("x".repeat(501));
        invalid(first.id(), today, longNote, "note", "Please keep the note under 500 characters.");
        longNote.setNote("x".repeat(500));
        as(login, () -> logbook.logItem(first.id(), today, longNote));
        assertThat(jdbc.queryForObject("select count(*) from item_log where client_id = ?", Integer.class,
                client.id())).isEqualTo(3);
    }

    @Test
    void a_client_cannot_log_an_item_of_another_client_or_another_studio() {
        ClientDetails neighbour = fixtures.client(studio.practitioner(), "Neighbour Client");
        long neighbourItem = running(studio.practitioner(), neighbour.id(), draft(start, EnumSet.allOf(DayOfWeek.class)),
                "side plank").items().getFirst().id();
        StudioSetup foreign = fixtures.newStudio();
        ClientDetails stranger = fixtures.client(foreign.practitioner(), "Stranger Client");
        long foreignItem = running(foreign.practitioner(), stranger.id(), draft(start, EnumSet.allOf(DayOfWeek.class)),
                "dead bug").items().getFirst().id();

        refused(() -> as(login, () -> logbook.logItem(neighbourItem, today, ItemLogDraft.of(LogOutcome.DONE))),
                NotFoundException.class);
        refused(() -> as(login, () -> logbook.logItem(foreignItem, today, ItemLogDraft.of(LogOutcome.DONE))),
                NotFoundException.class);
        refused(() -> as(login, () -> logbook.logItem(Long.MAX_VALUE, today, ItemLogDraft.of(LogOutcome.DONE))),
                NotFoundException.class);
        assertThat(as(login, () -> logbook.day(today)).log(neighbourItem)).isEmpty();
    }

    @Test
    void nothing_can_be_logged_while_the_program_is_paused() {
        long version = as(studio.practitioner(), () -> programs.get(programId)).version();
        as(studio.practitioner(), () -> programs.changeStatus(programId, version, ProgramStatus.PAUSED));
        refused(() -> as(login, () -> logbook.logItem(first.id(), today, ItemLogDraft.of(LogOutcome.DONE))),
                NotFoundException.class);
        assertThat(as(login, () -> logbook.day(today)).programs()).singleElement()
                .satisfies(p -> assertThat(p.today()).isEmpty());
    }

    // ---------------------------------------------------------------- check-ins

    @Test
    void a_check_in_is_saved_once_per_day_and_a_second_save_with_the_seen_version_updates_it() {
        CheckInDetails saved = as(login, () -> logbook.saveCheckIn(today, checkIn(3)));
        assertThat(saved.worstPain()).isEqualTo(3);
        assertThat(saved.editable()).isTrue();

        CheckInDraft worse = CheckInDraft.of(saved);
        worse.setWorstPain(5);
        worse.setFlareUp(true);
        worse.setNote(" Lifted boxes ");
        CheckInDetails updated = as(login, () -> logbook.saveCheckIn(today, worse));
        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.version()).isEqualTo(saved.version() + 1);

        assertThat(jdbc.queryForList("select worst_pain || '/' || flare_up || '/' || note || '/' || version "
                + "from check_in where client_id = ? and check_date = ?", String.class, client.id(), today))
                .containsExactly("5/true/Lifted boxes/" + (saved.version() + 1));
        assertThat(as(login, () -> logbook.day(today)).checkIn()).satisfies(c -> {
            assertThat(c.worstPain()).isEqualTo(5);
            assertThat(c.flareUp()).isTrue();
            assertThat(c.note()).isEqualTo("Lifted boxes");
            assertThat(c.editable()).isTrue();
        });

        CheckInDraft stale = checkIn(1);
        stale.setExpectedVersion(saved.version());
        refused(() -> as(login, () -> logbook.saveCheckIn(today, stale)), AlreadyLoggedException.class);
        CheckInDraft resent = CheckInDraft.of(updated);
        String before = snapshot();
        assertThat(as(login, () -> logbook.saveCheckIn(today, resent)).version()).isEqualTo(updated.version());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void yesterdays_check_in_is_still_editable_but_not_the_day_before() {
        LocalDate yesterday = today.minusDays(1);
        CheckInDetails saved = as(login, () -> logbook.saveCheckIn(yesterday, checkIn(4)));
        CheckInDraft edit = CheckInDraft.of(saved);
        edit.setWorstPain(2);
        as(login, () -> logbook.saveCheckIn(yesterday, edit));
        TodayPage page = as(login, () -> logbook.day(yesterday));
        assertThat(page.checkInOpen()).isTrue();
        assertThat(page.checkIn().worstPain()).isEqualTo(2);
        assertThat(page.checkIn().editable()).isTrue();
        assertThat(as(login, () -> logbook.day(today.minusDays(2))).checkInOpen()).isFalse();

        invalidCheckIn(today.minusDays(2), checkIn(4), "", "A check-in can be changed on its day and the day "
                + "after only. Check in for today instead.");
        invalidCheckIn(today.plusDays(1), checkIn(4), "", "That day has not come yet: check in for today.");
    }

    @Test
    void check_in_scores_outside_0_to_10_or_missing_are_refused() {
        as(login, () -> logbook.saveCheckIn(today.minusDays(1), checkIn(4)));
        CheckInDraft high = checkIn(4);
        high.setPainNow(11);
        invalidCheckIn(today, high, "painNow", "Pain now: choose a number from 0 to 10.");
        CheckInDraft low = checkIn(4);
        low.setConfidence(-1);
        invalidCheckIn(today, low, "confidence", "Confidence: choose a number from 0 to 10.");
        CheckInDraft missing = checkIn(4);
        missing.setStress(null);
        invalidCheckIn(today, missing, "stress", "Please choose how stressed you feel (0 to 10).");
        CheckInDraft longNote = checkIn(4);
        longNote.setNote("x".repeat(501));
        invalidCheckIn(today, longNote, "note", "Please keep the note under 500 characters.");
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ?", Integer.class,
                client.id())).isEqualTo(1);
    }

    // ---------------------------------------------------------------- PSFS

    @Test
    void staff_name_the_psfs_activities_within_the_limits() {
        List<PsfsActivityDetails> set = as(studio.practitioner(), () -> psfs.setActivities(client.id(),
                List.of(" Carry shopping ", "", "Climb stairs", "Tie shoelaces")));
        assertThat(set).extracting(PsfsActivityDetails::description)
                .containsExactly("Carry shopping", "Climb stairs", "Tie shoelaces");
        assertThat(as(studio.admin(), () -> psfs.activities(client.id()))).extracting(PsfsActivityDetails::description)
                .containsExactly("Carry shopping", "Climb stairs", "Tie shoelaces");
        assertThat(jdbc.queryForList("select description from psfs_activity where client_id = ? and not retired "
                + "order by position", String.class, client.id()))
                .containsExactly("Carry shopping", "Climb stairs", "Tie shoelaces");

        invalidPsfs(List.of("a", "b", "c", "d", "e", "f"), "Name at most 5 activities.");
        invalidPsfs(List.of("Carry <b>shopping</b>"), "Please leave out the characters < and >.");
        invalidPsfs(List.of("Climb stairs", "Climb stairs"), "Each activity should appear once.");
        invalidPsfs(List.of("x".repeat(121)), "Keep each activity under 120 characters.");
    }

    @Test
    void the_client_rates_when_due_and_is_asked_again_after_14_days() {
        List<PsfsActivityDetails> set = as(studio.practitioner(), () -> psfs.setActivities(client.id(),
                List.of("Carry shopping", "Climb stairs", "Tie shoelaces")));
        PsfsPrompt prompt = as(login, psfs::myPsfs);
        assertThat(prompt.due()).isTrue();
        assertThat(prompt.ratedToday()).isFalse();
        assertThat(prompt.activities()).extracting(PsfsActivityDetails::latest).containsOnlyNulls();

        Map<Long, Integer> scores = new LinkedHashMap<>();
        scores.put(set.get(0).id(), 3);
        scores.put(set.get(1).id(), 5);
        scores.put(set.get(2).id(), 8);
        PsfsPrompt rated = as(login, () -> psfs.rate(scores));
        assertThat(rated.due()).isFalse();
        assertThat(rated.ratedToday()).isTrue();
        assertThat(rated.activities()).extracting(a -> a.latest().score()).containsExactly(3, 5, 8);
        assertThat(rated.activities()).extracting(a -> a.latest().date()).containsOnly(today);

        PsfsPrompt again = as(login, () -> psfs.rate(Map.of(set.get(0).id(), 4)));
        assertThat(again.activities()).extracting(a -> a.latest().score()).containsExactly(4, 5, 8);
        assertThat(jdbc.queryForList("select score from psfs_rating where client_id = ? order by activity_id",
                Integer.class, client.id())).containsExactly(4, 5, 8);
        assertThatThrownBy(() -> as(login, () -> psfs.rate(Map.of(set.get(0).id(), 11))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(String.valueOf(set.get(0).id()), "Choose a number from 0 to 10 for each activity."));
        assertThatThrownBy(() -> as(login, () -> psfs.rate(Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("", "Rate at least one activity."));

        clock.advance(Duration.ofDays(13));
        assertThat(as(login, psfs::myPsfs).due()).isFalse();
        clock.advance(Duration.ofDays(1));
        PsfsPrompt later = as(login, psfs::myPsfs);
        assertThat(later.due()).isTrue();
        assertThat(later.ratedToday()).isFalse();
        assertThat(as(studio.practitioner(), () -> psfs.activities(client.id())))
                .extracting(a -> a.scores().size()).containsExactly(1, 1, 1);
    }

    // ---------------------------------------------------------------- staff reading the log

    @Test
    void staff_see_a_row_per_day_with_what_was_scheduled_done_and_the_worst_pain() {
        logScenario();
        List<LogDay> days = as(studio.practitioner(), () -> clientLogs.days(client.id(), start.minusDays(1), today,
                0, 50));
        assertThat(days).containsExactly(
                new LogDay(today, 2, 0, 0, 0, 0, null, null, null),
                new LogDay(today.minusDays(1), 2, 1, 1, 0, 1, 6, true, "Bad night"),
                new LogDay(today.minusDays(2), 2, 0, 0, 1, 0, null, null, null),
                new LogDay(restDay, 0, 0, 0, 0, 0, null, null, null),
                new LogDay(today.minusDays(4), 2, 0, 2, 0, 0, null, null, null),
                new LogDay(today.minusDays(5), 2, 2, 0, 0, 0, null, null, null),
                new LogDay(start, 2, 0, 0, 0, 0, null, null, null),
                new LogDay(start.minusDays(1), 0, 0, 0, 0, 0, null, null, null));
        assertThat(as(studio.admin(), () -> clientLogs.days(client.id(), start.minusDays(1), today, 2, 3)))
                .extracting(LogDay::date).containsExactly(today.minusDays(2), restDay, today.minusDays(4));

        assertThat(as(studio.practitioner(), () -> clientLogs.itemLogs(client.id(), today.minusDays(1))))
                .extracting(ItemLogDetails::prescriptionId, ItemLogDetails::exercise, ItemLogDetails::outcome,
                        ItemLogDetails::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.id(), first.exerciseName(), LogOutcome.DONE,
                                "Felt strong"),
                        org.assertj.core.groups.Tuple.tuple(second.id(), second.exerciseName(), LogOutcome.PARTLY,
                                null));
        assertThatThrownBy(() -> as(studio.practitioner(), () -> clientLogs.days(client.id(), today, start, 0, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("", "Choose a start date on or before the end date."));
    }

    @Test
    void the_summary_gives_exact_adherence_over_7_and_28_days() {
        logScenario();
        LogSummary summary = as(studio.practitioner(), () -> clientLogs.summary(client.id()));
        assertThat(summary.clientName()).isEqualTo("Logbook Client");
        assertThat(summary.today()).isEqualTo(today);
        // 6 scheduled days × 2 items = 12; done 3, partly 3 → 4.5 credits = 37.5 %.
        assertThat(summary.adherence7()).hasValue(37.5);
        assertThat(summary.adherence28()).hasValue(37.5);
        assertThat(summary.lastLogged()).isEqualTo(today.minusDays(1));
    }

    // ---------------------------------------------------------------- statement counts

    @Test
    void logging_an_item_takes_three_statements_whether_first_or_changed() {
        SqlStatements.Counted<ItemLogDetails> done = sql.counting(() -> as(login,
                () -> logbook.logItem(first.id(), today, ItemLogDraft.of(LogOutcome.DONE))));
        long firstLog = done.statements();
        ItemLogDraft partly = ItemLogDraft.of(LogOutcome.PARTLY);
        partly.setExpectedVersion(done.result().version());
        long change = sql.during(() -> as(login, () -> logbook.logItem(first.id(), today, partly)));
        assertThat(List.of(firstLog, change)).as("first log, change").containsExactly(3L, 3L);
    }

    @Test
    void saving_a_check_in_takes_three_statements_whether_first_or_changed() {
        SqlStatements.Counted<CheckInDetails> saved = sql.counting(() -> as(login,
                () -> logbook.saveCheckIn(today, checkIn(3))));
        long firstSave = saved.statements();
        CheckInDraft edit = CheckInDraft.of(saved.result());
        edit.setWorstPain(4);
        long change = sql.during(() -> as(login, () -> logbook.saveCheckIn(today, edit)));
        assertThat(List.of(firstSave, change)).as("first save, change").containsExactly(3L, 3L);
    }

    @Test
    void a_page_of_the_staff_log_grid_takes_two_statements() {
        logScenario();
        SqlStatements.Counted<List<LogDay>> page = sql.counting(() -> as(studio.practitioner(),
                () -> clientLogs.days(client.id(), today.minusDays(365), today, 0, 50)));
        assertThat(page.result()).hasSize(50);
        assertThat(page.statements()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Yesterday: first done with a note, second partly, a check-in with worst pain 6 and a flare-up; 2 days ago first
     * skipped; 4 days ago both partly; 5 days ago both done. Nothing today or on the program's first day.
     */
    private void logScenario() {
        ItemLogDraft strong = ItemLogDraft.of(LogOutcome.DONE);
        strong.setNote("Felt strong");
        log(first, today.minusDays(1), strong);
        log(second, today.minusDays(1), ItemLogDraft.of(LogOutcome.PARTLY));
        log(first, today.minusDays(2), ItemLogDraft.of(LogOutcome.SKIPPED));
        log(first, today.minusDays(4), ItemLogDraft.of(LogOutcome.PARTLY));
        log(second, today.minusDays(4), ItemLogDraft.of(LogOutcome.PARTLY));
        log(first, today.minusDays(5), ItemLogDraft.of(LogOutcome.DONE));
        log(second, today.minusDays(5), ItemLogDraft.of(LogOutcome.DONE));
        CheckInDraft bad = checkIn(6);
        bad.setFlareUp(true);
        bad.setNote("Bad night");
        as(login, () -> logbook.saveCheckIn(today.minusDays(1), bad));
    }

    private void log(PrescriptionRow item, LocalDate day, ItemLogDraft draft) {
        as(login, () -> logbook.logItem(item.id(), day, draft));
    }

    static CheckInDraft checkIn(int worstPain) {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(Math.max(0, worstPain - 1));
        d.setWorstPain(worstPain);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(2);
        d.setConfidence(8);
        return d;
    }

    static ProgramDraft draft(LocalDate start, Set<DayOfWeek> days) {
        ProgramDraft d = new ProgramDraft();
        d.setTitle("Back basics");
        d.setStartDate(start);
        d.setWeeks(4);
        d.setDays(days);
        return d;
    }

    record Running(long id, List<PrescriptionRow> items) {
    }

    /** Creates the program with the named library exercises and activates it. */
    private Running running(KeelUser staff, long clientId, ProgramDraft draft, String... names) {
        ProgramDetails program = as(staff, () -> programs.create(clientId, draft));
        List<PrescriptionRow> rows = new ArrayList<>();
        for (String name : names) {
            long exercise = ProgramFixtures.builtIn(exercises, staff, name);
            rows.add(as(staff, () -> items.add(program.id(), programs.get(program.id()).version(), exercise)));
        }
        long version = as(staff, () -> programs.get(program.id())).version();
        as(staff, () -> programs.changeStatus(program.id(), version, ProgramStatus.ACTIVE));
        return new Running(program.id(), rows);
    }

    private List<String> rowsOf(long prescriptionId, LocalDate day) {
        return jdbc.queryForList("select outcome || '/' || version from item_log where prescription_id = ? "
                + "and log_date = ?", String.class, prescriptionId, day);
    }

    private void invalid(long itemId, LocalDate day, ItemLogDraft draft, String field, String message) {
        refusedWith(() -> as(login, () -> logbook.logItem(itemId, day, draft)), field, message);
    }

    private void invalidCheckIn(LocalDate day, CheckInDraft draft, String field, String message) {
        refusedWith(() -> as(login, () -> logbook.saveCheckIn(day, draft)), field, message);
    }

    private void invalidPsfs(List<String> descriptions, String message) {
        refusedWith(() -> as(studio.practitioner(), () -> psfs.setActivities(client.id(), descriptions)), "",
                message);
    }

    private void refusedWith(Supplier<?> call, String field, String message) {
        String before = snapshot();
        assertThatThrownBy(call::get).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, message));
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
    }

    /** Nothing changes but the audit trail, which records a "not found" (and nothing else) as a refusal. */
    private void refused(ThrowingCallable call, Class<? extends Throwable> expected) {
        List<String> data = TABLES.stream().filter(t -> !t.equals("audit_event")).toList();
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        String before = snapshot(data);
        assertThatThrownBy(call).isInstanceOf(expected);
        assertThat(snapshot(data)).as("database unchanged").isEqualTo(before);
        assertThat(jdbc.queryForList("select action || ' ' || outcome from audit_event where id > ?", String.class,
                lastAudit)).as("audit rows written")
                .isEqualTo(expected == NotFoundException.class ? List.of("NOT_FOUND FAILURE") : List.of());
    }

    private String snapshot() {
        return snapshot(TABLES);
    }

    private String snapshot(List<String> tables) {
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append(table).append('=').append(jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class)).append(';');
        }
        return all.toString();
    }
}
