package app.keel.program;

import app.keel.exercise.ExerciseCategory;
import app.keel.exercise.LoadKind;
import app.keel.program.dosage.BaseDose;
import app.keel.program.dosage.Course;
import app.keel.program.dosage.DeloadPeriod;
import app.keel.program.dosage.DeloadRule;
import app.keel.program.dosage.PausePeriod;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.ProgressionGate;
import app.keel.program.dosage.ProgressionRule;
import app.keel.program.prescription.ItemRule;
import app.keel.program.prescription.Prescription;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.studio.LoadSteps;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Translates stored programs into the dosage engine's plain values (the engine knows nothing of JPA). */
public final class EngineInputs {

    private EngineInputs() {
    }

    public static ProgramCalendar calendar(Program p) {
        return p.calendar();
    }

    public static ProgressionRule rule(Program p) {
        return rule(p.getProgressionKind(), p.getProgressionAmount(), p.getProgressionCap(), p.getRepFloor(),
                p.getRepCeiling());
    }

    /** The item's own rule where it has one, else the program's (docs/clinical-rules.md, "Load steps"). */
    public static ProgressionRule rule(Program p, Optional<ItemRule> own) {
        return own.map(r -> rule(r.kind(), r.amount(), r.cap(), r.repFloor(), r.repCeiling())).orElseGet(() -> rule(p));
    }

    private static ProgressionRule rule(ProgressionKind kind, BigDecimal amount, BigDecimal cap, Integer repFloor,
                                        Integer repCeiling) {
        return switch (kind) {
            case NONE -> ProgressionRule.NONE;
            case PERCENT_LOAD -> new ProgressionRule.PercentLoadPerWeek(amount, cap);
            case KG_LOAD -> new ProgressionRule.KgPerWeek(amount, cap);
            case DOUBLE_PROGRESSION -> new ProgressionRule.DoubleProgression(required(repFloor, "rep floor"),
                    required(repCeiling, "rep ceiling"), amount, cap);
            case HOLD_SECONDS -> new ProgressionRule.HoldSecondsPerWeek(required(amount, "seconds").intValue(),
                    cap == null ? null : cap.intValue());
        };
    }

    /** A stored rule missing a number it needs is refused like any invalid rule: "this program needs attention". */
    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    /** The real step of the item's equipment in this studio; null for fine 0.5 kg steps. */
    public static BigDecimal increment(LoadEquipment equipment, LoadSteps steps) {
        return switch (equipment == null ? LoadEquipment.FINE : equipment) {
            case FINE -> null;
            case DUMBBELL -> steps.dumbbellKg();
            case KETTLEBELL -> steps.kettlebellKg();
            case BARBELL -> steps.barbellKg();
        };
    }

    public static ProgressionGate gate(Program p) {
        return p.isGateEnabled() ? new ProgressionGate(p.getGateMinAdherence(), p.getGatePainRise())
                : ProgressionGate.OFF;
    }

    public static Optional<DeloadRule> deloadRule(Program p) {
        return p.getDeloadEveryNthWeek() == null || p.getDeloadVolumePercent() == null ? Optional.empty()
                : Optional.of(new DeloadRule(p.getDeloadEveryNthWeek(), p.getDeloadVolumePercent(),
                p.getDeloadIntensityPercent() == null ? p.getDeloadVolumePercent() : p.getDeloadIntensityPercent()));
    }

    public static BaseDose base(Prescription item) {
        BigDecimal load = item.getLoadKind() == LoadKind.KG ? item.getLoadKg() : null;
        return new BaseDose(item.getSets(), item.getReps(), item.getHoldSeconds(), load, item.getMinutes(),
                item.getTimesPerDay());
    }

    public static BaseDose base(PrescriptionRow item) {
        BigDecimal load = item.loadKind() == LoadKind.KG ? item.loadKg() : null;
        return new BaseDose(item.sets(), item.reps(), item.holdSeconds(), load, item.minutes(), item.timesPerDay());
    }

    /**
     * Deloads, pauses and the graded return of a program. A stored return the rules would refuse (older rows, hand
     * edits) raises IllegalArgumentException, which the pages turn into "this program needs attention".
     */
    public static Course course(Program p, List<Deload> deloads, List<ProgramPause> pauses) {
        List<Integer> ramp = FlareReturn.parse(p.getFlareReturnPercents()).orElseThrow(() ->
                new IllegalArgumentException("graded return after a flare-up is not valid: "
                        + p.getFlareReturnPercents()));
        return new Course(periods(deloads), pauses.stream()
                .map(x -> new PausePeriod(x.getStartDate(), x.getEndDate())).toList(), ramp);
    }

    /**
     * An item as the engine sees it: its own rule or the program's, its equipment's real step in this studio, and
     * whether it is recovery (breath, rest and daily-habit items are the recovery itself: deloads leave them whole).
     */
    public static PlanItem item(Program p, Prescription item, ExerciseCategory category, LoadSteps steps) {
        return new PlanItem(base(item), rule(p, item.ownRule()), category != null && category.isRecovery(),
                increment(item.getLoadEquipment(), steps));
    }

    public static PlanItem item(Program p, PrescriptionRow row, LoadSteps steps) {
        return new PlanItem(base(row), rule(p, row.ownRule()), row.category() != null && row.category().isRecovery(),
                increment(row.loadEquipment(), steps));
    }

    public static List<DeloadPeriod> periods(List<Deload> deloads) {
        return deloads.stream().map(d -> new DeloadPeriod(d.getStartDate(), d.getEndDate(), d.getVolumePercent(),
                d.getIntensityPercent(), d.getReason())).toList();
    }
}
