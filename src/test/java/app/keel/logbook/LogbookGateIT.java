package app.keel.logbook;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progression gate reads the logbook: a gated kg program (70 % adherence, pain rise below 2) steps up in week 1
 * only when week 0 was logged and had check-ins. The clock walks through week 0 a day at a time, as a client would.
 */
@KeelIntegrationTest
class LogbookGateIT {

    @Autowired
    LogbookService logbook;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    KeelUser login;
    LocalDate start;
    long programId;
    List<PrescriptionRow> rows;

    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Gated Client");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        start = today();
        KeelUser staff = studio.practitioner();
        ProgramDetails program = as(staff, () -> programs.create(client.id(), ProgramFixtures.loadProgram(start, 4)));
        assertThat(program.draft().isGateEnabled()).isTrue();
        programId = program.id();
        PrescriptionRow lift = as(staff, () -> items.add(programId, programs.get(programId).version(),
                ProgramFixtures.builtIn(exercises, staff, "kettlebell")));
        PrescriptionDraft kg = lift.toDraft();
        kg.setLoadKind(LoadKind.KG);
        kg.setLoadKg(new BigDecimal("10"));
        kg.setReps(8);
        as(staff, () -> items.update(lift.id(), lift.version(), kg));
        as(staff, () -> items.add(programId, programs.get(programId).version(), ProgramFixtures.builtIn(exercises,
                staff, "dead bug")));
        long version = as(staff, () -> programs.get(programId)).version();
        as(staff, () -> programs.changeStatus(programId, version, ProgramStatus.ACTIVE));
        rows = as(staff, () -> items.rows(programId));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void without_any_logs_week_1_holds_the_week_0_load() {
        assertThat(liftDoses().get(0)).endsWith("· 10 kg");
        assertThat(liftDoses().get(1)).isEqualTo(liftDoses().get(0));
    }

    @Test
    void all_items_done_but_no_check_in_in_week_0_holds_the_load_until_a_check_in_arrives() {
        walkThroughWeek0(day -> true, day -> false);
        assertThat(today()).isEqualTo(start.plusDays(7));
        List<String> held = liftDoses();
        assertThat(held.get(0)).endsWith("· 10 kg");
        assertThat(held.get(1)).as("no pain data for week 0: the dose holds").isEqualTo(held.get(0));

        // Yesterday was the last day of week 0, and its check-in is still open.
        as(login, () -> logbook.saveCheckIn(today().minusDays(1), LogbookServiceIT.checkIn(3)));
        assertThat(liftDoses().get(1)).endsWith("· 12.5 kg");
    }

    @Test
    void all_items_done_with_daily_check_ins_of_stable_pain_steps_week_1_up() {
        walkThroughWeek0(day -> true, day -> true);
        List<String> doses = liftDoses();
        assertThat(doses.get(0)).endsWith("· 10 kg");
        assertThat(doses.get(1)).endsWith("· 12.5 kg");
        assertThat(doses.get(1).replace("12.5 kg", "10 kg")).isEqualTo(doses.get(0));
    }

    @Test
    void check_ins_without_enough_done_items_hold_the_load() {
        // 4 of 7 days done: 57 % adherence, below the gate's 70 %.
        walkThroughWeek0(day -> day % 2 == 0, day -> true);
        List<String> doses = liftDoses();
        assertThat(doses.get(1)).isEqualTo(doses.get(0));
    }

    @Test
    void a_flare_up_reported_in_week_0_holds_the_load() {
        walkThroughWeek0WithCheckIns(day -> true, day -> {
            CheckInDraft d = LogbookServiceIT.checkIn(3);
            d.setFlareUp(day == 4);
            return d;
        });
        List<String> doses = liftDoses();
        assertThat(doses.get(1)).isEqualTo(doses.get(0));
    }

    @Test
    void worst_pain_above_five_that_has_not_settled_by_the_next_morning_holds_the_load() {
        walkThroughWeek0WithCheckIns(day -> true, day -> day == 2 ? painful(7, 2) : day == 3 ? painful(4, 6)
                : LogbookServiceIT.checkIn(3));
        List<String> doses = liftDoses();
        assertThat(doses.get(1)).as("7/10 on day 2, still 6 on the morning of day 3").isEqualTo(doses.get(0));
    }

    @Test
    void worst_pain_above_five_that_settled_by_the_next_morning_lets_the_load_step_up() {
        walkThroughWeek0WithCheckIns(day -> true, day -> day == 2 ? painful(6, 2) : day == 3 ? painful(3, 2)
                : LogbookServiceIT.checkIn(3));
        assertThat(liftDoses().get(1)).endsWith("· 12.5 kg");
    }

    @Test
    void a_pause_stops_the_progression_clock() {
        walkThroughWeek0(day -> true, day -> true);
        assertThat(liftDoses().get(1)).endsWith("· 12.5 kg");
        KeelUser staff = studio.practitioner();
        long version = as(staff, () -> programs.get(programId)).version();
        long paused = as(staff, () -> programs.changeStatus(programId, version, ProgramStatus.PAUSED)).version();
        clock.advance(Duration.ofDays(2));
        as(staff, () -> programs.changeStatus(programId, paused, ProgramStatus.ACTIVE));
        List<String> doses = liftDoses();
        assertThat(doses.get(1)).as("paused on the first two days of week 1").isEqualTo(doses.get(0));
        assertThat(doses.get(2)).as("the week after a pause is not a step either").isEqualTo(doses.get(0));
    }

    private static CheckInDraft painful(int worst, int now) {
        CheckInDraft d = LogbookServiceIT.checkIn(worst);
        d.setPainNow(now);
        return d;
    }

    /** Each day of week 0: log every item done when {@code logs} says so, check in when {@code checkIns} says so. */
    private void walkThroughWeek0(IntPredicate logs, IntPredicate checkIns) {
        walkThroughWeek0WithCheckIns(logs, day -> checkIns.test(day) ? LogbookServiceIT.checkIn(3) : null);
    }

    /** As above, with the day's check-in (null: none). */
    private void walkThroughWeek0WithCheckIns(IntPredicate logs, IntFunction<CheckInDraft> checkIns) {
        for (int day = 0; day < 7; day++) {
            LocalDate today = today();
            assertThat(today).isEqualTo(start.plusDays(day));
            if (logs.test(day)) {
                for (PrescriptionRow row : rows) {
                    as(login, () -> logbook.logItem(row.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
                }
            }
            CheckInDraft checkIn = checkIns.apply(day);
            if (checkIn != null) {
                as(login, () -> logbook.saveCheckIn(today, checkIn));
            }
            clock.advance(Duration.ofDays(1));
        }
    }

    private List<String> liftDoses() {
        WeekPlanTable plan = as(studio.practitioner(), () -> weekPlans.weekPlan(programId));
        assertThat(plan.weeks().get(1).start()).isEqualTo(start.plusDays(7));
        return plan.items().getFirst().doses();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(login.zoneId()));
    }
}
