package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static app.keel.program.dosage.Doses.ENGINE;
import static app.keel.program.dosage.Doses.YEAR;
import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static org.assertj.core.api.Assertions.assertThat;

/** Loads on real equipment: whole increments from the prescribed weight, one at a time (docs/clinical-rules.md). */
class EquipmentIncrementTest {

    private static final ProgressionRule TEN_PERCENT = new ProgressionRule.PercentLoadPerWeek(kg("10"), null);

    private static List<BigDecimal> loads(PlanItem item, int weeks) {
        WeekPlan plan = ENGINE.plan(YEAR, List.of(item), ProgressionGate.OFF, WeeklyOutcomes.NONE, List.of());
        List<BigDecimal> loads = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            loads.add(plan.dose(week, 0).loadKg());
        }
        return loads;
    }

    @Test
    void a_two_to_four_kilo_dumbbell_under_a_percent_rule_steps_by_whole_kilos_once_each_is_earned() {
        PlanItem dumbbell = new PlanItem(setsRepsLoad(3, 10, "2"), TEN_PERCENT, false, kg("1"));
        // 2 × 1.1^k reaches 3 kg at k = 5 (3.22) and 4 kg at k = 8 (4.29): never 2.2 or 2.5 kg.
        assertThat(loads(dumbbell, 9)).extracting(BigDecimal::toPlainString)
                .containsExactly("2.0", "2.0", "2.0", "2.0", "2.0", "3.0", "3.0", "3.0", "4.0");
    }

    @Test
    void a_four_kilo_kettlebell_waits_for_the_whole_four_kilos_and_the_jump_is_named() {
        PlanItem bell = new PlanItem(setsRepsLoad(3, 8, "8"), TEN_PERCENT, false, kg("4"));
        List<BigDecimal> loads = loads(bell, 9);
        // 8 × 1.1^k ≥ 12 from k = 5 (12.88).
        assertThat(loads.subList(0, 5)).allSatisfy(l -> assertThat(l).isEqualByComparingTo("8"));
        assertThat(loads.get(5)).isEqualByComparingTo("12");
        assertThat(StepSize.firstLargeStep(YEAR, bell)).hasValueSatisfying(step -> {
            assertThat(step.week()).isEqualTo(5);
            assertThat(step.percent()).isEqualTo(50);
        });
    }

    @Test
    void a_rule_that_asks_for_more_than_one_increment_a_week_is_held_to_one_and_says_so() {
        PlanItem bar = new PlanItem(setsRepsLoad(3, 5, "100"), TEN_PERCENT, false, kg("2.5"));
        assertThat(loads(bar, 4)).extracting(BigDecimal::toPlainString)
                .containsExactly("100.0", "102.5", "105.0", "107.5");
        assertThat(StepSize.firstSlowedWeek(YEAR, bar)).contains(1);
        PlanItem gentle = new PlanItem(setsRepsLoad(3, 5, "20"), new ProgressionRule.PercentLoadPerWeek(kg("2"),
                null), false, kg("2.5"));
        assertThat(StepSize.firstSlowedWeek(YEAR, gentle)).isEmpty();
    }

    @Test
    void the_cap_stops_at_the_last_whole_increment_under_it() {
        PlanItem dumbbell = new PlanItem(setsRepsLoad(3, 10, "6"), new ProgressionRule.KgPerWeek(kg("1"),
                kg("8.5")), false, kg("2"));
        assertThat(loads(dumbbell, 6)).extracting(BigDecimal::toPlainString)
                .containsExactly("6.0", "6.0", "8.0", "8.0", "8.0", "8.0");
    }

    @Test
    void double_progression_goes_to_the_next_weight_up_whatever_kilograms_the_rule_names() {
        PlanItem dumbbell = new PlanItem(setsRepsLoad(3, 10, "6"), new ProgressionRule.DoubleProgression(10, 12,
                kg("2.5"), null), false, kg("2"));
        List<Dose> weeks = new ArrayList<>();
        WeekPlan plan = ENGINE.plan(YEAR, List.of(dumbbell), ProgressionGate.OFF, WeeklyOutcomes.NONE, List.of());
        for (int week = 0; week < 4; week++) {
            weeks.add(plan.dose(week, 0));
        }
        assertThat(weeks).extracting(Dose::reps).containsExactly(10, 11, 12, 10);
        assertThat(weeks.get(3).loadKg()).isEqualByComparingTo("8");
    }

    @Test
    void a_deload_takes_the_load_down_to_a_real_weight_never_to_nothing() {
        PlanItem bell = new PlanItem(setsRepsLoad(3, 8, "16"), ProgressionRule.NONE, false, kg("4"));
        Dose deloaded = Deloading.shape(Progression.apply(bell.base(), bell.rule(), bell.incrementKg(), 0), 60, 60,
                true, 0);
        assertThat(deloaded.loadKg()).as("9.6 kg down to the 8 kg bell").isEqualByComparingTo("8");
        PlanItem light = new PlanItem(setsRepsLoad(3, 8, "4"), ProgressionRule.NONE, false, kg("4"));
        assertThat(Deloading.shape(Progression.apply(light.base(), light.rule(), light.incrementKg(), 0), 50, 50,
                true, 0).loadKg()).as("the lightest bell").isEqualByComparingTo("4");
    }

    @Test
    void an_items_own_rule_and_cap_are_what_the_engine_uses() {
        BaseDose base = setsRepsLoad(3, 10, "20");
        PlanItem programRule = new PlanItem(base, new ProgressionRule.KgPerWeek(kg("2.5"), null));
        PlanItem ownRule = new PlanItem(base, new ProgressionRule.KgPerWeek(kg("1"), kg("22")), false, kg("1"));
        assertThat(loads(programRule, 4)).extracting(BigDecimal::toPlainString)
                .containsExactly("20.0", "22.5", "25.0", "27.5");
        assertThat(loads(ownRule, 4)).extracting(BigDecimal::toPlainString)
                .containsExactly("20.0", "21.0", "22.0", "22.0");
    }
}
