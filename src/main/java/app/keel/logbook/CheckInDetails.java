package app.keel.logbook;

import java.time.LocalDate;

/** A saved check-in as screens show it; {@code editable} is false once the day after has passed. */
public record CheckInDetails(long id, LocalDate date, int painNow, int worstPain, int stiffness, int sleepQuality,
                          int stress, int confidence, boolean flareUp, String note, long version, boolean editable) {
}
