package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.None;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntFunction;

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
        return apply(base, rule, null, steps);
    }

    /**
     * {@code incrementKg} non-null: the item's equipment comes in real steps (docs/clinical-rules.md, "Load steps"). A
     * load rule then moves by whole increments from the prescribed load, takes an increment only once the rule has
     * earned all of it, and never more than one increment per step; double progression's load step is one increment.
     */
    static Target apply(BaseDose base, ProgressionRule rule, BigDecimal incrementKg, int steps) {
        Target unchanged = Target.of(base, loadCeiling(loadCap(rule), base.loadKg()), incrementKg);
        BigDecimal load = base.loadKg();
        if (incrementKg != null && load != null) {
            switch (rule) {
                case PercentLoadPerWeek p -> {
                    return unchanged.withLoad(onEquipment(unchanged, incrementKg, steps, k -> percent(load, p, k)));
                }
                case KgPerWeek k -> {
                    return unchanged.withLoad(onEquipment(unchanged, incrementKg, steps, n -> kgAdded(load, k, n)));
                }
                default -> { }
            }
        }
        return switch (rule) {
            case None none -> unchanged;
            case PercentLoadPerWeek p -> load == null ? unchanged : capped(unchanged, percent(load, p, steps));
            case KgPerWeek k -> load == null ? unchanged : capped(unchanged, kgAdded(load, k, steps));
            case DoubleProgression d -> load == null || base.reps() == null ? unchanged
                    : doubleProgression(unchanged, d, steps);
            case HoldSecondsPerWeek h -> base.holdSeconds() == null ? unchanged
                    : unchanged.withHold(Math.min(base.holdSeconds() + h.seconds() * steps,
                    holdCeiling(h.capSeconds(), base.holdSeconds())));
        };
    }

    /**
     * The first step (1-based) at which the rule asks for more than one increment over the previous step, so the
     * engine holds it to one; 0 when it never does within {@code steps}. The week plan says so: a slowed rule is never
     * a silent change of what the practitioner wrote.
     */
    static int firstSlowedStep(BaseDose base, ProgressionRule rule, BigDecimal incrementKg, int steps) {
        BigDecimal load = base.loadKg();
        if (incrementKg == null || load == null) {
            return 0;
        }
        IntFunction<BigDecimal> wish = switch (rule) {
            case PercentLoadPerWeek p -> k -> percent(load, p, k);
            case KgPerWeek kg -> k -> kgAdded(load, kg, k);
            default -> null;
        };
        if (wish == null) {
            return 0;
        }
        Target unchanged = Target.of(base, loadCeiling(loadCap(rule), load), incrementKg);
        BigDecimal anchor = unchanged.anchorKg();
        long max = increments(unchanged.loadCeilingKg().subtract(anchor), incrementKg);
        long taken = 0;
        for (int k = 1; k <= steps; k++) {
            long earned = Math.min(max, increments(wish.apply(k).subtract(anchor), incrementKg));
            if (earned > taken + 1) {
                return k;
            }
            taken = Math.min(taken + 1, earned);
        }
        return 0;
    }

    private static BigDecimal onEquipment(Target unchanged, BigDecimal incrementKg, int steps,
                                          IntFunction<BigDecimal> wish) {
        BigDecimal base = unchanged.anchorKg();
        long max = increments(unchanged.loadCeilingKg().subtract(base), incrementKg);
        long taken = 0;
        for (int k = 1; k <= steps && taken < max; k++) {
            taken = Math.min(Math.min(taken + 1, max), increments(wish.apply(k).subtract(base), incrementKg));
        }
        return base.add(incrementKg.multiply(BigDecimal.valueOf(taken)));
    }

    /** Whole increments in {@code kg} (rounded down: an increment counts once it is earned in full). */
    private static long increments(BigDecimal kg, BigDecimal incrementKg) {
        return Math.max(0, kg.divide(incrementKg, 0, RoundingMode.FLOOR).longValueExact());
    }

    private static BigDecimal percent(BigDecimal load, PercentLoadPerWeek p, int steps) {
        return load.multiply(BigDecimal.ONE.add(p.percent().movePointLeft(2)).pow(steps, MATH), MATH);
    }

    private static BigDecimal kgAdded(BigDecimal load, KgPerWeek k, int steps) {
        return load.add(k.kg().multiply(BigDecimal.valueOf(steps)));
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
        BigDecimal increment = unchanged.incrementKg();
        BigDecimal startLoad = unchanged.anchorKg();
        // Real equipment: the load step is the next weight up (one increment); fine plates: the rule's kilograms.
        BigDecimal step = increment == null ? d.loadStepKg() : increment;
        long maxLoadSteps = increments(ceiling.subtract(startLoad), step);

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
        return unchanged.withRepsAndLoad(reps, startLoad.add(step.multiply(BigDecimal.valueOf(loadSteps))));
    }

    /** The cap bounds progression but never cuts a base load that was prescribed above it. */
    private static BigDecimal loadCeiling(BigDecimal capKg, BigDecimal baseKg) {
        return capKg == null || baseKg == null ? DoseLimits.MAX_LOAD_KG : capKg.max(baseKg);
    }

    private static int holdCeiling(Integer capSeconds, int baseSeconds) {
        return capSeconds == null ? DoseLimits.MAX_HOLD_SECONDS : Math.max(capSeconds, baseSeconds);
    }
}
