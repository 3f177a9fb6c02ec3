package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * How a prescription grows from one progression step to the next. A step is a program week in which the client
 * progressed (see {@link ProgressionGate}); deload weeks and gated weeks are not steps.
 * <p>
 * Caps are optional (null = no cap other than the absolute ranges of {@link DoseLimits}). A cap limits progression
 * only: it never cuts a base dose that was prescribed above it, and rounding never steps over it. A rule that needs a
 * load does nothing to an item without one (double progression also needs reps), and the hold rule does nothing to
 * an item without a hold; a load cap still bounds the rounding of such an item's load.
 */
public sealed interface ProgressionRule {

    ProgressionRule NONE = new None();

    /** The dose stays as prescribed. */
    record None() implements ProgressionRule {
    }

    /** Load grows by {@code percent} per step, compounding (+5 % twice is +10.25 %). */
    record PercentLoadPerWeek(BigDecimal percent, BigDecimal capKg) implements ProgressionRule {
        public PercentLoadPerWeek {
            DoseLimits.requirePositive("percent per week", percent, new BigDecimal("100"));
            DoseLimits.requireLoadOrNull("load cap", capKg);
        }
    }

    /** Load grows by a fixed {@code kg} per step. */
    record KgPerWeek(BigDecimal kg, BigDecimal capKg) implements ProgressionRule {
        public KgPerWeek {
            DoseLimits.requirePositive("kg per week", kg, DoseLimits.MAX_LOAD_KG);
            DoseLimits.requireLoadOrNull("load cap", capKg);
        }
    }

    /**
     * +1 rep per step up to {@code repCeiling}; the step after that adds {@code loadStepKg} and goes back to
     * {@code repFloor}. Needs both reps and a load. The load step must be whole 0.5 kg plates: a step that rounding
     * could swallow would reset the reps without adding load, and the client would see the dose go down.
     */
    record DoubleProgression(int repFloor, int repCeiling, BigDecimal loadStepKg, BigDecimal capKg)
            implements ProgressionRule {
        public DoubleProgression {
            DoseLimits.requireIn("rep floor", repFloor, 1, DoseLimits.MAX_REPS);
            DoseLimits.requireIn("rep ceiling", repCeiling, repFloor, DoseLimits.MAX_REPS);
            DoseLimits.requirePositive("load step", loadStepKg, DoseLimits.MAX_LOAD_KG);
            if (loadStepKg.remainder(Loads.HALF_KG).signum() != 0) {
                throw new IllegalArgumentException("load step must be a multiple of 0.5 kg, was " + loadStepKg.toPlainString());
            }
            DoseLimits.requireLoadOrNull("load cap", capKg);
        }

        int cycle() {
            return repCeiling - repFloor + 1;
        }
    }

    /** Hold time grows by {@code seconds} per step. */
    record HoldSecondsPerWeek(int seconds, Integer capSeconds) implements ProgressionRule {
        public HoldSecondsPerWeek {
            DoseLimits.requireIn("seconds per week", seconds, 1, DoseLimits.MAX_HOLD_SECONDS);
            DoseLimits.requireInOrNull("hold cap", capSeconds, 1, DoseLimits.MAX_HOLD_SECONDS);
        }
    }
}
