package app.keel.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** One way of writing a dose, whichever screen shows it. */
class DoseFormatTest {

    @Test
    void the_compact_form_names_sets_reps_holds_minutes_and_times_a_day() {
        assertThat(DoseFormat.compact(3, 8, null, null, null)).isEqualTo("3 × 8");
        assertThat(DoseFormat.compact(2, null, 10, null, null)).isEqualTo("2 × hold 10 s");
        assertThat(DoseFormat.compact(3, 8, 2, null, null)).isEqualTo("3 × 8, hold 2 s");
        assertThat(DoseFormat.compact(1, null, null, 5, 3)).isEqualTo("5 min, 3× a day");
        assertThat(DoseFormat.compact(3, null, null, null, null)).isEqualTo("3 sets");
        assertThat(DoseFormat.compact(null, 10, null, null, null)).as("a library suggestion without sets")
                .isEqualTo("10 reps");
        assertThat(DoseFormat.compact(null, null, null, null, 4)).isEqualTo("4× a day");
        assertThat(DoseFormat.compact(null, null, null, null, null)).isEmpty();
    }

    @Test
    void loads_drop_trailing_zeros() {
        assertThat(DoseFormat.kg(new BigDecimal("20.0"))).isEqualTo("20 kg");
        assertThat(DoseFormat.kg(new BigDecimal("22.5"))).isEqualTo("22.5 kg");
    }
}
