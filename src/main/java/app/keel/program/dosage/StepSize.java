package app.keel.program.dosage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Warns when one weekly step raises an item's load by more than about 15 %: typical advice for resistance training
 * is a few percent a week (ACSM 2009, docs/clinical-rules.md), and a fixed kg step that suits a heavy lift can be a big
 * jump on a light one. A warning, not a rule: the practitioner decides.
 */
public final class StepSize {

    public static final int WARN_ABOVE_PERCENT = 15;

    private StepSize() {
    }

    /** The first step of the item's plan (every week a step, no deloads) above the limit, if any. */
    public static Optional<LargeStep> firstLargeStep(ProgramCalendar calendar, PlanItem item) {
        WeekPlan plan = new DosageEngine().plan(calendar, List.of(item), ProgressionGate.OFF, WeeklyOutcomes.NONE,
                List.of());
        for (int week = 1; week < plan.weeks(); week++) {
            BigDecimal before = plan.dose(week - 1, 0).loadKg();
            BigDecimal after = plan.dose(week, 0).loadKg();
            if (before == null || after == null || before.signum() == 0) {
                continue;
            }
            BigDecimal percent = after.subtract(before).multiply(BigDecimal.valueOf(100))
                    .divide(before, 0, RoundingMode.HALF_UP);
            if (percent.compareTo(BigDecimal.valueOf(WARN_ABOVE_PERCENT)) > 0) {
                return Optional.of(new LargeStep(week, before, after, percent.intValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first program week (1-based step count, as {@link LargeStep#week}) in which the item's rule asks for more
     * than one increment of its equipment, so the engine adds only one: the week plan says so (docs/clinical-rules.md).
     */
    public static Optional<Integer> firstSlowedWeek(ProgramCalendar calendar, PlanItem item) {
        int step = Progression.firstSlowedStep(item.base(), item.rule(), item.incrementKg(), calendar.weeks() - 1);
        return step == 0 ? Optional.empty() : Optional.of(step);
    }

    /** A step into program week {@code week} (0-based) from {@code fromKg} to {@code toKg}. */
    public record LargeStep(int week, BigDecimal fromKg, BigDecimal toKg, int percent) {
    }
}
