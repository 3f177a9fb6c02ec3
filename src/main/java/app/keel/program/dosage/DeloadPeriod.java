package app.keel.program.dosage;

import java.time.LocalDate;

/**
 * A date range (inclusive) at reduced volume: {@code volumePercent} is the share of the normal dose kept, 60 meaning
 * "at 60 %". An end before the start is accepted here, because periods are edited by hand and {@link DeloadPlan}
 * names that mistake to the practitioner; such a period covers no day.
 */
public record DeloadPeriod(LocalDate start, LocalDate end, int volumePercent, DeloadReason reason) {

    public DeloadPeriod {
        if (start == null || end == null || reason == null) {
            throw new IllegalArgumentException("a deload period needs a start, an end and a reason");
        }
        DoseLimits.requireIn("deload volume percent", volumePercent, 10, 100);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
