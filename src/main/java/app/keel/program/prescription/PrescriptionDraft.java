package app.keel.program.prescription;

import app.keel.base.DoseRange;
import app.keel.exercise.LoadKind;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgressionKind;
import app.keel.program.Side;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** One prescription row as edited in the grid. The ranges are the server's, whatever the cell editor allowed. */
public class PrescriptionDraft {

    public static final String DEFAULT_STOP_RULE = "End the set when your form starts to slip.";

    @DoseRange.Sets
    private int sets = 2;
    @DoseRange.Reps
    private Integer reps;
    @DoseRange.HoldSeconds
    private Integer holdSeconds;
    @DoseRange.RestSeconds
    private Integer restSeconds;
    @Size(max = 20, message = "Use at most 20 characters, e.g. 3-1-3-0.")
    private String tempo;
    @NotNull
    private LoadKind loadKind = LoadKind.BODYWEIGHT;
    @DecimalMin(value = "0", message = "Load: 0 to 500 kg.") @DecimalMax(value = "500", message = "Load: 0 to 500 kg.")
    @Digits(integer = 3, fraction = 1, message = "Load: 0 to 500 kg, in steps of 0.1.")
    private BigDecimal loadKg;
    @Size(max = 40, message = "Use at most 40 characters.")
    private String band;
    @Min(value = 0, message = "Effort (RPE): 0 to 10.") @Max(value = 10, message = "Effort (RPE): 0 to 10.")
    private Integer targetRpe;
    @NotNull
    private Side side = Side.BOTH;
    @Size(max = 500, message = "Use at most 500 characters.")
    private String cues;
    @Size(max = 200, message = "Use at most 200 characters.")
    private String stopRule = DEFAULT_STOP_RULE;
    @Size(max = 120, message = "Use at most 120 characters.")
    private String restPosition;
    @DoseRange.Minutes
    private Integer minutes;
    @DoseRange.TimesPerDay
    private Integer timesPerDay;
    @Size(max = 200, message = "Use at most 200 characters.")
    private String purpose;
    @Size(max = 200, message = "Use at most 200 characters.")
    private String timeAnchors;
    /** Null: the program's rule applies. The numbers are checked against the kind by {@code ProgramRules}. */
    private ProgressionKind progressionKind;
    @DecimalMin(value = "0.5", message = "Give at least 0.5.") @DecimalMax(value = "120", message = "Give at most 120.")
    private BigDecimal progressionAmount;
    @DecimalMin(value = "0", message = "The cap is 0 to 500.") @DecimalMax(value = "500", message = "The cap is 0 to 500.")
    private BigDecimal progressionCap;
    @Min(value = 1, message = "Reps: 1 to 100.") @Max(value = 100, message = "Reps: 1 to 100.")
    private Integer repFloor;
    @Min(value = 1, message = "Reps: 1 to 100.") @Max(value = 100, message = "Reps: 1 to 100.")
    private Integer repCeiling;
    @NotNull
    private LoadEquipment loadEquipment = LoadEquipment.FINE;
    /** A daily-rhythm item's own weekdays; empty: every day. Training items ignore it. */
    private Set<DayOfWeek> rhythmDays = EnumSet.noneOf(DayOfWeek.class);

    public int getSets() { return sets; }
    public void setSets(int sets) { this.sets = sets; }
    public Integer getReps() { return reps; }
    public void setReps(Integer reps) { this.reps = reps; }
    public Integer getHoldSeconds() { return holdSeconds; }
    public void setHoldSeconds(Integer holdSeconds) { this.holdSeconds = holdSeconds; }
    public Integer getRestSeconds() { return restSeconds; }
    public void setRestSeconds(Integer restSeconds) { this.restSeconds = restSeconds; }
    public String getTempo() { return tempo; }
    public void setTempo(String tempo) { this.tempo = tempo; }
    public LoadKind getLoadKind() { return loadKind; }
    public void setLoadKind(LoadKind loadKind) { this.loadKind = loadKind; }
    public BigDecimal getLoadKg() { return loadKg; }
    public void setLoadKg(BigDecimal loadKg) { this.loadKg = loadKg; }
    public String getBand() { return band; }
    public void setBand(String band) { this.band = band; }
    public Integer getTargetRpe() { return targetRpe; }
    public void setTargetRpe(Integer targetRpe) { this.targetRpe = targetRpe; }
    public Side getSide() { return side; }
    public void setSide(Side side) { this.side = side; }
    public String getCues() { return cues; }
    public void setCues(String cues) { this.cues = cues; }
    public String getStopRule() { return stopRule; }
    public void setStopRule(String stopRule) { this.stopRule = stopRule; }
    public String getRestPosition() { return restPosition; }
    public void setRestPosition(String restPosition) { this.restPosition = restPosition; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Integer getTimesPerDay() { return timesPerDay; }
    public void setTimesPerDay(Integer timesPerDay) { this.timesPerDay = timesPerDay; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getTimeAnchors() { return timeAnchors; }
    public void setTimeAnchors(String timeAnchors) { this.timeAnchors = timeAnchors; }
    public ProgressionKind getProgressionKind() { return progressionKind; }
    public void setProgressionKind(ProgressionKind progressionKind) { this.progressionKind = progressionKind; }
    public BigDecimal getProgressionAmount() { return progressionAmount; }
    public void setProgressionAmount(BigDecimal progressionAmount) { this.progressionAmount = progressionAmount; }
    public BigDecimal getProgressionCap() { return progressionCap; }
    public void setProgressionCap(BigDecimal progressionCap) { this.progressionCap = progressionCap; }
    public Integer getRepFloor() { return repFloor; }
    public void setRepFloor(Integer repFloor) { this.repFloor = repFloor; }
    public Integer getRepCeiling() { return repCeiling; }
    public void setRepCeiling(Integer repCeiling) { this.repCeiling = repCeiling; }
    public LoadEquipment getLoadEquipment() { return loadEquipment; }
    public void setLoadEquipment(LoadEquipment loadEquipment) { this.loadEquipment = loadEquipment; }
    public Set<DayOfWeek> getRhythmDays() { return rhythmDays; }
    public void setRhythmDays(Set<DayOfWeek> rhythmDays) { this.rhythmDays = rhythmDays; }
}
