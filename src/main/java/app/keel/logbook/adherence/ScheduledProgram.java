package app.keel.logbook.adherence;

import app.keel.program.dosage.ProgramCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A program as adherence sees it: when it runs and how many items each of its days holds. Only running and
 * completed programs schedule anything (a draft was never given to the client; while paused nothing is expected).
 */
public record ScheduledProgram(long programId, ProgramCalendar calendar, int items) {

    public int scheduledOn(LocalDate date) {
        return calendar.isScheduled(date) ? items : 0;
    }

    /** Items scheduled on {@code date} over all of a client's programs. */
    public static int scheduledOn(LocalDate date, Collection<ScheduledProgram> programs) {
        int total = 0;
        for (ScheduledProgram p : programs) {
            total += p.scheduledOn(date);
        }
        return total;
    }

    /**
     * One tally per day from {@code from} to {@code to} (inclusive): scheduled items from the programs, outcomes
     * from the logs ({@code logged} holds done, partly, skipped per day).
     */
    public static List<DayTally> tallies(LocalDate from, LocalDate to, Collection<ScheduledProgram> programs,
                                         Map<LocalDate, int[]> logged) {
        List<DayTally> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int[] counts = logged.getOrDefault(d, new int[3]);
            days.add(new DayTally(d, scheduledOn(d, programs), counts[0], counts[1], counts[2]));
        }
        return days;
    }
}
