package app.keel.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns a {@link ProgressReport} into charts: plain Java, so what each chart holds is unit-tested. */
public final class ProgressCharts {

    public static final String DELOAD = "Easier (deload) period";
    /** Either side of the baseline: the change in NPRS points that matters clinically. */
    public static final int BAND = FlagRules.PAIN_RISE;

    private ProgressCharts() {
    }

    /** Worst pain per day with its 7-day average; for staff also the ±2 band around the baseline. */
    public static ChartData pain(ProgressReport r, boolean withBand) {
        List<Integer> worst = r.days().stream().map(DayPoint::worstPain).toList();
        List<ChartData.Series> series = new ArrayList<>();
        if (withBand) {
            OptionalDouble baseline = Trends.baseline(r.days());
            if (baseline.isPresent()) {
                double b = baseline.getAsDouble();
                series.add(ChartData.Series.bandEdge("Baseline + " + BAND, constant(r, Math.min(10, b + BAND)), 1));
                series.add(ChartData.Series.bandEdge("Baseline − " + BAND, constant(r, Math.max(0, b - BAND)), null));
            }
        }
        series.add(ChartData.Series.line("Worst pain", doubles(worst), Palette.VERMILION));
        series.add(ChartData.Series.dashed("7-day average", Trends.rollingMean(worst, 7), Palette.BLUE));
        return daily(r, "Worst pain in the last 24 hours (0–10)", series, 0.0, 10.0, "Pain (0–10)");
    }

    /** Adherence per calendar week (Monday label), the adherence rule's own figures. */
    public static ChartData adherence(ProgressReport r) {
        List<WeekOutcome> weeks = Trends.adherenceAndOutcome(r.days());
        List<String> labels = weeks.stream().map(w -> w.monday().toString()).toList();
        List<Boolean> shaded = weeks.stream().map(w -> weekInDeload(r, w.monday())).toList();
        return new ChartData("Adherence per week (%)", false, labels,
                List.of(ChartData.Series.bars("Adherence %", weeks.stream().map(WeekOutcome::adherence).toList(),
                        Palette.GREEN)), 0.0, 100.0, "%", shaded, DELOAD);
    }

    /** PSFS activities on the days they were rated. */
    public static ChartData psfs(ProgressReport r) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        r.psfs().forEach(p -> dates.addAll(p.ratings().keySet()));
        List<String> labels = dates.stream().map(LocalDate::toString).toList();
        List<ChartData.Series> series = new ArrayList<>();
        int i = 0;
        for (ProgressReport.PsfsLine line : r.psfs()) {
            series.add(ChartData.Series.line(line.activity(), dates.stream()
                    .map(d -> line.ratings().get(d) == null ? null : line.ratings().get(d).doubleValue()).toList(),
                    Palette.nth(i++)));
        }
        return new ChartData("Activities you find hard (PSFS, 0–10, higher is easier)", true, labels, series,
                0.0, 10.0, "Score (0–10)", dates.stream().map(r::inDeload).toList(), DELOAD);
    }

    /** Heaviest load done each day against the engine's plan for that day's program week. */
    public static ChartData load(ProgressReport r, ProgressReport.LoadLine line) {
        List<Double> done = r.days().stream().map(d -> kg(line.done().get(d.date()))).toList();
        List<Double> planned = r.days().stream().map(d -> plannedOn(line.planned(), d.date())).toList();
        return daily(r, "Load: " + line.exercise() + " (kg)", List.of(
                ChartData.Series.dashed("Planned", planned, Palette.GREY),
                ChartData.Series.line("Done", done, Palette.BLUE)), 0.0, null, "kg");
    }

    public static ChartData effort(ProgressReport r) {
        return daily(r, "Effort (RPE 0–10, mean of the day's logged items)", List.of(ChartData.Series.line(
                "Effort", r.days().stream().map(DayPoint::meanRpe).toList(), Palette.ORANGE)), 0.0, 10.0, "RPE");
    }

    public static ChartData wellbeing(ProgressReport r) {
        return daily(r, "Stiffness, sleep, stress and confidence (0–10)", List.of(
                ChartData.Series.line("Stiffness", series(r, DayPoint::stiffness), Palette.PURPLE),
                ChartData.Series.dashed("Sleep quality", series(r, DayPoint::sleepQuality), Palette.SKY),
                ChartData.Series.line("Stress", series(r, DayPoint::stress), Palette.ORANGE),
                ChartData.Series.dashed("Confidence", series(r, DayPoint::confidence), Palette.GREEN)),
                0.0, 10.0, "0–10");
    }

    /** Whether any day of the week starting {@code monday} lies in a deload period. */
    static boolean weekInDeload(ProgressReport r, LocalDate monday) {
        for (int i = 0; i < 7; i++) {
            if (r.inDeload(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }

    private static Double plannedOn(Map<LocalDate, BigDecimal> planned, LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> week = new java.util.TreeMap<>(planned).floorEntry(day);
        return week == null || week.getKey().plusDays(6).isBefore(day) ? null : kg(week.getValue());
    }

    private static ChartData daily(ProgressReport r, String title, List<ChartData.Series> series, Double min,
                                   Double max, String yTitle) {
        return new ChartData(title, true, r.days().stream().map(d -> d.date().toString()).toList(), series, min,
                max, yTitle, r.days().stream().map(d -> r.inDeload(d.date())).toList(), DELOAD);
    }

    private static List<Double> series(ProgressReport r, Function<DayPoint, Integer> value) {
        return doubles(r.days().stream().map(value).toList());
    }

    private static List<Double> doubles(List<Integer> values) {
        List<Double> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(v == null ? null : v.doubleValue()));
        return out;
    }

    private static List<Double> constant(ProgressReport r, double value) {
        return r.days().stream().map(d -> value).toList();
    }

    private static Double kg(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
