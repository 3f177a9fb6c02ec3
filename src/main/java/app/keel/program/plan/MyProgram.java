package app.keel.program.plan;

import app.keel.program.DeloadRow;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.Dose;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's program as their phone shows it on one day ({@code date}): that day's items and what is coming.
 * {@code deloadPercent} is the share of the usual amount on a deload day (null on a normal day).
 */
public record MyProgram(long id, String title, ProgramKind kind, String goal, ProgramStatus status,
                        LocalDate startDate, LocalDate endDate, LocalDate date, boolean scheduledToday,
                        boolean deloadToday, Integer deloadPercent, LocalDate nextSession, List<Item> today,
                        List<DeloadRow> upcomingDeloads) {

    /**
     * One item due on {@code date}: the dose in words and as numbers (to prefill a log), the prescribed sets (a log
     * may not claim far more), and the time of day it is anchored to, if any.
     */
    public record Item(long prescriptionId, String exercise, String dose, Dose numbers, int prescribedSets,
                       String timeAnchor, List<String> cues, String stopRule, String instructions) {
    }
}
