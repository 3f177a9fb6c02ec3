package app.keel.program.prescription;

import app.keel.base.AbstractEntity;
import app.keel.exercise.LoadKind;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgressionKind;
import app.keel.program.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** One item of a program: an exercise with its base dose, cues and stop rule, or a rest/habit item. */
@Entity
public class Prescription extends AbstractEntity {

    private long studioId;
    private long programId;
    private long exerciseId;
    private int position;
    private int sets;
    private Integer reps;
    private Integer holdSeconds;
    private Integer restSeconds;
    private String tempo;
    @Enumerated(EnumType.STRING)
    private LoadKind loadKind = LoadKind.BODYWEIGHT;
    private BigDecimal loadKg;
    private String band;
    private Integer targetRpe;
    @Enumerated(EnumType.STRING)
    private Side side = Side.BOTH;
    private String cues;
    private String stopRule;
    private String restPosition;
    private Integer minutes;
    private Integer timesPerDay;
    private String purpose;
    private String timeAnchors;
    @Enumerated(EnumType.STRING)
    private ProgressionKind progressionKind;
    private BigDecimal progressionAmount;
    private BigDecimal progressionCap;
    private Integer repFloor;
    private Integer repCeiling;
    @Enumerated(EnumType.STRING)
    private LoadEquipment loadEquipment = LoadEquipment.FINE;
    private String rhythmDays;
    private boolean retired;
    @Version
    private long version;

    protected Prescription() {
    }

    Prescription(long studioId, long programId, long exerciseId, int position) {
        this.studioId = studioId;
        this.programId = programId;
        this.exerciseId = exerciseId;
        this.position = position;
    }

    void apply(PrescriptionDraft d) {
        sets = d.getSets();
        reps = d.getReps();
        holdSeconds = d.getHoldSeconds();
        restSeconds = d.getRestSeconds();
        tempo = blankToNull(d.getTempo());
        loadKind = d.getLoadKind();
        loadKg = d.getLoadKind() == LoadKind.KG ? d.getLoadKg() : null;
        band = d.getLoadKind() == LoadKind.BAND ? blankToNull(d.getBand()) : null;
        targetRpe = d.getTargetRpe();
        side = d.getSide();
        cues = blankToNull(d.getCues());
        stopRule = blankToNull(d.getStopRule());
        restPosition = blankToNull(d.getRestPosition());
        minutes = d.getMinutes();
        timesPerDay = d.getTimesPerDay();
        purpose = blankToNull(d.getPurpose());
        timeAnchors = blankToNull(d.getTimeAnchors());
        // No kind: the program's rule applies, and stale numbers of an earlier own rule are not kept.
        ItemRule rule = ItemRule.of(d);
        progressionKind = rule.kind();
        progressionAmount = rule.amount();
        progressionCap = rule.cap();
        repFloor = rule.repFloor();
        repCeiling = rule.repCeiling();
        loadEquipment = d.getLoadEquipment() == null ? LoadEquipment.FINE : d.getLoadEquipment();
        rhythmDays = RhythmDays.format(d.getRhythmDays());
    }

    /** Taken out of a running program; kept so that logs and past revisions still refer to a real item. */
    void retire() {
        retired = true;
        position = -1;
    }

    void moveTo(int position) {
        this.position = position;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getStudioId() { return studioId; }
    public long getProgramId() { return programId; }
    public long getExerciseId() { return exerciseId; }
    public int getPosition() { return position; }
    public int getSets() { return sets; }
    public Integer getReps() { return reps; }
    public Integer getHoldSeconds() { return holdSeconds; }
    public Integer getRestSeconds() { return restSeconds; }
    public String getTempo() { return tempo; }
    public LoadKind getLoadKind() { return loadKind; }
    public BigDecimal getLoadKg() { return loadKg; }
    public String getBand() { return band; }
    public Integer getTargetRpe() { return targetRpe; }
    public Side getSide() { return side; }
    public String getCues() { return cues; }
    public String getStopRule() { return stopRule; }
    public String getRestPosition() { return restPosition; }
    public Integer getMinutes() { return minutes; }
    public Integer getTimesPerDay() { return timesPerDay; }
    public String getPurpose() { return purpose; }
    public String getTimeAnchors() { return timeAnchors; }
    public LoadEquipment getLoadEquipment() { return loadEquipment; }
    /** A daily-rhythm item's own weekdays (see {@link RhythmDays}); null: every day. */
    public String getRhythmDays() { return rhythmDays; }
    public long getVersion() { return version; }

    /** The item's own progression rule, empty when the program's rule applies. */
    public java.util.Optional<ItemRule> ownRule() {
        return progressionKind == null ? java.util.Optional.empty() : java.util.Optional.of(
                new ItemRule(progressionKind, progressionAmount, progressionCap, repFloor, repCeiling));
    }
}
