package app.keel.program.dosage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BaseDoseTest {

    @Test
    void every_part_accepts_the_ends_of_its_range() {
        assertThat(new BaseDose(1, 1, 1, BigDecimal.ZERO, 1, 1)).isNotNull();
        assertThat(new BaseDose(20, 100, 600, new BigDecimal("500"), 240, 24)).isNotNull();
    }

    @Test
    void parts_that_do_not_apply_are_null() {
        BaseDose plank = new BaseDose(3, null, 30, null, null, null);
        assertThat(plank.reps()).isNull();
        assertThat(plank.loadKg()).isNull();
    }

    @Test
    void values_outside_the_ranges_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(0, 10, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(21, 10, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(3, 0, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(3, 101, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(3, null, 601, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(3, 10, null, new BigDecimal("-0.5"), null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(3, 10, null, new BigDecimal("500.1"), null, null))
                .withMessageContaining("0–500 kg");
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(1, null, null, null, 241, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new BaseDose(1, null, null, null, 10, 25));
    }
}
