package app.keel.base;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputRulesTest {

    @Test
    void like_patterns_take_the_users_wildcards_literally() {
        assertThat(InputRules.likePattern(null)).isEqualTo("%%");
        assertThat(InputRules.likePattern("  Anna ")).isEqualTo("%anna%");
        assertThat(InputRules.likePattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void violations_become_one_message_per_field() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Named bad = new Named();
        bad.name = "<script>";
        assertThatThrownBy(() -> InputRules.check(validator, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactlyEntriesOf(java.util.Map.of("name", InputRules.PLAIN_TEXT_MESSAGE)));
        bad.name = "Plain name";
        InputRules.check(validator, bad);
    }

    static class Named {
        @NotBlank
        @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
        String name;
    }
}
