package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static app.keel.program.dosage.Doses.YEAR;
import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static app.keel.program.dosage.Doses.ungated;
import static org.assertj.core.api.Assertions.assertThat;

/** Weekly load steps above about 15 % are named to the practitioner. */
class StepSizeTest {

    private static final ProgressionRule TEN_PERCENT = new ProgressionRule.PercentLoadPerWeek(kg("10"), null);

    @Test
    void a_two_kilo_load_under_a_percent_rule_jumps_when_rounding_reaches_the_next_half_kilo() {
        PlanItem light = new PlanItem(setsRepsLoad(3, 10, "2"), TEN_PERCENT);
        // 2.2 kg rounds back to 2 kg, then 2.42 kg rounds up to 2.5 kg: +25 % in one week.
        assertThat(ungated(1, light.base(), TEN_PERCENT).loadKg()).isEqualByComparingTo("2");
        assertThat(ungated(2, light.base(), TEN_PERCENT).loadKg()).isEqualByComparingTo("2.5");
        assertThat(StepSize.firstLargeStep(YEAR, light)).hasValueSatisfying(step -> {
            assertThat(step.week()).isEqualTo(2);
            assertThat(step.fromKg()).isEqualByComparingTo("2");
            assertThat(step.toKg()).isEqualByComparingTo("2.5");
            assertThat(step.percent()).isEqualTo(25);
        });
    }

    @Test
    void a_four_kilo_load_under_a_ten_percent_rule_never_steps_more_than_fifteen_percent() {
        PlanItem four = new PlanItem(setsRepsLoad(3, 10, "4"), TEN_PERCENT);
        assertThat(ungated(1, four.base(), TEN_PERCENT).loadKg()).as("+12.5 %").isEqualByComparingTo("4.5");
        assertThat(StepSize.firstLargeStep(YEAR, four)).isEmpty();
    }

    @Test
    void a_two_kilo_step_on_an_eight_kilo_bell_is_named_but_not_on_a_forty_kilo_bar() {
        ProgressionRule twoKilos = new ProgressionRule.KgPerWeek(kg("2"), null);
        assertThat(StepSize.firstLargeStep(YEAR, new PlanItem(setsRepsLoad(3, 8, "8"), twoKilos)))
                .hasValueSatisfying(step -> assertThat(step.percent()).isEqualTo(25));
        assertThat(StepSize.firstLargeStep(YEAR, new PlanItem(setsRepsLoad(3, 8, "40"),
                new ProgressionRule.KgPerWeek(kg("2"), new BigDecimal("60"))))).isEmpty();
    }

    @Test
    void items_without_load_have_nothing_to_warn_about() {
        assertThat(StepSize.firstLargeStep(YEAR, new PlanItem(new BaseDose(2, null, 20, null, null, null),
                new ProgressionRule.HoldSecondsPerWeek(5, 60)))).isEmpty();
    }
}
