package app.keel.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A saved item log as screens show it. */
public record ItemLogDetails(long id, long prescriptionId, String exercise, LocalDate date, LogOutcome outcome,
                          Integer setsDone, Integer repsDone, Integer holdSeconds, BigDecimal loadKg, Integer rpe,
                          Boolean formHeld, Integer painDuring, String note, long version) {

    static ItemLogDetails of(ItemLog l, String exercise) {
        return new ItemLogDetails(l.getId(), l.getPrescriptionId(), exercise, l.getLogDate(), l.getOutcome(),
                l.getSetsDone(), l.getRepsDone(), l.getHoldSeconds(), l.getLoadKg(), l.getRpe(), l.getFormHeld(),
                l.getPainDuring(), l.getNote(), l.getVersion());
    }
}
