package app.keel.program;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Days a program was paused (end null while still paused): the progression clock stops for them. */
@Entity
@Table(name = "program_pause")
public class ProgramPause extends AbstractEntity {

    private long studioId;
    private long programId;
    private LocalDate startDate;
    private LocalDate endDate;

    protected ProgramPause() {
    }

    ProgramPause(long studioId, long programId, LocalDate startDate) {
        this.studioId = studioId;
        this.programId = programId;
        this.startDate = startDate;
    }

    /** Resumed on {@code resumed}: the pause covered the days up to the one before. */
    void endBefore(LocalDate resumed) {
        endDate = resumed.minusDays(1);
    }

    public long getStudioId() { return studioId; }
    public long getProgramId() { return programId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
