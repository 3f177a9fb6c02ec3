package app.keel.program.dosage;

import java.math.BigDecimal;

/**
 * One prescription of a program as the engine needs it: what was prescribed, how it progresses (the item's own rule,
 * or the program's), whether it is recovery work (breath, rest or decompression, a daily habit), which a deload never
 * reduces: it is the recovery, and {@code incrementKg}, the smallest real load step of the item's equipment (the next
 * dumbbell or kettlebell up; null: fine 0.5 kg plates). See {@link Loads#onGrid} and docs/clinical-rules.md.
 */
public record PlanItem(BaseDose base, ProgressionRule rule, boolean recovery, BigDecimal incrementKg) {

    public static final BigDecimal MAX_INCREMENT_KG = new BigDecimal("20");

    public PlanItem {
        if (base == null || rule == null) {
            throw new IllegalArgumentException("a plan item needs a base dose and a progression rule (use ProgressionRule.NONE)");
        }
        if (incrementKg != null) {
            DoseLimits.requirePositive("equipment increment", incrementKg, MAX_INCREMENT_KG);
            if (incrementKg.remainder(Loads.HALF_KG).signum() != 0) {
                throw new IllegalArgumentException("equipment increment must be a multiple of 0.5 kg, was "
                        + incrementKg.toPlainString());
            }
        }
    }

    public PlanItem(BaseDose base, ProgressionRule rule, boolean recovery) {
        this(base, rule, recovery, null);
    }

    public PlanItem(BaseDose base, ProgressionRule rule) {
        this(base, rule, false);
    }
}
