package app.keel.program.plan;

import app.keel.exercise.ExerciseCategory;
import app.keel.program.DeloadRow;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.Dose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's program as their phone shows it on one day ({@code date}): that day's items and what is coming.
 * {@code deloadPercent} is the share of the usual amount on a deload day (null on a normal day).
 * {@code needsAttention} means the stored program could not be turned into doses: the page says so, shows no items,
 * and asks the client to check with their practitioner.
 */
public record MyProgram(long id, String title, ProgramKind kind, String goal, ProgramStatus status,
                        LocalDate startDate, LocalDate endDate, LocalDate date, boolean scheduledToday,
                        boolean deloadToday, Integer deloadPercent, LocalDate nextSession, List<Item> today,
                        List<DeloadRow> upcomingDeloads, boolean needsAttention) {

    public static final String ATTENTION_TEXT = "We could not work out today's amounts for this program. Please "
            + "let your practitioner know; until they have looked at it, take it easy and do only what felt "
            + "comfortable last time.";

    public static final String PAUSED_TEXT = "This program is paused for now, so there is nothing to do from it. "
            + "Your practitioner will let you know when it starts again; keep up your daily habits if they feel good.";

    public boolean paused() {
        return status == ProgramStatus.PAUSED;
    }

    /**
     * One item due on {@code date}: the dose in words and as numbers (to prefill a log), the prescribed sets (a log
     * may not claim far more), the time of day it is anchored to, if any, what it is for and in which position, and
     * on an easier day what is reduced ({@code easierBy}, null when nothing is), who the exercise may not suit, and
     * its library category.
     */
    public record Item(long prescriptionId, String exercise, String dose, Dose numbers, int prescribedSets,
                       String timeAnchor, List<String> cues, String stopRule, String instructions, String position,
                       String purpose, String easierBy, String precautions, ExerciseCategory category) {

        /**
         * A daily-rhythm item done several times a day (decompression breaks, a sitting break): the client counts
         * them with a gentle "+1" instead of logging a session.
         */
        public boolean countedThroughTheDay() {
            return category != null && category.isRecovery() && numbers != null && numbers.timesPerDay() != null
                    && numbers.timesPerDay() >= 2;
        }

        /** What one of them is called on the counter: "breaks" for rest items, else "times". */
        public String countWord() {
            return category == ExerciseCategory.REST ? "breaks" : "times";
        }

        /** The lines a client reads under the dose, in this order; absent parts are left out. */
        public List<String> details() {
            List<String> lines = new ArrayList<>();
            if (easierBy != null) {
                lines.add("Easier today: " + easierBy + ".");
            }
            if (purpose != null) {
                lines.add("Why: " + purpose);
            }
            if (position != null) {
                lines.add("Position: " + position);
            }
            if (instructions != null && !instructions.isBlank()) {
                lines.add(instructions);
            }
            if (precautions != null) {
                lines.add("Take care: " + precautions);
            }
            return lines;
        }
    }
}
