package app.keel.program.dosage;

import java.time.LocalDate;
import java.util.List;

/**
 * The weeks of a program before any item is dosed: which weeks are deload weeks, at what volume, and how many
 * progression steps each week has reached. Shared by every item of a plan, so it is worked out once per plan.
 * <p>
 * A week is a deload week if a deload period covers any of its scheduled days; its volume is the lowest among the
 * periods covering the first such day. Steps for week w count the weeks 1..w that are not deload weeks and whose gate
 * opened, so steps never go down and a deload week is never a step.
 */
final class Timeline {

    // Volume percents run 10–100, so 0 can only mean "no deload period covers this day".
    private static final int NOT_COVERED = 0;

    private final int[] volumePercent;
    private final int[] steps;

    private Timeline(int[] volumePercent, int[] steps) {
        this.volumePercent = volumePercent;
        this.steps = steps;
    }

    /** Weeks 0..lastWeek: later weeks never change earlier ones, so a single date needs no more. */
    static Timeline upTo(int lastWeek, ProgramCalendar calendar, ProgressionGate gate, WeeklyOutcomes outcomes,
                         List<DeloadPeriod> deloads) {
        List<DeloadPeriod> inProgram = deloads.stream()
                .filter(p -> !p.end().isBefore(calendar.start()) && !p.start().isAfter(calendar.end()))
                .toList();
        int[] volume = new int[lastWeek + 1];
        int[] steps = new int[lastWeek + 1];
        for (int week = 0; week <= lastWeek; week++) {
            volume[week] = weekVolume(calendar, week, inProgram);
            if (week > 0) {
                boolean progresses = volume[week] == NOT_COVERED && gate.allowsProgressionInto(week, outcomes);
                steps[week] = steps[week - 1] + (progresses ? 1 : 0);
            }
        }
        return new Timeline(volume, steps);
    }

    int steps(int week) {
        return steps[week];
    }

    boolean isDeloadWeek(int week) {
        return volumePercent[week] != NOT_COVERED;
    }

    /** The share of the normal dose kept on the week's scheduled days, 100 outside deload weeks. */
    int volumePercent(int week) {
        return isDeloadWeek(week) ? volumePercent[week] : Deloading.FULL_VOLUME;
    }

    /** The lowest volume among the periods covering {@code day}: overlapping deloads never add back volume. */
    static int lowestVolumeOn(LocalDate day, List<DeloadPeriod> deloads) {
        int lowest = NOT_COVERED;
        for (DeloadPeriod period : deloads) {
            if (period.covers(day) && (lowest == NOT_COVERED || period.volumePercent() < lowest)) {
                lowest = period.volumePercent();
            }
        }
        return lowest;
    }

    static boolean isCovered(int lowestVolume) {
        return lowestVolume != NOT_COVERED;
    }

    private static int weekVolume(ProgramCalendar calendar, int week, List<DeloadPeriod> deloads) {
        if (deloads.isEmpty()) {
            return NOT_COVERED;
        }
        LocalDate day = calendar.weekStart(week);
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            if (calendar.schedule().includes(day.getDayOfWeek())) {
                int volume = lowestVolumeOn(day, deloads);
                if (volume != NOT_COVERED) {
                    return volume;
                }
            }
        }
        return NOT_COVERED;
    }
}
