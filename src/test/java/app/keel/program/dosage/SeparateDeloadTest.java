package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.keel.program.dosage.Doses.ENGINE;
import static app.keel.program.dosage.Doses.YEAR;
import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static org.assertj.core.api.Assertions.assertThat;

/** Volume (sets) and intensity (load) reductions are separate settings of a deload. */
class SeparateDeloadTest {

    private static final PlanItem DEADLIFT = new PlanItem(setsRepsLoad(3, 8, "20"), ProgressionRule.NONE);
    private static final PlanItem CARRY = new PlanItem(new BaseDose(3, null, null, kg("16"), 2, null),
            ProgressionRule.NONE);

    private static Dose inDeload(PlanItem item, int volume, int intensity) {
        LocalDate start = YEAR.weekStart(1);
        DeloadPeriod period = new DeloadPeriod(start, start.plusDays(6), volume, intensity, DeloadReason.TRAVEL);
        return ENGINE.doseOn(start, YEAR, item, ProgressionGate.OFF, WeeklyOutcomes.NONE,
                Course.of(List.of(period))).orElseThrow();
    }

    @Test
    void a_volume_only_deload_cuts_sets_and_keeps_the_weight() {
        Dose dose = inDeload(DEADLIFT, 60, 100);
        assertThat(dose.sets()).isEqualTo(2);
        assertThat(dose.loadKg()).isEqualByComparingTo("20");
        assertThat(dose.deload()).isTrue();
    }

    @Test
    void an_intensity_only_deload_lightens_the_weight_and_keeps_the_sets() {
        Dose dose = inDeload(DEADLIFT, 100, 60);
        assertThat(dose.sets()).isEqualTo(3);
        assertThat(dose.reps()).isEqualTo(8);
        assertThat(dose.loadKg()).isEqualByComparingTo("12");
    }

    @Test
    void a_multi_set_minutes_item_loses_rounds_not_minutes_on_a_deload() {
        Dose dose = inDeload(CARRY, 60, 60);
        assertThat(dose.sets()).isEqualTo(2);
        assertThat(dose.minutes()).isEqualTo(2);
        assertThat(dose.loadKg()).isEqualByComparingTo("9.5");
    }

    @Test
    void the_plan_and_the_day_agree_on_both_reductions() {
        LocalDate start = YEAR.weekStart(1);
        Course course = Course.of(List.of(new DeloadPeriod(start, start.plusDays(6), 50, 80, DeloadReason.PLANNED)));
        WeekPlan plan = ENGINE.plan(YEAR, List.of(DEADLIFT), ProgressionGate.OFF, WeeklyOutcomes.NONE, course);
        assertThat(plan.dose(1, 0)).isEqualTo(inDeload(DEADLIFT, 50, 80));
        assertThat(plan.dose(1, 0).loadKg()).isEqualByComparingTo("16");
        assertThat(plan.dose(1, 0).sets()).isEqualTo(2);
    }

    @Test
    void a_rule_generates_periods_with_both_reductions() {
        assertThat(new DeloadRule(4, 60, 90).generate(YEAR).getFirst())
                .extracting(DeloadPeriod::volumePercent, DeloadPeriod::intensityPercent).containsExactly(60, 90);
        assertThat(new DeloadRule(4, 60).generate(YEAR).getFirst().intensityPercent()).isEqualTo(60);
    }
}
