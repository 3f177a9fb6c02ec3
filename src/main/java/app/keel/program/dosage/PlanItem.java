package app.keel.program.dosage;

/**
 * One prescription of a program as the engine needs it: what was prescribed, how it progresses, and whether it is
 * recovery work (breath, rest or decompression, a daily habit), which a deload never reduces: it is the recovery.
 */
public record PlanItem(BaseDose base, ProgressionRule rule, boolean recovery) {

    public PlanItem {
        if (base == null || rule == null) {
            throw new IllegalArgumentException("a plan item needs a base dose and a progression rule (use ProgressionRule.NONE)");
        }
    }

    public PlanItem(BaseDose base, ProgressionRule rule) {
        this(base, rule, false);
    }
}
