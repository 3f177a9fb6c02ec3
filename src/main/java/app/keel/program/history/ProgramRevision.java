package app.keel.program.history;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One numbered, immutable snapshot of a running program. */
@Entity
@Immutable
class ProgramRevision extends AbstractEntity {

    private long studioId;
    private long programId;
    private int number;
    private String snapshot;
    private String createdBy;
    private Instant createdAt;

    protected ProgramRevision() {
    }

    ProgramRevision(long studioId, long programId, int number, String snapshot, String createdBy, Instant createdAt) {
        this.studioId = studioId;
        this.programId = programId;
        this.number = number;
        this.snapshot = snapshot;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getProgramId() { return programId; }
    int getNumber() { return number; }
    String getSnapshot() { return snapshot; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
}
