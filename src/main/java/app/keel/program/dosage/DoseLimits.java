package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * The absolute ranges of a prescription. The base dose, the caps of progression rules and the engine all use
 * these, so no progression or rounding can take a dose outside what a practitioner could have typed in.
 * Violations here are programming errors (the service layer validates user input first, with friendly messages),
 * hence plain {@link IllegalArgumentException}s.
 */
public final class DoseLimits {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_TIMES_PER_DAY = 24;
    public static final BigDecimal MAX_LOAD_KG = new BigDecimal("500");

    private DoseLimits() {
    }

    static void requireIn(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + "–" + max + ", was " + value);
        }
    }

    static void requireInOrNull(String what, Integer value, int min, int max) {
        if (value != null) {
            requireIn(what, value, min, max);
        }
    }

    /** A load in kg: null (not applicable) or 0–500. */
    static void requireLoadOrNull(String what, BigDecimal kg) {
        if (kg != null && (kg.signum() < 0 || kg.compareTo(MAX_LOAD_KG) > 0)) {
            throw new IllegalArgumentException(what + " must be 0–500 kg, was " + kg.toPlainString());
        }
    }

    /** A strictly positive amount no larger than {@code max}. */
    static void requirePositive(String what, BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be above 0 and at most " + max.toPlainString()
                    + ", was " + (value == null ? "missing" : value.toPlainString()));
        }
    }
}
