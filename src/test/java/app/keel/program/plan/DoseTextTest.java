package app.keel.program.plan;

import app.keel.exercise.LoadKind;
import app.keel.program.Side;
import app.keel.program.dosage.Dose;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DoseTextTest {

    @Test
    void practitioners_get_the_compact_form() {
        assertThat(DoseText.of(dose(3, 8, null, "22.5", null, null), LoadKind.KG, null, Side.BOTH, false))
                .isEqualTo("3 × 8 · 22.5 kg");
        assertThat(DoseText.of(dose(2, null, 10, null, null, null), LoadKind.BODYWEIGHT, null, Side.LEFT, false))
                .isEqualTo("2 × hold 10 s · left");
        assertThat(DoseText.of(dose(1, null, null, null, 5, 3), LoadKind.BODYWEIGHT, null, Side.BOTH, false))
                .isEqualTo("5 min, 3× a day");
        assertThat(DoseText.of(dose(2, 10, null, null, null, null), LoadKind.BAND, "green", Side.BOTH, false))
                .isEqualTo("2 × 10 · green band");
        assertThat(DoseText.of(dose(3, 8, null, null, null, null), LoadKind.KG, null, Side.BOTH, false))
                .isEqualTo("3 × 8 · load not set");
    }

    @Test
    void clients_get_whole_words() {
        assertThat(DoseText.inWords(dose(3, 8, null, "20", null, null), LoadKind.KG, null, Side.BOTH, false))
                .isEqualTo("3 sets of 8 · 20 kg");
        assertThat(DoseText.inWords(dose(1, null, 30, null, null, null), LoadKind.BODYWEIGHT, null, Side.BOTH, false))
                .isEqualTo("1 set, hold 30 seconds");
        assertThat(DoseText.inWords(dose(2, 6, 10, null, null, 3), LoadKind.BODYWEIGHT, null, Side.BOTH, false))
                .isEqualTo("2 sets of 6, hold 10 seconds each, 3 times a day");
        assertThat(DoseText.inWords(dose(1, null, null, null, 20, 1), LoadKind.BODYWEIGHT, null, Side.BOTH, false))
                .as("a walk").isEqualTo("20 minutes, once a day");
        assertThat(DoseText.inWords(dose(2, 10, null, null, null, null), LoadKind.BODYWEIGHT, null, Side.LEFT, false))
                .isEqualTo("2 sets of 10 · left side only");
    }

    @Test
    void an_exercise_done_one_side_at_a_time_says_each_side_unless_one_side_is_prescribed() {
        assertThat(DoseText.inWords(dose(2, 10, null, null, null, null), LoadKind.BODYWEIGHT, null, Side.BOTH, true))
                .isEqualTo("2 sets of 10, each side");
        assertThat(DoseText.of(dose(2, 10, null, null, null, null), LoadKind.BODYWEIGHT, null, Side.BOTH, true))
                .isEqualTo("2 × 10 · each side");
        assertThat(DoseText.inWords(dose(3, null, 20, null, null, null), LoadKind.BODYWEIGHT, null, Side.LEFT, true))
                .isEqualTo("3 sets, hold 20 seconds · left side only");
        assertThat(DoseText.of(dose(3, 8, null, "12", null, null), LoadKind.KG, null, Side.RIGHT, true))
                .isEqualTo("3 × 8 · 12 kg · right");
    }

    @Test
    void multi_set_minutes_items_keep_their_rounds_in_both_forms() {
        assertThat(DoseText.of(dose(3, null, null, "16", 1, null), LoadKind.KG, null, Side.BOTH, false))
                .isEqualTo("3 × 1 min · 16 kg");
        assertThat(DoseText.inWords(dose(3, null, null, "16", 1, null), LoadKind.KG, null, Side.BOTH, false))
                .as("a carry").isEqualTo("3 rounds of 1 minute · 16 kg");
    }

    @Test
    void an_easier_day_says_what_actually_changes() {
        assertThat(DoseText.deloadChange(dose(2, 8, null, "12", null, null), dose(3, 8, null, "20", null, null)))
                .isEqualTo("2 sets instead of 3, a lighter weight (12 kg instead of 20 kg)");
        assertThat(DoseText.deloadChange(dose(2, null, null, "9.5", 2, null), dose(3, null, null, "16", 2, null)))
                .isEqualTo("2 rounds instead of 3, a lighter weight (9.5 kg instead of 16 kg)");
        assertThat(DoseText.deloadChange(dose(1, null, null, null, 3, null), dose(1, null, null, null, 5, null)))
                .isEqualTo("3 minutes instead of 5");
        assertThat(DoseText.deloadChange(dose(2, null, null, null, 5, 3), dose(2, null, null, null, 5, 3)))
                .as("a recovery item keeps its dose").isEmpty();
    }

    private static Dose dose(int sets, Integer reps, Integer hold, String kg, Integer minutes, Integer perDay) {
        return new Dose(sets, reps, hold, kg == null ? null : new BigDecimal(kg), minutes, perDay, false, 0);
    }
}
