package app.keel.exercise;

import app.keel.base.DoseRange;
import app.keel.base.InputRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A studio exercise as typed in the form; checked again by {@link ExerciseService}. Cues and faults: one per line. */
public class ExerciseDraft {

    @NotBlank(message = "Please name the exercise.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
    private String name = "";
    @NotNull(message = "Please choose a category.")
    private ExerciseCategory category = ExerciseCategory.STABILITY;
    @NotBlank(message = "Please give a focus, e.g. multifidus or hip hinge.")
    @Size(max = 60, message = "Use at most 60 characters.")
    @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
    private String focus = "";
    @NotBlank(message = "Please describe how to do it.")
    @Size(max = 2000, message = "Use at most 2000 characters.")
    private String instructions = "";
    @NotBlank(message = "Give at least one cue.")
    @Size(max = 1000, message = "Use at most 1000 characters.")
    private String cues = "";
    @Size(max = 1000, message = "Use at most 1000 characters.")
    private String commonFaults = "";
    @Size(max = 500, message = "Use at most 500 characters.")
    private String precautions = "";
    private boolean oneSided;
    @DoseRange.Sets
    private Integer sets;
    @DoseRange.Reps
    private Integer reps;
    @DoseRange.HoldSeconds
    private Integer holdSeconds;
    @DoseRange.RestSeconds
    private Integer restSeconds;
    @DoseRange.Minutes
    private Integer minutes;
    @DoseRange.TimesPerDay
    private Integer timesPerDay;
    @Size(max = 80, message = "Use at most 80 characters.")
    private String equipment = "";
    @Min(value = 1, message = "Difficulty: 1 to 5.") @Max(value = 5, message = "Difficulty: 1 to 5.")
    private int difficulty = 1;
    @Size(max = 500, message = "Use at most 500 characters.")
    @Pattern(regexp = "(https?://\\S+)?", message = "Give a full web address starting with https://, or leave it empty.")
    private String mediaUrl = "";

    public static ExerciseDraft of(Exercise e) {
        ExerciseDraft d = new ExerciseDraft();
        d.name = e.getName();
        d.category = e.getCategory();
        d.focus = e.getFocus();
        d.instructions = e.getInstructions();
        d.cues = String.join("\n", e.getCues());
        d.commonFaults = String.join("\n", e.getCommonFaults());
        d.precautions = e.getPrecautions() == null ? "" : e.getPrecautions();
        d.oneSided = e.isOneSided();
        d.setFullDosage(e.getDosage());
        d.equipment = e.getEquipment() == null ? "" : e.getEquipment();
        d.difficulty = e.getDifficulty();
        d.mediaUrl = e.getMediaUrl() == null ? "" : e.getMediaUrl();
        return d;
    }

    /** Tempo, load kind, position and time of day are kept from the library entry; the form edits the numbers. */
    private Dosage kept = Dosage.NONE;

    Dosage dosage() {
        return new Dosage(sets, reps, holdSeconds, restSeconds, kept.tempo(), kept.loadKind(), minutes, timesPerDay,
                kept.position(), kept.timeOfDay());
    }

    void setFullDosage(Dosage dosage) {
        kept = dosage;
        sets = dosage.sets();
        reps = dosage.reps();
        holdSeconds = dosage.holdSeconds();
        restSeconds = dosage.restSeconds();
        minutes = dosage.minutes();
        timesPerDay = dosage.timesPerDay();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ExerciseCategory getCategory() { return category; }
    public void setCategory(ExerciseCategory category) { this.category = category; }
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = focus; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public String getCues() { return cues; }
    public void setCues(String cues) { this.cues = cues; }
    public String getCommonFaults() { return commonFaults; }
    public String getPrecautions() { return precautions; }
    public void setPrecautions(String precautions) { this.precautions = precautions; }
    public boolean isOneSided() { return oneSided; }
    public void setOneSided(boolean oneSided) { this.oneSided = oneSided; }
    public void setCommonFaults(String commonFaults) { this.commonFaults = commonFaults; }
    public Integer getSets() { return sets; }
    public void setSets(Integer sets) { this.sets = sets; }
    public Integer getReps() { return reps; }
    public void setReps(Integer reps) { this.reps = reps; }
    public Integer getHoldSeconds() { return holdSeconds; }
    public void setHoldSeconds(Integer holdSeconds) { this.holdSeconds = holdSeconds; }
    public Integer getRestSeconds() { return restSeconds; }
    public void setRestSeconds(Integer restSeconds) { this.restSeconds = restSeconds; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Integer getTimesPerDay() { return timesPerDay; }
    public void setTimesPerDay(Integer timesPerDay) { this.timesPerDay = timesPerDay; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public int getDifficulty() { return difficulty; }
    public void setDifficulty(int difficulty) { this.difficulty = difficulty; }
    public String getMediaUrl() { return mediaUrl; }
    public void setMediaUrl(String mediaUrl) { this.mediaUrl = mediaUrl; }
}
