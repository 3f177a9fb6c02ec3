package app.keel.logbook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/** The daily check-in as the client fills it in. Every score is required: a blank is not a zero. */
public class CheckInDraft {

    @NotNull(message = "Please choose your pain right now (0 to 10).")
    @Score(message = "Pain now: choose a number from 0 to 10.")
    private Integer painNow;
    @NotNull(message = "Please choose your worst pain in the last 24 hours (0 to 10).")
    @Score(message = "Worst pain: choose a number from 0 to 10.")
    private Integer worstPain;
    @NotNull(message = "Please choose how stiff you feel (0 to 10).")
    @Score(message = "Stiffness: choose a number from 0 to 10.")
    private Integer stiffness;
    @NotNull(message = "Please choose how well you slept (0 to 10).")
    @Score(message = "Sleep: choose a number from 0 to 10.")
    private Integer sleepQuality;
    @NotNull(message = "Please choose how stressed you feel (0 to 10).")
    @Score(message = "Stress: choose a number from 0 to 10.")
    private Integer stress;
    @NotNull(message = "Please choose how confident you feel moving (0 to 10).")
    @Score(message = "Confidence: choose a number from 0 to 10.")
    private Integer confidence;
    private boolean flareUp;
    @Size(max = 500, message = "Please keep the note under 500 characters.")
    private String note;
    private Long expectedVersion;

    boolean sameAs(CheckIn c) {
        return Objects.equals(painNow, c.getPainNow()) && Objects.equals(worstPain, c.getWorstPain())
                && Objects.equals(stiffness, c.getStiffness()) && Objects.equals(sleepQuality, c.getSleepQuality())
                && Objects.equals(stress, c.getStress()) && Objects.equals(confidence, c.getConfidence())
                && flareUp == c.isFlareUp() && Objects.equals(cleanNote(), c.getNote());
    }

    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public static CheckInDraft of(CheckInDetails saved) {
        CheckInDraft d = new CheckInDraft();
        d.painNow = saved.painNow();
        d.worstPain = saved.worstPain();
        d.stiffness = saved.stiffness();
        d.sleepQuality = saved.sleepQuality();
        d.stress = saved.stress();
        d.confidence = saved.confidence();
        d.flareUp = saved.flareUp();
        d.note = saved.note();
        d.expectedVersion = saved.version();
        return d;
    }

    public Integer getPainNow() { return painNow; }
    public void setPainNow(Integer painNow) { this.painNow = painNow; }
    public Integer getWorstPain() { return worstPain; }
    public void setWorstPain(Integer worstPain) { this.worstPain = worstPain; }
    public Integer getStiffness() { return stiffness; }
    public void setStiffness(Integer stiffness) { this.stiffness = stiffness; }
    public Integer getSleepQuality() { return sleepQuality; }
    public void setSleepQuality(Integer sleepQuality) { this.sleepQuality = sleepQuality; }
    public Integer getStress() { return stress; }
    public void setStress(Integer stress) { this.stress = stress; }
    public Integer getConfidence() { return confidence; }
    public void setConfidence(Integer confidence) { this.confidence = confidence; }
    public boolean isFlareUp() { return flareUp; }
    public void setFlareUp(boolean flareUp) { this.flareUp = flareUp; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getExpectedVersion() { return expectedVersion; }
    public void setExpectedVersion(Long expectedVersion) { this.expectedVersion = expectedVersion; }
}
