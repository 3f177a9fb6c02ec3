package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static app.keel.program.dosage.Doses.ENGINE;
import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class DosageEngineTest {

    /** Monday 3 Mar 2025 to Sunday 27 Apr 2025, Monday/Wednesday/Friday. */
    private static final ProgramCalendar EIGHT_WEEKS = new ProgramCalendar(LocalDate.of(2025, 3, 3), 8,
            new Schedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), 2));
    private static final ProgressionRule PLUS_TWO_AND_A_HALF = new KgPerWeek(kg("2.5"), null);
    private static final BaseDose THREE_BY_TEN_AT_TWENTY = setsRepsLoad(3, 10, "20");

    @Test
    void every_fourth_week_is_a_deload_at_sixty_percent() {
        List<DeloadPeriod> deloads = DeloadRule.standard().generate(EIGHT_WEEKS);
        WeekPlan plan = ENGINE.plan(EIGHT_WEEKS, List.of(new PlanItem(THREE_BY_TEN_AT_TWENTY, PLUS_TWO_AND_A_HALF)),
                ProgressionGate.OFF, WeeklyOutcomes.NONE, deloads);

        assertThat(plan.deloadWeeks()).containsExactly(3, 7);
        assertThat(plan.week(2)).containsExactly(new Dose(3, 10, null, kg("25.0"), null, null, false, 2));
        assertThat(plan.week(3)).as("25 kg × 0.6, 3 sets × 0.6 = 1.8")
                .containsExactly(new Dose(2, 10, null, kg("15.0"), null, null, true, 2));
        assertThat(plan.week(4)).as("the deload week was not a step")
                .containsExactly(new Dose(3, 10, null, kg("27.5"), null, null, false, 3));
        assertThat(plan.week(7)).as("32.5 kg × 0.6")
                .containsExactly(new Dose(2, 10, null, kg("19.5"), null, null, true, 5));
    }

    @Test
    void no_dose_outside_the_program_or_on_free_days() {
        assertThat(doseOn(LocalDate.of(2025, 3, 2), List.of())).as("Sunday before").isEmpty();
        assertThat(doseOn(LocalDate.of(2025, 3, 4), List.of())).as("Tuesday").isEmpty();
        assertThat(doseOn(LocalDate.of(2025, 4, 28), List.of())).as("Monday after").isEmpty();
        assertThat(doseOn(LocalDate.of(2025, 3, 3), List.of())).as("first Monday").isPresent();
        assertThat(doseOn(LocalDate.of(2025, 4, 25), List.of())).as("last Friday").isPresent();
    }

    @Test
    void a_single_set_deloads_its_reps_then_its_hold_then_its_minutes() {
        assertThat(deloaded(new BaseDose(1, 10, 30, null, 20, null), 60)).as("reps first")
                .isEqualTo(new Dose(1, 6, 30, null, 20, null, true, 0));
        assertThat(deloaded(new BaseDose(1, null, 30, null, 20, null), 60)).as("then the hold")
                .isEqualTo(new Dose(1, null, 18, null, 20, null, true, 0));
        assertThat(deloaded(new BaseDose(1, null, null, null, 20, 3), 60)).as("then minutes; times a day stay")
                .isEqualTo(new Dose(1, null, null, null, 12, 3, true, 0));
        assertThat(deloaded(new BaseDose(3, null, null, null, 20, 3), 60)).as("several sets lose sets, not minutes")
                .isEqualTo(new Dose(2, null, null, null, 20, 3, true, 0));
    }

    @Test
    void deloads_round_half_up_and_never_below_one_or_zero_kilos() {
        assertThat(deloaded(setsRepsLoad(5, 10, "40.5"), 50)).as("2.5 sets, 20.25 kg")
                .isEqualTo(new Dose(3, 10, null, kg("20.5"), null, null, true, 0));
        assertThat(deloaded(setsRepsLoad(1, 1, "0.5"), 10)).as("0.1 rep, 0.05 kg")
                .isEqualTo(new Dose(1, 1, null, kg("0.0"), null, null, true, 0));
        assertThat(deloaded(setsRepsLoad(2, 10, "0"), 10)).as("0.2 sets")
                .isEqualTo(new Dose(1, 10, null, kg("0.0"), null, null, true, 0));
    }

    @Test
    void a_deload_at_a_hundred_percent_is_marked_but_changes_nothing() {
        assertThat(deloaded(THREE_BY_TEN_AT_TWENTY, 100)).isEqualTo(new Dose(3, 10, null, kg("20.0"), null, null, true, 0));
    }

    @Test
    void a_trip_from_wednesday_leaves_monday_alone_but_costs_the_weeks_step() {
        // Week 1 runs Monday 10 Mar to Sunday 16 Mar; the trip starts on Wednesday.
        List<DeloadPeriod> trip = List.of(new DeloadPeriod(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 18), 50,
                DeloadReason.TRAVEL));
        assertThat(doseOn(LocalDate.of(2025, 3, 10), trip)).hasValue(new Dose(3, 10, null, kg("20.0"), null, null, false, 0));
        assertThat(doseOn(LocalDate.of(2025, 3, 12), trip)).hasValue(new Dose(2, 10, null, kg("10.0"), null, null, true, 0));
        assertThat(ENGINE.doseForWeek(1, EIGHT_WEEKS, THREE_BY_TEN_AT_TWENTY, PLUS_TWO_AND_A_HALF, ProgressionGate.OFF,
                WeeklyOutcomes.NONE, trip)).as("the grid shows the week as a deload week, at the trip's volume")
                .isEqualTo(new Dose(2, 10, null, kg("10.0"), null, null, true, 0));
        assertThat(doseOn(LocalDate.of(2025, 3, 17), trip)).as("week 2 is a deload week too (Monday is away)")
                .hasValue(new Dose(2, 10, null, kg("10.0"), null, null, true, 0));
        assertThat(doseOn(LocalDate.of(2025, 3, 19), trip)).as("back home: week 2 was no step either")
                .hasValue(new Dose(3, 10, null, kg("20.0"), null, null, false, 0));
    }

    @Test
    void overlapping_deloads_take_the_lowest_volume() {
        LocalDate monday = LocalDate.of(2025, 3, 10);
        List<DeloadPeriod> both = List.of(
                new DeloadPeriod(monday, monday.plusDays(6), 80, DeloadReason.PLANNED),
                new DeloadPeriod(monday, monday.plusDays(2), 40, DeloadReason.FLARE_UP));
        assertThat(doseOn(monday, both).orElseThrow().loadKg()).isEqualTo(kg("8.0"));
        assertThat(doseOn(monday.plusDays(4), both).orElseThrow().loadKg()).isEqualTo(kg("16.0"));
    }

    @Test
    void deload_periods_outside_the_program_change_nothing() {
        List<DeloadPeriod> before = List.of(new DeloadPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 2), 50,
                DeloadReason.TRAVEL));
        WeekPlan plan = ENGINE.plan(EIGHT_WEEKS, List.of(new PlanItem(THREE_BY_TEN_AT_TWENTY, PLUS_TWO_AND_A_HALF)),
                ProgressionGate.OFF, WeeklyOutcomes.NONE, before);
        assertThat(plan.deloadWeeks()).isEmpty();
        assertThat(plan.dose(7, 0).loadKg()).isEqualTo(kg("37.5"));
    }

    @Test
    void the_plan_holds_a_dose_for_every_week_and_item_in_item_order() {
        List<PlanItem> items = List.of(new PlanItem(THREE_BY_TEN_AT_TWENTY, PLUS_TWO_AND_A_HALF),
                new PlanItem(new BaseDose(2, null, 20, null, null, null), new ProgressionRule.HoldSecondsPerWeek(5, 30)));
        WeekPlan plan = ENGINE.plan(EIGHT_WEEKS, items, ProgressionGate.OFF, WeeklyOutcomes.NONE, List.of());
        assertThat(plan.weeks()).isEqualTo(8);
        assertThat(plan.week(5)).hasSize(2);
        assertThat(plan.dose(5, 0).loadKg()).isEqualTo(kg("32.5"));
        assertThat(plan.dose(5, 1).holdSeconds()).isEqualTo(30);
        assertThat(plan.isDeloadWeek(5)).isFalse();
    }

    private static Optional<Dose> doseOn(LocalDate date, List<DeloadPeriod> deloads) {
        return ENGINE.doseOn(date, EIGHT_WEEKS, THREE_BY_TEN_AT_TWENTY, PLUS_TWO_AND_A_HALF, ProgressionGate.OFF,
                WeeklyOutcomes.NONE, deloads);
    }

    /** The first Monday, inside a deload at {@code percent}, with no progression. */
    private static Dose deloaded(BaseDose base, int percent) {
        LocalDate monday = EIGHT_WEEKS.start();
        return ENGINE.doseOn(monday, EIGHT_WEEKS, base, ProgressionRule.NONE, ProgressionGate.OFF, WeeklyOutcomes.NONE,
                List.of(new DeloadPeriod(monday, monday.plusDays(6), percent, DeloadReason.FLARE_UP))).orElseThrow();
    }
}
