package app.keel.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's progress over {@code from}..{@code to}: every day, the deload periods, PSFS ratings and, for staff,
 * load per exercise (done, and planned by the dosage engine per program week).
 */
public record ProgressReport(long clientId, String clientName, LocalDate from, LocalDate to, LocalDate today,
                             List<DayPoint> days, List<Deload> deloads, List<PsfsLine> psfs, List<LoadLine> loads) {

    public ProgressReport {
        days = List.copyOf(days);
        deloads = List.copyOf(deloads);
        psfs = List.copyOf(psfs);
        loads = List.copyOf(loads);
    }

    /** A deload period (both days included) at {@code volumePercent} of the usual amount. */
    public record Deload(LocalDate start, LocalDate end, int volumePercent, String reason) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** One PSFS activity's ratings by day. */
    public record PsfsLine(String activity, Map<LocalDate, Integer> ratings) {
    }

    /**
     * One exercise's load: the heaviest logged each day, and what the engine planned for each program week (keyed
     * by the week's first day).
     */
    public record LoadLine(String exercise, Map<LocalDate, BigDecimal> done, Map<LocalDate, BigDecimal> planned) {
    }

    public boolean inDeload(LocalDate day) {
        return deloads.stream().anyMatch(d -> d.covers(day));
    }
}
