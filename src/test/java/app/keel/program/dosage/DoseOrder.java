package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Not more than" for doses. Most rules move one number, so every part may only stay or grow. Double progression
 * trades reps for load (12 reps at 20 kg becomes 8 reps at 22.5 kg), so there the order is (load, reps, hold, sets)
 * read left to right, and only the parts it leaves alone are compared one by one.
 */
final class DoseOrder {

    private static final Comparator<Dose> LOAD_FIRST = Comparator
            .comparing(Dose::loadKg, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Dose::reps, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Dose::holdSeconds, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparingInt(Dose::sets);

    private DoseOrder() {
    }

    static void assertNotAbove(Dose lower, Dose higher, PlanItem item, String where) {
        String context = "%s: %s should not be above %s for %s".formatted(where, lower, higher, item);
        if (tradesRepsForLoad(item)) {
            assertThat(LOAD_FIRST.compare(lower, higher)).as(context).isLessThanOrEqualTo(0);
        } else {
            assertThat(lower.sets()).as(context).isLessThanOrEqualTo(higher.sets());
            assertNotAbove(lower.reps(), higher.reps(), context);
            assertNotAbove(lower.holdSeconds(), higher.holdSeconds(), context);
            if (lower.loadKg() != null || higher.loadKg() != null) {
                assertThat(lower.loadKg()).as(context).isLessThanOrEqualTo(Objects.requireNonNull(higher.loadKg()));
            }
        }
        assertNotAbove(lower.minutes(), higher.minutes(), context);
        assertNotAbove(lower.timesPerDay(), higher.timesPerDay(), context);
    }

    private static boolean tradesRepsForLoad(PlanItem item) {
        return item.rule() instanceof DoubleProgression && item.base().reps() != null && item.base().loadKg() != null;
    }

    private static void assertNotAbove(Integer lower, Integer higher, String context) {
        assertThat(lower == null).as(context).isEqualTo(higher == null);
        if (lower != null) {
            assertThat(lower).as(context).isLessThanOrEqualTo(higher);
        }
    }
}
