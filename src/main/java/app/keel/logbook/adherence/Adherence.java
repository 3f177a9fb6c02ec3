package app.keel.logbook.adherence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Adherence = done items ÷ scheduled items, where a partly done item counts half. This class is the one place the
 * rule lives; the SQL aggregates and the help text on screen say the same thing ({@link #RULE_IN_WORDS}).
 * <p>
 * No scheduled item means no adherence figure at all (empty), never 0 % or 100 %: a rest week or a paused program
 * says nothing about whether the client does the work. More logged than scheduled (an item retired after it was
 * logged) is capped at 100 %.
 */
public final class Adherence {

    public static final String RULE_IN_WORDS = "Adherence is the share of scheduled items that were done: a done "
            + "item counts fully, a partly done item counts half, a skipped or unlogged item counts nothing. Days "
            + "without scheduled items do not count.";

    private Adherence() {
    }

    /** Percent 0–100, or empty when nothing was scheduled. */
    public static OptionalDouble percent(int scheduled, int done, int partly) {
        if (scheduled < 0 || done < 0 || partly < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (scheduled == 0) {
            return OptionalDouble.empty();
        }
        double credit = done + partly / 2.0;
        return OptionalDouble.of(Math.min(100.0, 100.0 * credit / scheduled));
    }

    public static OptionalDouble percent(DayTally day) {
        return percent(day.scheduled(), day.done(), day.partly());
    }

    /** Over several days: the sums, not the mean of daily percentages (a busy day weighs more than a light one). */
    public static OptionalDouble percent(Collection<DayTally> days) {
        int scheduled = 0;
        int done = 0;
        int partly = 0;
        for (DayTally d : days) {
            scheduled += d.scheduled();
            done += Math.min(d.done(), d.scheduled());
            partly += Math.min(d.partly(), d.scheduled() - Math.min(d.done(), d.scheduled()));
        }
        return percent(scheduled, done, partly);
    }

    /** The {@code days} days ending on {@code last} (inclusive), e.g. the last 7 or 28 days. */
    public static OptionalDouble overDays(Collection<DayTally> tallies, LocalDate last, int days) {
        LocalDate first = last.minusDays(days - 1L);
        return percent(tallies.stream().filter(t -> !t.day().isBefore(first) && !t.day().isAfter(last)).toList());
    }

    /** Per calendar week (keyed by its Monday), only weeks with something scheduled. */
    public static Map<LocalDate, Double> byWeek(Collection<DayTally> tallies) {
        Map<LocalDate, List<DayTally>> weeks = new TreeMap<>();
        for (DayTally t : tallies) {
            weeks.computeIfAbsent(t.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ArrayList<>()).add(t);
        }
        Map<LocalDate, Double> result = new TreeMap<>();
        weeks.forEach((monday, list) -> percent(list).ifPresent(p -> result.put(monday, p)));
        return result;
    }
}
