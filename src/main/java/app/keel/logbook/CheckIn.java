package app.keel.logbook;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A client's daily symptom scores. One per client and day (a unique constraint keeps it so). */
@Entity
public class CheckIn extends AbstractEntity {

    private long studioId;
    private long clientId;
    private LocalDate checkDate;
    private int painNow;
    private int worstPain;
    private int stiffness;
    private int sleepQuality;
    private int stress;
    private int confidence;
    private boolean flareUp;
    private String note;
    private Instant savedAt;
    @Version
    private long version;

    protected CheckIn() {
    }

    public CheckIn(long studioId, long clientId, LocalDate checkDate) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.checkDate = checkDate;
    }

    public void apply(CheckInDraft d, Instant now) {
        painNow = d.getPainNow();
        worstPain = d.getWorstPain();
        stiffness = d.getStiffness();
        sleepQuality = d.getSleepQuality();
        stress = d.getStress();
        confidence = d.getConfidence();
        flareUp = d.isFlareUp();
        note = d.cleanNote();
        savedAt = now;
    }

    CheckInDetails view(boolean editable) {
        return new CheckInDetails(getId(), checkDate, painNow, worstPain, stiffness, sleepQuality, stress, confidence,
                flareUp, note, version, editable);
    }

    public long getStudioId() { return studioId; }
    public long getClientId() { return clientId; }
    public LocalDate getCheckDate() { return checkDate; }
    public int getPainNow() { return painNow; }
    public int getWorstPain() { return worstPain; }
    public int getStiffness() { return stiffness; }
    public int getSleepQuality() { return sleepQuality; }
    public int getStress() { return stress; }
    public int getConfidence() { return confidence; }
    public boolean isFlareUp() { return flareUp; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
