package app.keel.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One chart as plain data: the browser draws it from JSON and the table twin lists the same numbers. Labels are
 * ISO dates (a day, or the Monday of a week when {@code daily} is false); {@code shaded} says, label by label,
 * whether it falls in a deload period, so the chart's bands and the table's column cannot disagree.
 */
public record ChartData(String title, boolean daily, List<String> labels, List<Series> series, Double yMin,
                        Double yMax, String yTitle, List<Boolean> shaded, String shadeLabel) {

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        shaded = List.copyOf(shaded);
        if (!shaded.isEmpty() && shaded.size() != labels.size()) {
            throw new IllegalArgumentException("one shading mark per label");
        }
        for (Series s : series) {
            if (s.data().size() != labels.size()) {
                throw new IllegalArgumentException("one value per label in " + s.label());
            }
        }
    }

    /**
     * A line or bar series. {@code fillTo} names another series' index to fill the area between (the ±2 band);
     * band edges stay out of the table twin ({@code inTable} false) because the table states the band itself.
     */
    public record Series(String label, List<Double> data, String color, String kind, boolean dashed, Integer fillTo,
                         boolean inTable) {

        public Series {
            data = Collections.unmodifiableList(new ArrayList<>(data));
        }

        public static Series line(String label, List<Double> data, String color) {
            return new Series(label, data, color, "line", false, null, true);
        }

        public static Series dashed(String label, List<Double> data, String color) {
            return new Series(label, data, color, "line", true, null, true);
        }

        public static Series bars(String label, List<Double> data, String color) {
            return new Series(label, data, color, "bar", false, null, true);
        }

        public static Series bandEdge(String label, List<Double> data, Integer fillTo) {
            return new Series(label, data, Palette.GREY, "line", true, fillTo, false);
        }
    }

    public boolean isShaded(int index) {
        return !shaded.isEmpty() && shaded.get(index);
    }

    public boolean hasShading() {
        return shaded.contains(Boolean.TRUE);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.data().stream().allMatch(Objects::isNull));
    }
}
