package app.keel.program.dosage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * When a program runs. Program weeks count from the start date, not from Mondays: week {@code i} (0-based) covers
 * {@code start + 7i} to {@code start + 7i + 6}, so a program that starts on a Thursday has Thursday-to-Wednesday weeks.
 */
public record ProgramCalendar(LocalDate start, int weeks, Schedule schedule) {

    public static final int MAX_WEEKS = 52;

    public ProgramCalendar {
        if (start == null || schedule == null) {
            throw new IllegalArgumentException("a program calendar needs a start date and a schedule");
        }
        DoseLimits.requireIn("program length in weeks", weeks, 1, MAX_WEEKS);
    }

    /** The last day of the program (inclusive). */
    public LocalDate end() {
        return start.plusDays(7L * weeks - 1);
    }

    /** The 0-based program week containing {@code date}; empty before the start or after the end. */
    public OptionalInt weekOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        if (days < 0 || days >= 7L * weeks) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (days / 7));
    }

    public boolean isScheduled(LocalDate date) {
        return weekOf(date).isPresent() && schedule.includes(date.getDayOfWeek());
    }

    /** The first day of program week {@code week} (0-based). */
    public LocalDate weekStart(int week) {
        requireWeek(week);
        return start.plusDays(7L * week);
    }

    void requireWeek(int week) {
        if (week < 0 || week >= weeks) {
            throw new IllegalArgumentException("week " + week + " is outside this " + weeks + "-week program");
        }
    }
}
