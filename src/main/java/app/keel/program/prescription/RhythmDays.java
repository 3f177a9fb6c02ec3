package app.keel.program.prescription;

import app.keel.exercise.ExerciseCategory;
import app.keel.program.dosage.ProgramCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When an item is due. Training items follow the program's days; daily-rhythm items (breath, rest and habits) follow
 * their own: every day of the program's weeks, or the weekdays the practitioner chose (docs/clinical-rules.md).
 */
public final class RhythmDays {

    private RhythmDays() {
    }

    /** Stored as day names ("MONDAY,THURSDAY"); empty or null means every day. */
    public static Set<DayOfWeek> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    static String format(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() || days.size() == 7 ? null
                : EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    /** Whether the item is due on {@code date} of a running program. */
    public static boolean dueOn(LocalDate date, ProgramCalendar calendar, ExerciseCategory category, String stored) {
        if (category == null || !category.isRecovery()) {
            return calendar.isScheduled(date);
        }
        Set<DayOfWeek> days = parse(stored);
        return calendar.weekOf(date).isPresent() && (days.isEmpty() || days.contains(date.getDayOfWeek()));
    }
}
