package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static app.keel.program.dosage.Doses.ENGINE;
import static app.keel.program.dosage.Doses.YEAR;
import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Pauses, the graded return after a flare-up, and recovery items on deload days. */
class CourseTest {

    private static final PlanItem SQUAT = new PlanItem(setsRepsLoad(3, 8, "20"),
            new ProgressionRule.KgPerWeek(kg("2"), null));
    private static final PlanItem BREATHING = new PlanItem(new BaseDose(2, null, null, null, 5, 3),
            ProgressionRule.NONE, true);

    private static DeloadPeriod week(int week, int percent, DeloadReason reason) {
        LocalDate start = YEAR.weekStart(week);
        return new DeloadPeriod(start, start.plusDays(6), percent, reason);
    }

    private static List<Dose> squatWeeks(int weeks, Course course) {
        WeekPlan plan = ENGINE.plan(YEAR, List.of(SQUAT), ProgressionGate.OFF, WeeklyOutcomes.NONE, course);
        return IntStream.range(0, weeks).mapToObj(w -> plan.dose(w, 0)).toList();
    }

    @Test
    void a_paused_week_and_the_week_after_it_are_not_steps() {
        Course paused = new Course(List.of(), List.of(new PausePeriod(YEAR.weekStart(2).plusDays(3),
                YEAR.weekStart(3).plusDays(1))), Course.DEFAULT_FLARE_RETURN);
        assertThat(squatWeeks(7, paused)).extracting(Dose::progressionSteps).containsExactly(0, 1, 1, 1, 1, 2, 3);
    }

    @Test
    void a_program_still_paused_never_steps_again() {
        Course paused = new Course(List.of(), List.of(new PausePeriod(YEAR.weekStart(2), null)),
                Course.DEFAULT_FLARE_RETURN);
        assertThat(squatWeeks(6, paused)).extracting(Dose::progressionSteps).containsExactly(0, 1, 1, 1, 1, 1);
    }

    @Test
    void after_a_flare_up_the_return_is_graded_and_never_steps_past_the_dose_before_it() {
        Course flare = Course.of(List.of(week(3, 50, DeloadReason.FLARE_UP)));
        List<Dose> weeks = squatWeeks(9, flare);
        // Week 2 (20 + 2 × 2 = 24 kg) is the dose before the flare-up in week 3.
        assertThat(weeks).extracting(Dose::loadKg).containsExactly(kg("20.0"), kg("22.0"), kg("24.0"),
                kg("12.0"), kg("14.5"), kg("19.0"), kg("24.0"), kg("26.0"), kg("28.0"));
        assertThat(weeks).extracting(Dose::sets).containsExactly(3, 3, 3, 2, 2, 2, 3, 3, 3);
        assertThat(weeks).extracting(Dose::deload).containsExactly(false, false, false, true, true, true, false,
                false, false);
    }

    @Test
    void after_a_planned_deload_progression_carries_on() {
        List<Dose> weeks = squatWeeks(6, Course.of(List.of(week(3, 60, DeloadReason.PLANNED))));
        assertThat(weeks).extracting(Dose::progressionSteps).containsExactly(0, 1, 2, 2, 3, 4);
    }

    @Test
    void the_graded_return_never_starts_below_the_flare_up_volume() {
        Course gentle = new Course(List.of(week(1, 70, DeloadReason.FLARE_UP)), List.of(), List.of(60, 80));
        WeekPlan plan = ENGINE.plan(YEAR, List.of(SQUAT), ProgressionGate.OFF, WeeklyOutcomes.NONE, gentle);
        assertThat(plan.dose(2, 0).loadKg()).as("70 % of 20 kg, not 60 %").isEqualByComparingTo("14");
    }

    @Test
    void a_graded_return_goes_only_up_and_lasts_at_most_four_weeks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Course(List.of(), List.of(), List.of(80, 60)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Course(List.of(), List.of(),
                List.of(50, 60, 70, 80, 90)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Course(List.of(), List.of(), List.of(100)));
    }

    @Test
    void recovery_items_keep_their_dose_on_deload_days() {
        Course deload = Course.of(List.of(week(1, 50, DeloadReason.PLANNED)));
        WeekPlan plan = ENGINE.plan(YEAR, List.of(SQUAT, BREATHING), ProgressionGate.OFF, WeeklyOutcomes.NONE, deload);
        assertThat(plan.dose(1, 0).sets()).isEqualTo(2);
        Dose breathing = plan.dose(1, 1);
        assertThat(breathing.sets()).isEqualTo(2);
        assertThat(breathing.minutes()).isEqualTo(5);
        assertThat(breathing.deload()).isFalse();
        assertThat(ENGINE.doseOn(YEAR.weekStart(1), YEAR, BREATHING, ProgressionGate.OFF, WeeklyOutcomes.NONE,
                deload)).hasValue(breathing);
    }
}
