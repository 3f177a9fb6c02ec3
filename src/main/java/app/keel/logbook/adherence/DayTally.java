package app.keel.logbook.adherence;

import java.time.LocalDate;

/** One day of one client: how many items were scheduled and how the logged ones went. */
public record DayTally(LocalDate day, int scheduled, int done, int partly, int skipped) {

    public DayTally {
        if (scheduled < 0 || done < 0 || partly < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
