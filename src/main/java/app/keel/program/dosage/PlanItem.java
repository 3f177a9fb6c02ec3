package app.keel.program.dosage;

/** One prescription of a program as the week-plan grid needs it: what was prescribed and how it progresses. */
public record PlanItem(BaseDose base, ProgressionRule rule) {

    public PlanItem {
        if (base == null || rule == null) {
            throw new IllegalArgumentException("a plan item needs a base dose and a progression rule (use ProgressionRule.NONE)");
        }
    }
}
