package app.keel.program.dosage;

import java.time.LocalDate;

/**
 * A date range (inclusive) at reduced dose: {@code volumePercent} is the share of the usual volume kept (sets, or the
 * reps, hold or minutes of a single set), {@code intensityPercent} the share of the usual load kept; 60 means "at
 * 60 %". They are separate because a practitioner may keep the weight and cut sets, or the other way round. An end
 * before the start is accepted here, because periods are edited by hand and {@link DeloadPlan} names that mistake to
 * the practitioner; such a period covers no day.
 */
public record DeloadPeriod(LocalDate start, LocalDate end, int volumePercent, int intensityPercent,
                           DeloadReason reason) {

    public DeloadPeriod {
        if (start == null || end == null || reason == null) {
            throw new IllegalArgumentException("a deload period needs a start, an end and a reason");
        }
        DoseLimits.requireIn("deload volume percent", volumePercent, 10, 100);
        DoseLimits.requireIn("deload intensity percent", intensityPercent, 10, 100);
    }

    /** Volume and load reduced alike. */
    public DeloadPeriod(LocalDate start, LocalDate end, int percent, DeloadReason reason) {
        this(start, end, percent, percent, reason);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
