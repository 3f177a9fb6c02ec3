package app.keel.program.prescription;

import app.keel.base.DoseFormat;
import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.LoadKind;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgressionKind;
import app.keel.program.Side;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A row of the program editor's grid: the item and its exercise's name, its own progression rule (null kind: the
 * program's), the equipment its load steps by, and whether the exercise is done one side at a time.
 * {@code programVersion} is the program's version when the row was read: the editor keeps the one returned by
 * its own change, so its next add or settings save is checked against it.
 */
public record PrescriptionRow(long id, int position, long exerciseId, String exerciseName, ExerciseCategory category,
                              int sets, Integer reps, Integer holdSeconds, Integer restSeconds, String tempo,
                              LoadKind loadKind, BigDecimal loadKg, String band, Integer targetRpe, Side side,
                              String cues, String stopRule, String restPosition, Integer minutes, Integer timesPerDay,
                              String purpose, String timeAnchors, ProgressionKind progressionKind,
                              BigDecimal progressionAmount, BigDecimal progressionCap, Integer repFloor,
                              Integer repCeiling, LoadEquipment loadEquipment, boolean oneSided, String rhythmDays,
                              long version, long programVersion) {

    /** An item that follows the program's rule and steps in 0.5 kg (sample sheets, older callers). */
    public PrescriptionRow(long id, int position, long exerciseId, String exerciseName, ExerciseCategory category,
                           int sets, Integer reps, Integer holdSeconds, Integer restSeconds, String tempo,
                           LoadKind loadKind, BigDecimal loadKg, String band, Integer targetRpe, Side side,
                           String cues, String stopRule, String restPosition, Integer minutes, Integer timesPerDay,
                           String purpose, String timeAnchors, long version) {
        this(id, position, exerciseId, exerciseName, category, sets, reps, holdSeconds, restSeconds, tempo, loadKind,
                loadKg, band, targetRpe, side, cues, stopRule, restPosition, minutes, timesPerDay, purpose,
                timeAnchors, null, null, null, null, null, LoadEquipment.FINE, false, null, version, 0);
    }

    /** The item's own rule, empty when the program's rule applies. */
    public Optional<ItemRule> ownRule() {
        return progressionKind == null ? Optional.empty()
                : Optional.of(new ItemRule(progressionKind, progressionAmount, progressionCap, repFloor, repCeiling));
    }

    public boolean isRecovery() {
        return category == ExerciseCategory.REST || category == ExerciseCategory.HABIT;
    }

    public String loadText() {
        return switch (loadKind) {
            case BODYWEIGHT -> "Bodyweight";
            case KG -> loadKg == null ? "— kg" : DoseFormat.kg(loadKg);
            case BAND -> band == null ? "Band" : "Band: " + band;
        };
    }

    public PrescriptionDraft toDraft() {
        PrescriptionDraft d = new PrescriptionDraft();
        d.setSets(sets);
        d.setReps(reps);
        d.setHoldSeconds(holdSeconds);
        d.setRestSeconds(restSeconds);
        d.setTempo(tempo);
        d.setLoadKind(loadKind);
        d.setLoadKg(loadKg);
        d.setBand(band);
        d.setTargetRpe(targetRpe);
        d.setSide(side);
        d.setCues(cues);
        d.setStopRule(stopRule);
        d.setRestPosition(restPosition);
        d.setMinutes(minutes);
        d.setTimesPerDay(timesPerDay);
        d.setPurpose(purpose);
        d.setTimeAnchors(timeAnchors);
        d.setProgressionKind(progressionKind);
        d.setProgressionAmount(progressionAmount);
        d.setProgressionCap(progressionCap);
        d.setRepFloor(repFloor);
        d.setRepCeiling(repCeiling);
        d.setLoadEquipment(loadEquipment);
        d.setRhythmDays(RhythmDays.parse(rhythmDays));
        return d;
    }
}
