package app.keel.program.dosage;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The weekly rhythm of a program: on which days the client trains, and how many sessions on each of them. */
public record Schedule(Set<DayOfWeek> days, int sessionsPerDay) {

    public Schedule {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        // An EnumSet keeps isScheduled cheap on the engine's hot path; the unmodifiable view keeps the record immutable.
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        DoseLimits.requireIn("sessions per day", sessionsPerDay, 1, 6);
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }
}
