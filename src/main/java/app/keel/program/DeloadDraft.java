package app.keel.program;

import app.keel.program.dosage.DeloadReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A deload period as typed by hand. */
public record DeloadDraft(
        @NotNull(message = "Choose the first day.") LocalDate startDate,
        @NotNull(message = "Choose the last day.") LocalDate endDate,
        @Min(value = 10, message = "10 to 100 % of the normal volume.")
        @Max(value = 100, message = "10 to 100 % of the normal volume.") int volumePercent,
        @Min(value = 10, message = "10 to 100 % of the normal weight.")
        @Max(value = 100, message = "10 to 100 % of the normal weight.") int intensityPercent,
        @NotNull(message = "Choose a reason.") DeloadReason reason) {

    /** Sets and weight reduced alike. */
    public DeloadDraft(LocalDate startDate, LocalDate endDate, int percent, DeloadReason reason) {
        this(startDate, endDate, percent, percent, reason);
    }
}
