package app.keel.program.dosage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Weekly outcomes held in maps and sets: for tests, and for callers that have already aggregated the logbook. */
public record FixedOutcomes(Map<Integer, Double> adherence, Map<Integer, Double> pain, Set<Integer> flareUpWeeks,
                            Set<Integer> aboveCeilingWeeks) implements WeeklyOutcomes {

    public FixedOutcomes {
        adherence = Map.copyOf(adherence);
        pain = Map.copyOf(pain);
        flareUpWeeks = Set.copyOf(flareUpWeeks);
        aboveCeilingWeeks = Set.copyOf(aboveCeilingWeeks);
    }

    public FixedOutcomes(Map<Integer, Double> adherence, Map<Integer, Double> pain) {
        this(adherence, pain, Set.of(), Set.of());
    }

    public static FixedOutcomes empty() {
        return new FixedOutcomes(Map.of(), Map.of());
    }

    public FixedOutcomes withAdherence(int week, double percent) {
        return new FixedOutcomes(with(adherence, week, percent), pain, flareUpWeeks, aboveCeilingWeeks);
    }

    public FixedOutcomes withPain(int week, double average) {
        return new FixedOutcomes(adherence, with(pain, week, average), flareUpWeeks, aboveCeilingWeeks);
    }

    public FixedOutcomes withFlareUp(int week) {
        return new FixedOutcomes(adherence, pain, with(flareUpWeeks, week), aboveCeilingWeeks);
    }

    public FixedOutcomes withPainAboveCeiling(int week) {
        return new FixedOutcomes(adherence, pain, flareUpWeeks, with(aboveCeilingWeeks, week));
    }

    @Override
    public OptionalDouble adherencePercent(int week) {
        return optional(adherence.get(week));
    }

    @Override
    public OptionalDouble averagePain(int week) {
        return optional(pain.get(week));
    }

    @Override
    public boolean flareUpReported(int week) {
        return flareUpWeeks.contains(week);
    }

    @Override
    public boolean painAboveCeiling(int week) {
        return aboveCeilingWeeks.contains(week);
    }

    private static Map<Integer, Double> with(Map<Integer, Double> values, int week, double value) {
        Map<Integer, Double> copy = new HashMap<>(values);
        copy.put(week, value);
        return copy;
    }

    private static Set<Integer> with(Set<Integer> weeks, int week) {
        Set<Integer> copy = new HashSet<>(weeks);
        copy.add(week);
        return copy;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
