package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;
import app.keel.support.Gen;
import app.keel.support.PropertyCheck;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-item rules on real equipment: the item's cap is never exceeded, and loads move one whole increment at a time. */
class ItemRulePropertyTest {

    /** One loaded item with its own rule and cap on equipment with a real increment, in a random program. */
    record Case(DosageGenerators.Scenario scenario, PlanItem item) {
    }

    private static final Gen<Case> CASES = DosageGenerators.scenarios().flatMap(scenario -> random -> {
        BaseDose base = DosageGenerators.baseDoses().next(random);
        BigDecimal load = base.loadKg() == null ? BigDecimal.valueOf(Gen.ints(1, 80).next(random)) : base.loadKg();
        BaseDose loaded = new BaseDose(base.sets(), base.reps() == null ? 10 : base.reps(), base.holdSeconds(), load,
                base.minutes(), base.timesPerDay());
        ProgressionRule rule = DosageGenerators.rules().next(random);
        return new Case(scenario, new PlanItem(loaded, rule, false, DosageGenerators.increments().next(random)));
    });

    private static BigDecimal cap(ProgressionRule rule) {
        return switch (rule) {
            case PercentLoadPerWeek p -> p.capKg();
            case KgPerWeek k -> k.capKg();
            case DoubleProgression d -> d.capKg();
            default -> null;
        };
    }

    @Test
    void the_items_cap_is_never_exceeded_on_any_day_or_week() {
        PropertyCheck.forAll(CASES, c -> {
            BigDecimal cap = cap(c.item().rule());
            if (cap == null) {
                return;
            }
            BigDecimal ceiling = cap.max(c.item().base().loadKg());
            DosageGenerators.Scenario s = c.scenario();
            Course course = Course.of(s.deloads());
            WeekPlan plan = new DosageEngine().plan(s.calendar(), List.of(c.item()), s.gate(), s.outcomes(), course);
            for (int week = 0; week < plan.weeks(); week++) {
                assertThat(plan.dose(week, 0).loadKg()).as("week %d", week).isLessThanOrEqualTo(ceiling);
            }
            for (var date : s.probes()) {
                new DosageEngine().doseOn(date, s.calendar(), c.item(), s.gate(), s.outcomes(), course)
                        .ifPresent(d -> assertThat(d.loadKg()).as("%s", date).isLessThanOrEqualTo(ceiling));
            }
        });
    }

    @Test
    void loads_are_whole_increments_from_the_prescribed_weight_and_rise_at_most_one_a_week() {
        PropertyCheck.forAll(CASES, c -> {
            PlanItem item = c.item();
            BigDecimal increment = item.incrementKg();
            WeekPlan plan = new DosageEngine().plan(c.scenario().calendar(), List.of(item), ProgressionGate.OFF,
                    WeeklyOutcomes.NONE, List.of());
            BigDecimal anchor = plan.dose(0, 0).loadKg();
            for (int week = 0; week < plan.weeks(); week++) {
                BigDecimal load = plan.dose(week, 0).loadKg();
                assertThat(load.subtract(anchor).remainder(increment)).as("week %d: %s from %s", week, load, anchor)
                        .isEqualByComparingTo("0");
                if (week > 0) {
                    BigDecimal rise = load.subtract(plan.dose(week - 1, 0).loadKg());
                    assertThat(rise.signum()).as("never down").isGreaterThanOrEqualTo(0);
                    assertThat(rise.divide(increment, 0, RoundingMode.UNNECESSARY).intValue())
                            .as("week %d rises %s kg", week, rise).isLessThanOrEqualTo(1);
                }
            }
        });
    }
}
