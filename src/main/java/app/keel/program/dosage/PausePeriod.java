package app.keel.program.dosage;

import java.time.LocalDate;

/**
 * Days a program was paused, inclusive; {@code end} null while it is still paused. The progression clock stops for
 * them: a week touched by a pause, and the week after it, are never progression steps (see {@link Timeline}).
 */
public record PausePeriod(LocalDate start, LocalDate end) {

    public PausePeriod {
        if (start == null) {
            throw new IllegalArgumentException("a pause needs a start");
        }
    }

    /** Whether any day from {@code from} to {@code to} (inclusive) was paused. */
    boolean touches(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
