package app.keel.program.dosage;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Weekly outcomes held in maps: for tests, and for callers that have already aggregated the logbook. */
public record FixedOutcomes(Map<Integer, Double> adherence, Map<Integer, Double> pain) implements WeeklyOutcomes {

    public FixedOutcomes {
        adherence = Map.copyOf(adherence);
        pain = Map.copyOf(pain);
    }

    public static FixedOutcomes empty() {
        return new FixedOutcomes(Map.of(), Map.of());
    }

    public FixedOutcomes withAdherence(int week, double percent) {
        return new FixedOutcomes(with(adherence, week, percent), pain);
    }

    public FixedOutcomes withPain(int week, double average) {
        return new FixedOutcomes(adherence, with(pain, week, average));
    }

    @Override
    public OptionalDouble adherencePercent(int week) {
        return optional(adherence.get(week));
    }

    @Override
    public OptionalDouble averagePain(int week) {
        return optional(pain.get(week));
    }

    private static Map<Integer, Double> with(Map<Integer, Double> values, int week, double value) {
        Map<Integer, Double> copy = new HashMap<>(values);
        copy.put(week, value);
        return copy;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
