package app.keel.program;

import app.keel.base.AbstractEntity;
import app.keel.program.dosage.DeloadReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A deload period of a program, generated from its rule or set by hand. */
@Entity
@Table(name = "deload_period")
public class Deload extends AbstractEntity {

    private long studioId;
    private long programId;
    private LocalDate startDate;
    private LocalDate endDate;
    private int volumePercent;
    private int intensityPercent;
    @Enumerated(EnumType.STRING)
    private DeloadReason reason;
    @Version
    private long version;

    protected Deload() {
    }

    Deload(long studioId, long programId, LocalDate startDate, LocalDate endDate, int volumePercent,
                  int intensityPercent, DeloadReason reason) {
        this.studioId = studioId;
        this.programId = programId;
        set(startDate, endDate, volumePercent, intensityPercent, reason);
    }

    void set(LocalDate startDate, LocalDate endDate, int volumePercent, int intensityPercent, DeloadReason reason) {
        this.startDate = startDate;
        this.endDate = endDate;
        this.volumePercent = volumePercent;
        this.intensityPercent = intensityPercent;
        this.reason = reason;
    }

    public long getStudioId() { return studioId; }
    public long getProgramId() { return programId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getVolumePercent() { return volumePercent; }
    public int getIntensityPercent() { return intensityPercent; }
    public DeloadReason getReason() { return reason; }
    public long getVersion() { return version; }
}
