package app.keel.logbook;

import app.keel.exercise.ExerciseCategory;
import app.keel.program.Program;
import app.keel.program.prescription.RhythmDays;

import java.time.LocalDate;

/**
 * An item the signed-in client may log, with its program, the log of the day if there is one (or null), and its times
 * a day (null when it has none).
 */
record LoggableItem(long prescriptionId, int prescribedSets, Program program, ItemLog existing, Integer timesPerDay,
                    ExerciseCategory category, String rhythmDays) {

    /** Training items on the program's days, daily-rhythm items on their own ({@link RhythmDays}). */
    boolean dueOn(LocalDate date) {
        return RhythmDays.dueOn(date, program.calendar(), category, rhythmDays);
    }
}
