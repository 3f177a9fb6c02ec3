package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.None;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Applies a rule a given number of steps, in closed form: the grid asks for all 52 weeks of 30 items at once, and a
 * closed form gives the same answer whichever week is asked first.
 */
final class Progression {

    // Plenty of digits for 52 compounding steps; a fixed context keeps doseOn and plan bit-for-bit identical.
    private static final MathContext MATH = MathContext.DECIMAL64;

    private Progression() {
    }

    static Target apply(BaseDose base, ProgressionRule rule, int steps) {
        Target unchanged = Target.of(base, loadCeiling(loadCap(rule), base.loadKg()));
        BigDecimal load = base.loadKg();
        return switch (rule) {
            case None none -> unchanged;
            case PercentLoadPerWeek p -> load == null ? unchanged : capped(unchanged,
                    load.multiply(BigDecimal.ONE.add(p.percent().movePointLeft(2)).pow(steps, MATH), MATH));
            case KgPerWeek k -> load == null ? unchanged : capped(unchanged,
                    load.add(k.kg().multiply(BigDecimal.valueOf(steps))));
            case DoubleProgression d -> load == null || base.reps() == null ? unchanged
                    : doubleProgression(unchanged, d, steps);
            case HoldSecondsPerWeek h -> base.holdSeconds() == null ? unchanged
                    : unchanged.withHold(Math.min(base.holdSeconds() + h.seconds() * steps,
                    holdCeiling(h.capSeconds(), base.holdSeconds())));
        };
    }

    /**
     * A load cap bounds the item's load even where its rule cannot progress it (double progression on an item without
     * reps): the practitioner set the cap for that item, and rounding must not step over it there either.
     */
    private static BigDecimal loadCap(ProgressionRule rule) {
        return switch (rule) {
            case PercentLoadPerWeek p -> p.capKg();
            case KgPerWeek k -> k.capKg();
            case DoubleProgression d -> d.capKg();
            case None none -> null;
            case HoldSecondsPerWeek h -> null;
        };
    }

    private static Target capped(Target unchanged, BigDecimal progressed) {
        return unchanged.withLoad(progressed.min(unchanged.loadCeilingKg()));
    }

    /**
     * Reps climb one per step from the prescribed reps up to the ceiling; the step after that adds one load step and
     * goes back to the floor, and each later pass through the band [floor, ceiling] adds another. Week 0 is always
     * the prescription itself: reps below the floor climb to it a rep at a time, reps above the ceiling stay until the
     * first load step. Load steps are whole 0.5 kg plates on top of the rounded base load, and only steps that fit
     * under the cap are taken: once none fits, the reps stay at the ceiling (or the higher prescribed reps) instead of
     * dropping back to the floor, so the dose never goes down.
     */
    private static Target doubleProgression(Target unchanged, DoubleProgression d, int steps) {
        BigDecimal ceiling = unchanged.loadCeilingKg();
        BigDecimal startLoad = Loads.round(unchanged.loadKg(), ceiling);
        long startHalves = Loads.halves(startLoad, RoundingMode.UNNECESSARY);
        long stepHalves = Loads.halves(d.loadStepKg(), RoundingMode.UNNECESSARY);
        long maxLoadSteps = (Loads.halves(ceiling, RoundingMode.FLOOR) - startHalves) / stepHalves;

        int baseReps = unchanged.reps();
        int climb = Math.max(0, d.repCeiling() - baseReps);
        long loadSteps;
        int reps;
        if (steps <= climb) {
            loadSteps = 0;
            reps = baseReps + steps;
        } else {
            int afterFirstLoad = steps - climb - 1;
            loadSteps = 1 + afterFirstLoad / d.cycle();
            reps = d.repFloor() + afterFirstLoad % d.cycle();
        }
        if (loadSteps > maxLoadSteps) {
            loadSteps = maxLoadSteps;
            reps = Math.max(d.repCeiling(), baseReps);
        }
        return unchanged.withRepsAndLoad(reps, Loads.fromHalves(startHalves + loadSteps * stepHalves));
    }

    /** The cap bounds progression but never cuts a base load that was prescribed above it. */
    private static BigDecimal loadCeiling(BigDecimal capKg, BigDecimal baseKg) {
        return capKg == null || baseKg == null ? DoseLimits.MAX_LOAD_KG : capKg.max(baseKg);
    }

    private static int holdCeiling(Integer capSeconds, int baseSeconds) {
        return capSeconds == null ? DoseLimits.MAX_HOLD_SECONDS : Math.max(capSeconds, baseSeconds);
    }
}
