package app.keel.logbook;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a client tells about one item on one day. Only the outcome is required; the details are optional.
 * {@code expectedVersion} is the version the phone last saw (null for a first log), so a stale second phone is
 * caught instead of overwriting.
 */
public class ItemLogDraft {

    @NotNull(message = "Choose done, partly or skipped.")
    private LogOutcome outcome;
    @Min(value = 0, message = "Sets done cannot be below 0.")
    private Integer setsDone;
    @Min(value = 0, message = "Reps: 0 to 200.") @Max(value = 200, message = "Reps: 0 to 200.")
    private Integer repsDone;
    @Min(value = 0, message = "Hold: 0 to 3600 seconds.") @Max(value = 3600, message = "Hold: 0 to 3600 seconds.")
    private Integer holdSeconds;
    @DecimalMin(value = "0", message = "Load: 0 to 500 kg.") @DecimalMax(value = "500", message = "Load: 0 to 500 kg.")
    @Digits(integer = 3, fraction = 1, message = "Load: 0 to 500 kg, in steps of 0.1.")
    private BigDecimal loadKg;
    @Score(message = "Effort: choose a number from 0 to 10.")
    private Integer rpe;
    private Boolean formHeld;
    @Score(message = "Pain during: choose a number from 0 to 10.")
    private Integer painDuring;
    @Size(max = 500, message = "Please keep the note under 500 characters.")
    private String note;
    private Long expectedVersion;

    public static ItemLogDraft of(LogOutcome outcome) {
        ItemLogDraft d = new ItemLogDraft();
        d.outcome = outcome;
        return d;
    }

    /** Same content as a saved log (a resent request from a slow network changes nothing). */
    boolean sameAs(ItemLog log) {
        return outcome == log.getOutcome() && Objects.equals(setsDone, log.getSetsDone())
                && Objects.equals(repsDone, log.getRepsDone()) && Objects.equals(holdSeconds, log.getHoldSeconds())
                && (loadKg == null ? log.getLoadKg() == null
                : log.getLoadKg() != null && loadKg.compareTo(log.getLoadKg()) == 0)
                && Objects.equals(rpe, log.getRpe()) && Objects.equals(formHeld, log.getFormHeld())
                && Objects.equals(painDuring, log.getPainDuring()) && Objects.equals(cleanNote(), log.getNote());
    }

    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public LogOutcome getOutcome() { return outcome; }
    public void setOutcome(LogOutcome outcome) { this.outcome = outcome; }
    public Integer getSetsDone() { return setsDone; }
    public void setSetsDone(Integer setsDone) { this.setsDone = setsDone; }
    public Integer getRepsDone() { return repsDone; }
    public void setRepsDone(Integer repsDone) { this.repsDone = repsDone; }
    public Integer getHoldSeconds() { return holdSeconds; }
    public void setHoldSeconds(Integer holdSeconds) { this.holdSeconds = holdSeconds; }
    public BigDecimal getLoadKg() { return loadKg; }
    public void setLoadKg(BigDecimal loadKg) { this.loadKg = loadKg; }
    public Integer getRpe() { return rpe; }
    public void setRpe(Integer rpe) { this.rpe = rpe; }
    public Boolean getFormHeld() { return formHeld; }
    public void setFormHeld(Boolean formHeld) { this.formHeld = formHeld; }
    public Integer getPainDuring() { return painDuring; }
    public void setPainDuring(Integer painDuring) { this.painDuring = painDuring; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getExpectedVersion() { return expectedVersion; }
    public void setExpectedVersion(Long expectedVersion) { this.expectedVersion = expectedVersion; }
}
