package app.keel.progress;

import app.keel.logbook.adherence.DayTally;

import java.time.LocalDate;

/**
 * One day of a client's progress: what was scheduled and done, the day's mean effort (RPE) over logged items, and
 * the check-in's scores (null without a check-in).
 */
public record DayPoint(LocalDate date, int scheduled, int done, int partly, int skipped, Double meanRpe,
                       Integer worstPain, Integer painNow, Integer stiffness, Integer sleepQuality, Integer stress,
                       Integer confidence, boolean flareUp) {

    public DayTally tally() {
        return new DayTally(date, scheduled, done, partly, skipped);
    }
}
