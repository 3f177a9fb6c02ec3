package app.keel.logbook;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** How one scheduled item went on one day. One row per item and day (a unique constraint keeps it so). */
@Entity
public class ItemLog extends AbstractEntity {

    private long studioId;
    private long clientId;
    private long programId;
    private long prescriptionId;
    private LocalDate logDate;
    @Enumerated(EnumType.STRING)
    private LogOutcome outcome;
    private Integer setsDone;
    private Integer repsDone;
    private Integer holdSeconds;
    private BigDecimal loadKg;
    private Integer rpe;
    private Boolean formHeld;
    private Integer painDuring;
    private String note;
    private Instant loggedAt;
    @Version
    private long version;

    protected ItemLog() {
    }

    public ItemLog(long studioId, long clientId, long programId, long prescriptionId, LocalDate logDate) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.programId = programId;
        this.prescriptionId = prescriptionId;
        this.logDate = logDate;
    }

    public void apply(ItemLogDraft d, Instant now) {
        outcome = d.getOutcome();
        setsDone = d.getSetsDone();
        repsDone = d.getRepsDone();
        holdSeconds = d.getHoldSeconds();
        loadKg = d.getLoadKg();
        rpe = d.getRpe();
        formHeld = d.getFormHeld();
        painDuring = d.getPainDuring();
        note = d.cleanNote();
        loggedAt = now;
    }

    public long getStudioId() { return studioId; }
    public long getClientId() { return clientId; }
    public long getProgramId() { return programId; }
    public long getPrescriptionId() { return prescriptionId; }
    public LocalDate getLogDate() { return logDate; }
    public LogOutcome getOutcome() { return outcome; }
    public Integer getSetsDone() { return setsDone; }
    public Integer getRepsDone() { return repsDone; }
    public Integer getHoldSeconds() { return holdSeconds; }
    public BigDecimal getLoadKg() { return loadKg; }
    public Integer getRpe() { return rpe; }
    public Boolean getFormHeld() { return formHeld; }
    public Integer getPainDuring() { return painDuring; }
    public String getNote() { return note; }
    public Instant getLoggedAt() { return loggedAt; }
    public long getVersion() { return version; }
}
