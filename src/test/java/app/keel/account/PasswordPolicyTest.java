package app.keel.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void eight_to_128_characters_pass_whatever_they_are_made_of() {
        assertThat(PasswordPolicy.problem("abcdefgh")).isEmpty();
        assertThat(PasswordPolicy.problem("        ")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem("密码密码密码密码")).isEmpty();
    }

    @Test
    void length_is_counted_in_characters_not_bytes_or_utf16_units() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units, four UTF-8 bytes
        assertThat(PasswordPolicy.problem(emoji.repeat(8))).isEmpty();
        assertThat(PasswordPolicy.problem(emoji.repeat(7))).contains(
                "Use at least 8 characters. A short sentence you remember works well.");
        assertThat(PasswordPolicy.problem(emoji.repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem(emoji.repeat(129))).contains("Use at most 128 characters.");
    }

    @Test
    void empty_or_short_passwords_are_refused_with_a_reason() {
        assertThat(PasswordPolicy.problem(null)).contains("Please choose a password.");
        assertThat(PasswordPolicy.problem("")).contains("Please choose a password.");
        assertThat(PasswordPolicy.problem("1234567")).isPresent();
    }

    @Test
    void the_most_used_passwords_are_refused_whatever_their_case() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        String message = "This is one of the most used passwords, so it is guessed first. "
                + "Choose another; a short sentence you remember works well.";
        assertThat(PasswordPolicy.problem("qwertyuiop")).contains(message);
        assertThat(PasswordPolicy.problem("Password1")).contains(message);
        assertThat(PasswordPolicy.problem("1q2w3e4r5t")).contains(message);
        assertThat(PasswordPolicy.problem("correct horse battery")).isEmpty();
    }
}
