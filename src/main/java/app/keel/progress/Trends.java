package app.keel.progress;

import app.keel.logbook.adherence.Adherence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/** Trends over a client's days: plain Java, no Spring, no database. */
public final class Trends {

    /** The days whose mean worst pain is the baseline: the first week of check-ins. */
    public static final int BASELINE_DAYS = 7;

    private Trends() {
    }

    /** For each day, the mean of the values of the {@code window} days ending that day; null where none exist. */
    public static List<Double> rollingMean(List<Integer> values, int window) {
        List<Double> means = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            int sum = 0;
            int count = 0;
            for (int j = Math.max(0, i - window + 1); j <= i; j++) {
                if (values.get(j) != null) {
                    sum += values.get(j);
                    count++;
                }
            }
            means.add(count == 0 ? null : (double) sum / count);
        }
        return means;
    }

    /** Mean worst pain over the first {@link #BASELINE_DAYS} days from the first check-in; empty without one. */
    public static OptionalDouble baseline(List<DayPoint> days) {
        LocalDate first = days.stream().filter(d -> d.worstPain() != null).map(DayPoint::date).findFirst()
                .orElse(null);
        return first == null ? OptionalDouble.empty()
                : mean(days, first, first.plusDays(BASELINE_DAYS - 1L), DayPoint::worstPain);
    }

    /** Mean worst pain over the 7 days ending {@code today}. */
    public static OptionalDouble recent(List<DayPoint> days, LocalDate today) {
        return mean(days, today.minusDays(6), today, DayPoint::worstPain);
    }

    /**
     * One plain sentence about pain since the start, in whole points. Nothing is claimed until the first week of
     * check-ins is over and a later week can be set against it.
     */
    public static String painSentence(List<DayPoint> days, LocalDate today) {
        LocalDate first = days.stream().filter(d -> d.worstPain() != null).map(DayPoint::date).findFirst()
                .orElse(null);
        if (first == null) {
            return "Check in each day and you will see here how your pain is changing.";
        }
        OptionalDouble recent = recent(days, today);
        if (!first.plusDays(BASELINE_DAYS - 1L).isBefore(today.minusDays(6)) || recent.isEmpty()) {
            return "Keep checking in: after two weeks you will see here how your pain is changing.";
        }
        double change = recent.getAsDouble() - baseline(days).getAsDouble();
        long points = Math.round(Math.abs(change));
        String unit = points == 1 ? " point" : " points";
        if (points >= 1 && change < 0) {
            return "Your pain has settled by " + points + unit + " since you started.";
        }
        if (points >= 1) {
            return "Your pain is " + points + unit + " higher than when you started. If that worries you, tell "
                    + "your practitioner.";
        }
        return "Your pain is about where it was when you started.";
    }

    /**
     * Per calendar week: adherence ({@link Adherence}'s rule) against the change in mean worst pain from the week
     * before. A point of change is the smallest the panel reads as a response.
     */
    public static List<WeekOutcome> adherenceAndOutcome(List<DayPoint> days) {
        Map<LocalDate, Double> adherence = Adherence.byWeek(days.stream().map(DayPoint::tally).toList());
        Map<LocalDate, List<DayPoint>> weeks = new TreeMap<>();
        for (DayPoint d : days) {
            weeks.computeIfAbsent(monday(d.date()), k -> new ArrayList<>()).add(d);
        }
        List<WeekOutcome> result = new ArrayList<>();
        Double previous = null;
        for (var week : weeks.entrySet()) {
            OptionalDouble pain = mean(week.getValue(), week.getKey(), week.getKey().plusDays(6),
                    DayPoint::worstPain);
            Double mean = pain.isPresent() ? pain.getAsDouble() : null;
            Double change = mean != null && previous != null ? mean - previous : null;
            Double done = adherence.get(week.getKey());
            result.add(new WeekOutcome(week.getKey(), done, mean, change, verdict(done, change)));
            if (mean != null) {
                previous = mean;
            }
        }
        return result;
    }

    static WeekOutcome.Verdict verdict(Double adherence, Double painChange) {
        if (adherence == null) {
            return WeekOutcome.Verdict.NOTHING_SCHEDULED;
        }
        if (adherence < FlagRules.LOW_ADHERENCE_BELOW) {
            return WeekOutcome.Verdict.NOT_DOING_IT;
        }
        if (painChange == null) {
            return WeekOutcome.Verdict.TOO_EARLY;
        }
        return painChange <= -1 ? WeekOutcome.Verdict.RESPONDING : WeekOutcome.Verdict.NOT_RESPONDING;
    }

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static OptionalDouble mean(List<DayPoint> days, LocalDate from, LocalDate to,
                                       Function<DayPoint, Integer> value) {
        return days.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .map(value).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).average();
    }
}
