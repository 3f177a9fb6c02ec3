package app.keel.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Server-side validation shared by services: Bean Validation first, then each service's own rules. */
public final class InputRules {

    /** Names are plain text: angle brackets would only ever be an attempt at markup. */
    public static final String PLAIN_TEXT = "[^<>]*";
    public static final String PLAIN_TEXT_MESSAGE = "Please leave out the characters < and >.";

    private InputRules() {
    }

    public static Map<String, String> violations(Validator validator, Object bean) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<? extends ConstraintViolation<?>> violations = validator.validate(bean);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    public static void check(Validator validator, Object bean) {
        Map<String, String> errors = violations(validator, bean);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A case-insensitive "contains" pattern for LIKE ... ESCAPE '\', with the user's wildcards taken literally. */
    public static String likePattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
