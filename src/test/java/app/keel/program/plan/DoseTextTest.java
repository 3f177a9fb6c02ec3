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
        assertThat(DoseText.of(dose(3, 8, null, "22.5", null, null), LoadKind.KG, null, Side.BOTH))
                .isEqualTo("3 × 8 · 22.5 kg");
        assertThat(DoseText.of(dose(2, null, 10, null, null, null), LoadKind.BODYWEIGHT, null, Side.LEFT))
                .isEqualTo("2 × hold 10 s · left");
        assertThat(DoseText.of(dose(1, null, null, null, 5, 3), LoadKind.BODYWEIGHT, null, Side.BOTH))
                .isEqualTo("5 min, 3× a day");
        assertThat(DoseText.of(dose(2, 10, null, null, null, null), LoadKind.BAND, "green", Side.BOTH))
                .isEqualTo("2 × 10 · green band");
        assertThat(DoseText.of(dose(3, 8, null, null, null, null), LoadKind.KG, null, Side.BOTH))
                .isEqualTo("3 × 8 · load not set");
    }

    @Test
    void clients_get_whole_words() {
        assertThat(DoseText.inWords(dose(3, 8, null, "20", null, null), LoadKind.KG, null, Side.BOTH))
                .isEqualTo("3 sets of 8 · 20 kg");
        assertThat(DoseText.inWords(dose(1, null, 30, null, null, null), LoadKind.BODYWEIGHT, null, Side.BOTH))
                .isEqualTo("1 set, hold 30 seconds");
        assertThat(DoseText.inWords(dose(2, 6, 10, null, null, 3), LoadKind.BODYWEIGHT, null, Side.BOTH))
                .isEqualTo("2 sets of 6, hold 10 s, 3× a day");
    }

    private static Dose dose(int sets, Integer reps, Integer hold, String kg, Integer minutes, Integer perDay) {
        return new Dose(sets, reps, hold, kg == null ? null : new BigDecimal(kg), minutes, perDay, false, 0);
    }
}
