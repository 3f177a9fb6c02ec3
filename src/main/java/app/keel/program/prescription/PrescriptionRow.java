package app.keel.program.prescription;

import app.keel.base.DoseFormat;
import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.LoadKind;
import app.keel.program.Side;

import java.math.BigDecimal;

/** A row of the program editor's grid: the item and its exercise's name. */
public record PrescriptionRow(long id, int position, long exerciseId, String exerciseName, ExerciseCategory category,
                              int sets, Integer reps, Integer holdSeconds, Integer restSeconds, String tempo,
                              LoadKind loadKind, BigDecimal loadKg, String band, Integer targetRpe, Side side,
                              String cues, String stopRule, String restPosition, Integer minutes, Integer timesPerDay,
                              String purpose, String timeAnchors, long version) {

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
        return d;
    }
}
