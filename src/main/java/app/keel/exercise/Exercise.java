package app.keel.exercise;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

/**
 * One exercise of the library: built in (no studio, a stable code, read-only) or a studio's own.
 * Ladder neighbours (easier/harder) are kept as ids.
 */
@Entity
public class Exercise extends AbstractEntity {

    private Long studioId;
    private String code;
    private Integer libraryVersion;
    private String name;
    @Enumerated(EnumType.STRING)
    private ExerciseCategory category;
    private String focus;
    private String instructions;
    private String cues;
    private String commonFaults;
    @Embedded
    private Dosage dosage;
    private String equipment;
    private int difficulty;
    private Long easierId;
    private Long harderId;
    private String mediaUrl;
    private String precautions;
    private boolean oneSided;
    private Long copiedFromId;
    private String updatedBy;
    @Version
    private long version;

    protected Exercise() {
    }

    static Exercise builtIn(String code) {
        Exercise e = new Exercise();
        e.code = code;
        return e;
    }

    static Exercise forStudio(long studioId) {
        Exercise e = new Exercise();
        e.studioId = studioId;
        return e;
    }

    void apply(ExerciseDraft d, String editor) {
        name = d.getName().strip();
        category = d.getCategory();
        focus = d.getFocus().strip().toLowerCase(java.util.Locale.ROOT);
        instructions = d.getInstructions().strip();
        cues = joinLines(d.getCues());
        commonFaults = joinLines(d.getCommonFaults());
        dosage = d.dosage();
        equipment = blankToNull(d.getEquipment());
        difficulty = d.getDifficulty();
        mediaUrl = blankToNull(d.getMediaUrl());
        precautions = blankToNull(d.getPrecautions());
        oneSided = d.isOneSided();
        updatedBy = editor;
    }

    void linkLadder(Long easier, Long harder) {
        easierId = easier;
        harderId = harder;
    }

    void markCopyOf(Exercise original) {
        copiedFromId = original.getId();
        easierId = original.easierId;
        harderId = original.harderId;
    }

    void setLibraryVersion(int libraryVersion) {
        this.libraryVersion = libraryVersion;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String joinLines(String text) {
        String joined = String.join("\n", lines(text));
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isBuiltIn() {
        return studioId == null;
    }

    public Long getStudioId() {
        return studioId;
    }

    public String getCode() {
        return code;
    }

    public Integer getLibraryVersion() {
        return libraryVersion;
    }

    public String getName() {
        return name;
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public String getFocus() {
        return focus;
    }

    public String getInstructions() {
        return instructions;
    }

    public List<String> getCues() {
        return lines(cues);
    }

    public List<String> getCommonFaults() {
        return lines(commonFaults);
    }

    public Dosage getDosage() {
        return dosage == null ? Dosage.NONE : dosage;
    }

    public String getEquipment() {
        return equipment;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public Long getEasierId() {
        return easierId;
    }

    public Long getHarderId() {
        return harderId;
    }

    /** Done one side at a time: the client reads "each side". */
    public boolean isOneSided() {
        return oneSided;
    }

    public String getPrecautions() {
        return precautions;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
