package app.keel.program;

import app.keel.program.dosage.DeloadReason;

import java.time.LocalDate;

/** A deload period as the editor lists it. */
public record DeloadRow(long id, LocalDate startDate, LocalDate endDate, int volumePercent, int intensityPercent,
                        DeloadReason reason, long version) {

    public static DeloadRow of(Deload d) {
        return new DeloadRow(d.getId(), d.getStartDate(), d.getEndDate(), d.getVolumePercent(),
                d.getIntensityPercent(), d.getReason(), d.getVersion());
    }
}
