package app.keel.account;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class RolesConverterTest {

    private final RolesConverter converter = new RolesConverter();

    @Test
    void several_roles_round_trip_in_a_stable_order() {
        String column = converter.convertToDatabaseColumn(EnumSet.of(Role.PRACTITIONER, Role.STUDIO_ADMIN));
        assertThat(column).isEqualTo("STUDIO_ADMIN,PRACTITIONER");
        assertThat(converter.convertToEntityAttribute(column)).containsExactly(Role.STUDIO_ADMIN, Role.PRACTITIONER);
    }

    @Test
    void an_empty_column_means_no_role() {
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
