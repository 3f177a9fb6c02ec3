package app.keel.account;

import java.util.Optional;

/**
 * Length is what makes a password strong; composition rules only make people write them down.
 * 8–128 characters of any kind, counted as characters a person sees (code points), not bytes, and not one of the
 * passwords attackers try first (NIST SP 800-63B 5.1.1.2; OWASP ASVS V2.1.7).
 */
public final class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Please choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("Use at least " + MIN + " characters. A short sentence you remember works well.");
        }
        if (length > MAX) {
            return Optional.of("Use at most " + MAX + " characters.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("This is one of the most used passwords, so it is guessed first. "
                    + "Choose another; a short sentence you remember works well.");
        }
        return Optional.empty();
    }
}
