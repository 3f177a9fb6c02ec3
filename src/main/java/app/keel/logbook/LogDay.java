package app.keel.logbook;

import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.adherence.DayTally;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/** One day of a client's log as the practitioner's grid shows it. Pain and flare-up are null without a check-in. */
public record LogDay(LocalDate date, int scheduled, int done, int partly, int skipped, int itemNotes,
                     Integer worstPain, Boolean flareUp, String checkInNote) {

    public OptionalDouble adherence() {
        return Adherence.percent(scheduled, done, partly);
    }

    public DayTally tally() {
        return new DayTally(date, scheduled, done, partly, skipped);
    }

    public boolean hasLogs() {
        return done + partly + skipped > 0;
    }

    /** How many day rows a date range holds (both ends included). */
    public static int daysBetween(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    static LogDay of(Object[] row) {
        return new LogDay(localDate(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), row[6] == null ? null : number(row[6]), (Boolean) row[7],
                (String) row[8]);
    }

    /** Native queries give java.sql.Date or LocalDate depending on the Hibernate version; accept both. */
    static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
