package app.keel.program.dosage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pain-monitoring model (Silbernagel et al. 2007; docs/clinical-rules.md): pain up to 5/10 during or after
 * exercise is acceptable if it has settled by the next morning. This turns a client's daily check-ins into the weekly
 * evidence the gate reads: average worst pain, flare-ups, and days above the ceiling that had not settled.
 */
public final class PainMonitoring {

    /** Worst pain above this (NPRS) is more than the model accepts. */
    public static final int CEILING = 5;

    private PainMonitoring() {
    }

    /** One day's check-in: pain when checking in (in the morning for most clients), worst pain in 24 h, flare-up. */
    public record DayPain(LocalDate date, int painNow, int worstPain, boolean flareUp) {
    }

    /**
     * A day above the ceiling has settled only if the next day's check-in says pain now is back at or below it. With
     * no check-in the next day nothing shows that it settled, and missing evidence never counts as good news.
     */
    static boolean unsettled(DayPain day, DayPain nextDay) {
        return day.worstPain() > CEILING && (nextDay == null || nextDay.painNow() > CEILING);
    }

    /** Weekly outcomes from daily check-ins (any order, one per date) and weekly adherence already worked out. */
    public static FixedOutcomes weekly(ProgramCalendar calendar, List<DayPain> days, Map<Integer, Double> adherence) {
        Map<LocalDate, DayPain> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        Map<Integer, double[]> sums = new HashMap<>();
        Set<Integer> flareUps = new HashSet<>();
        Set<Integer> aboveCeiling = new HashSet<>();
        for (DayPain day : days) {
            var week = calendar.weekOf(day.date());
            if (week.isEmpty()) {
                continue;
            }
            int w = week.getAsInt();
            double[] sum = sums.computeIfAbsent(w, k -> new double[2]);
            sum[0] += day.worstPain();
            sum[1]++;
            if (day.flareUp()) {
                flareUps.add(w);
            }
            if (unsettled(day, byDate.get(day.date().plusDays(1)))) {
                aboveCeiling.add(w);
            }
        }
        Map<Integer, Double> pain = new HashMap<>();
        sums.forEach((w, s) -> pain.put(w, s[0] / s[1]));
        return new FixedOutcomes(adherence, pain, flareUps, aboveCeiling);
    }
}
