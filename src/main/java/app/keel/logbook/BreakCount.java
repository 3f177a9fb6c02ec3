package app.keel.logbook;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** How many times a "times a day" rhythm item was done on one day. One row per item and day. */
@Entity
class BreakCount extends AbstractEntity {

    private long studioId;
    private long clientId;
    private long programId;
    private long prescriptionId;
    private LocalDate logDate;
    private int timesDone;
    private Instant updatedAt;
    @Version
    private long version;

    protected BreakCount() {
    }

    BreakCount(long studioId, long clientId, long programId, long prescriptionId, LocalDate logDate) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.programId = programId;
        this.prescriptionId = prescriptionId;
        this.logDate = logDate;
    }

    void count(int times, Instant now) {
        timesDone = times;
        updatedAt = now;
    }

    long getPrescriptionId() { return prescriptionId; }
    int getTimesDone() { return timesDone; }
}
