package app.keel.logbook;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** The head of a client's log for staff: adherence over the last 7 and 28 days and the last day anything came in. */
public record LogSummary(String clientName, LocalDate today, OptionalDouble adherence7, OptionalDouble adherence28,
                         LocalDate lastLogged) {
}
