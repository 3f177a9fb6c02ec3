package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static app.keel.program.dosage.Doses.kg;
import static app.keel.program.dosage.Doses.setsRepsLoad;
import static app.keel.program.dosage.Doses.ungated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Hand-computed examples; with the gate off and no deloads, week w is w progression steps. */
class ProgressionRuleTest {

    private static final BaseDose FORTY_KG = setsRepsLoad(3, 10, "40");

    @Test
    void percent_per_week_compounds_and_rounds_to_half_kilos() {
        ProgressionRule fivePercent = new PercentLoadPerWeek(kg("5"), null);
        assertThat(ungated(0, FORTY_KG, fivePercent).loadKg()).isEqualTo(kg("40.0"));
        assertThat(ungated(1, FORTY_KG, fivePercent).loadKg()).isEqualTo(kg("42.0"));
        assertThat(ungated(2, FORTY_KG, fivePercent).loadKg()).as("44.1").isEqualTo(kg("44.0"));
        assertThat(ungated(3, FORTY_KG, fivePercent).loadKg()).as("46.305").isEqualTo(kg("46.5"));
        assertThat(ungated(10, FORTY_KG, fivePercent).loadKg()).as("65.156").isEqualTo(kg("65.0"));
        assertThat(ungated(10, FORTY_KG, fivePercent).reps()).isEqualTo(10);
    }

    @Test
    void percent_per_week_stops_at_its_cap() {
        ProgressionRule capped = new PercentLoadPerWeek(kg("5"), kg("50"));
        assertThat(ungated(4, FORTY_KG, capped).loadKg()).as("48.62").isEqualTo(kg("48.5"));
        assertThat(ungated(5, FORTY_KG, capped).loadKg()).as("51.05 capped").isEqualTo(kg("50.0"));
        assertThat(ungated(51, FORTY_KG, capped).loadKg()).isEqualTo(kg("50.0"));
    }

    @Test
    void without_a_cap_load_stops_at_five_hundred_kilos() {
        ProgressionRule tenPercent = new PercentLoadPerWeek(kg("10"), null);
        assertThat(ungated(51, setsRepsLoad(1, 1, "400"), tenPercent).loadKg()).isEqualTo(kg("500.0"));
    }

    @Test
    void kilos_per_week_add_up_to_the_cap() {
        ProgressionRule twoAndAHalf = new KgPerWeek(kg("2.5"), kg("30"));
        BaseDose twenty = setsRepsLoad(3, 10, "20");
        assertThat(ungated(1, twenty, twoAndAHalf).loadKg()).isEqualTo(kg("22.5"));
        assertThat(ungated(4, twenty, twoAndAHalf).loadKg()).isEqualTo(kg("30.0"));
        assertThat(ungated(5, twenty, twoAndAHalf).loadKg()).isEqualTo(kg("30.0"));
    }

    @Test
    void rounding_never_steps_over_the_cap() {
        ProgressionRule oneKilo = new KgPerWeek(kg("1"), kg("52.3"));
        BaseDose fifty = setsRepsLoad(3, 10, "50");
        assertThat(ungated(2, fifty, oneKilo).loadKg()).isEqualTo(kg("52.0"));
        assertThat(ungated(3, fifty, oneKilo).loadKg()).as("52.3 would round up to 52.5").isEqualTo(kg("52.0"));
    }

    @Test
    void a_cap_below_the_prescribed_load_keeps_the_prescription() {
        ProgressionRule capped = new KgPerWeek(kg("2"), kg("50"));
        assertThat(ungated(6, setsRepsLoad(3, 10, "60"), capped).loadKg()).isEqualTo(kg("60.0"));
    }

    @Test
    void double_progression_adds_a_rep_per_week_then_load_and_back_to_the_floor() {
        ProgressionRule eightToTwelve = new DoubleProgression(8, 12, kg("2.5"), null);
        BaseDose eightReps = setsRepsLoad(3, 8, "20");
        assertThat(repsAndLoad(0, eightReps, eightToTwelve)).isEqualTo("8 @ 20.0");
        assertThat(repsAndLoad(4, eightReps, eightToTwelve)).isEqualTo("12 @ 20.0");
        assertThat(repsAndLoad(5, eightReps, eightToTwelve)).isEqualTo("8 @ 22.5");
        assertThat(repsAndLoad(9, eightReps, eightToTwelve)).isEqualTo("12 @ 22.5");
        assertThat(repsAndLoad(10, eightReps, eightToTwelve)).isEqualTo("8 @ 25.0");
    }

    @Test
    void double_progression_starts_from_the_prescribed_reps_even_outside_the_band() {
        ProgressionRule eightToTwelve = new DoubleProgression(8, 12, kg("2.5"), null);
        assertThat(repsAndLoad(2, setsRepsLoad(3, 10, "20"), eightToTwelve)).isEqualTo("12 @ 20.0");
        assertThat(repsAndLoad(3, setsRepsLoad(3, 10, "20"), eightToTwelve)).isEqualTo("8 @ 22.5");
        assertThat(repsAndLoad(0, setsRepsLoad(3, 15, "20"), eightToTwelve)).as("never cut in week 1")
                .isEqualTo("15 @ 20.0");
        assertThat(repsAndLoad(1, setsRepsLoad(3, 15, "20"), eightToTwelve)).isEqualTo("8 @ 22.5");
        assertThat(repsAndLoad(0, setsRepsLoad(3, 5, "20"), eightToTwelve)).as("never raised in week 1")
                .isEqualTo("5 @ 20.0");
        assertThat(repsAndLoad(1, setsRepsLoad(3, 5, "20"), eightToTwelve)).as("one rep a week").isEqualTo("6 @ 20.0");
        assertThat(repsAndLoad(7, setsRepsLoad(3, 5, "20"), eightToTwelve)).isEqualTo("12 @ 20.0");
        assertThat(repsAndLoad(8, setsRepsLoad(3, 5, "20"), eightToTwelve)).isEqualTo("8 @ 22.5");
    }

    @Test
    void double_progression_above_the_ceiling_keeps_its_reps_when_no_load_step_fits() {
        ProgressionRule capped = new DoubleProgression(8, 12, kg("2.5"), kg("21"));
        assertThat(repsAndLoad(3, setsRepsLoad(3, 15, "20"), capped)).isEqualTo("15 @ 20.0");
    }

    @Test
    void double_progression_holds_at_the_rep_ceiling_when_the_next_load_step_would_pass_the_cap() {
        ProgressionRule capped = new DoubleProgression(8, 12, kg("2.5"), kg("24"));
        BaseDose eightReps = setsRepsLoad(3, 8, "20");
        assertThat(repsAndLoad(9, eightReps, capped)).isEqualTo("12 @ 22.5");
        assertThat(repsAndLoad(10, eightReps, capped)).isEqualTo("12 @ 22.5");
        assertThat(repsAndLoad(40, eightReps, capped)).isEqualTo("12 @ 22.5");
    }

    @Test
    void double_progression_with_equal_floor_and_ceiling_adds_load_every_week() {
        ProgressionRule fixedReps = new DoubleProgression(5, 5, kg("1"), null);
        assertThat(repsAndLoad(3, setsRepsLoad(5, 5, "60"), fixedReps)).isEqualTo("5 @ 63.0");
    }

    @Test
    void double_progression_load_steps_are_whole_half_kilos() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DoubleProgression(8, 12, kg("0.3"), null))
                .withMessageContaining("multiple of 0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new DoubleProgression(12, 8, kg("2.5"), null));
    }

    @Test
    void hold_seconds_grow_per_week_up_to_the_cap() {
        ProgressionRule fiveSeconds = new HoldSecondsPerWeek(5, 45);
        BaseDose plank = new BaseDose(3, null, 30, null, null, null);
        assertThat(ungated(1, plank, fiveSeconds).holdSeconds()).isEqualTo(35);
        assertThat(ungated(3, plank, fiveSeconds).holdSeconds()).isEqualTo(45);
        assertThat(ungated(4, plank, fiveSeconds).holdSeconds()).isEqualTo(45);
        assertThat(ungated(3, new BaseDose(3, null, 590, null, null, null), new HoldSecondsPerWeek(5, null))
                .holdSeconds()).as("600 s at most").isEqualTo(600);
    }

    @Test
    void a_rule_leaves_items_alone_that_lack_what_it_progresses() {
        BaseDose bodyweight = new BaseDose(3, 10, 20, null, null, null);
        assertThat(ungated(8, bodyweight, new PercentLoadPerWeek(kg("5"), null)))
                .isEqualTo(new Dose(3, 10, 20, null, null, null, false, 8));
        assertThat(ungated(8, bodyweight, new KgPerWeek(kg("2"), null)).loadKg()).isNull();
        assertThat(ungated(8, bodyweight, new DoubleProgression(8, 12, kg("2.5"), null)).reps()).isEqualTo(10);
        assertThat(ungated(8, FORTY_KG, new HoldSecondsPerWeek(5, null)).holdSeconds()).isNull();
        assertThat(ungated(8, FORTY_KG, new HoldSecondsPerWeek(5, null)).loadKg()).isEqualTo(kg("40.0"));
    }

    @Test
    void a_load_cap_bounds_rounding_even_where_the_rule_cannot_progress_the_item() {
        BaseDose noReps = new BaseDose(7, null, null, kg("403.31"), null, null);
        assertThat(ungated(5, noReps, new DoubleProgression(13, 16, kg("9"), kg("379.21"))).loadKg())
                .as("403.31 prescribed above the cap stays, but does not round up to 403.5").isEqualTo(kg("403.0"));
        assertThat(ungated(5, noReps, ProgressionRule.NONE).loadKg()).isEqualTo(kg("403.5"));
    }

    @Test
    void no_rule_keeps_the_prescription_rounded_to_half_kilos() {
        assertThat(ungated(20, setsRepsLoad(3, 10, "12.3"), ProgressionRule.NONE).loadKg()).isEqualTo(kg("12.5"));
        assertThat(ungated(20, setsRepsLoad(3, 10, "12.25"), ProgressionRule.NONE).loadKg()).isEqualTo(kg("12.5"));
        assertThat(ungated(20, setsRepsLoad(3, 10, "12.24"), ProgressionRule.NONE).loadKg()).isEqualTo(kg("12.0"));
        assertThat(ungated(20, setsRepsLoad(3, 10, "0"), ProgressionRule.NONE).loadKg()).isEqualTo(kg("0.0"));
    }

    @Test
    void rules_reject_amounts_outside_their_ranges() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PercentLoadPerWeek(BigDecimal.ZERO, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new PercentLoadPerWeek(kg("5"), kg("501")));
        assertThatIllegalArgumentException().isThrownBy(() -> new KgPerWeek(kg("-1"), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new HoldSecondsPerWeek(5, 601));
        assertThatIllegalArgumentException().isThrownBy(() -> new HoldSecondsPerWeek(0, null));
    }

    private static String repsAndLoad(int week, BaseDose base, ProgressionRule rule) {
        Dose dose = ungated(week, base, rule);
        return dose.reps() + " @ " + dose.loadKg().toPlainString();
    }
}
