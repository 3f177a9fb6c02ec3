package app.keel.program.dosage;

import java.time.LocalDate;
import java.util.List;

/**
 * The weeks of a program before any item is dosed: which weeks are reduced, at what volume, and how many progression
 * steps each week has reached. Shared by every item of a plan, so it is worked out once per plan.
 * <p>
 * A week is a deload week if a deload period covers any of its scheduled days; its volume is the lowest among the
 * periods covering the first such day. After a flare-up deload the weeks of the graded return run at its volumes
 * (never below the flare-up's own), and they count as reduced weeks too. A week w is a step only if it is not reduced,
 * its gate opened, neither w nor w-1 was paused (the client must have trained a week at the previous dose), and it is
 * not part of a flare-up's return: the flare-up weeks, the return weeks and the first full week after them hold the
 * pre-flare dose. So steps never go down and the return never goes past the dose before the flare-up.
 */
final class Timeline {

    // Volume percents run 10–100, so 0 can only mean "no reduction this day or week".
    private static final int NOT_COVERED = 0;

    private final int[] volumePercent;
    private final int[] intensityPercent;
    private final int[] returnPercent;
    private final int[] steps;

    private Timeline(int[] volumePercent, int[] intensityPercent, int[] returnPercent, int[] steps) {
        this.volumePercent = volumePercent;
        this.intensityPercent = intensityPercent;
        this.returnPercent = returnPercent;
        this.steps = steps;
    }

    /** Weeks 0..lastWeek: later weeks never change earlier ones, so a single date needs no more. */
    static Timeline upTo(int lastWeek, ProgramCalendar calendar, ProgressionGate gate, WeeklyOutcomes outcomes,
                         Course course) {
        List<DeloadPeriod> inProgram = course.deloads().stream()
                .filter(p -> !p.end().isBefore(calendar.start()) && !p.start().isAfter(calendar.end()))
                .toList();
        List<DeloadPeriod> flareUps = inProgram.stream().filter(p -> p.reason() == DeloadReason.FLARE_UP).toList();
        List<Integer> ramp = course.flareReturnPercents();
        int[] volume = new int[lastWeek + 1];
        int[] intensity = new int[lastWeek + 1];
        int[] returning = new int[lastWeek + 1];
        int[] steps = new int[lastWeek + 1];
        boolean[] paused = new boolean[lastWeek + 1];
        int sinceFlare = -1;
        int flareVolume = NOT_COVERED;
        Timeline timeline = new Timeline(volume, intensity, returning, steps);
        for (int week = 0; week <= lastWeek; week++) {
            LocalDate from = calendar.weekStart(week);
            paused[week] = course.pauses().stream().anyMatch(p -> p.touches(from, from.plusDays(6)));
            LocalDate covered = firstCoveredDay(calendar, week, inProgram);
            int deload = covered == null ? NOT_COVERED : lowestVolumeOn(covered, inProgram);
            if (firstCoveredDay(calendar, week, flareUps) != null) {
                sinceFlare = 0;
                flareVolume = deload;
            } else if (sinceFlare >= 0) {
                sinceFlare++;
            }
            if (sinceFlare >= 1 && sinceFlare <= ramp.size()) {
                returning[week] = Math.max(ramp.get(sinceFlare - 1), flareVolume);
            }
            volume[week] = lowest(deload, returning[week]);
            intensity[week] = lowest(covered == null ? NOT_COVERED : lowestIntensityOn(covered, inProgram),
                    returning[week]);
            if (week > 0) {
                boolean inFlareReturn = sinceFlare >= 0 && sinceFlare <= ramp.size() + 1;
                boolean progresses = volume[week] == NOT_COVERED && !inFlareReturn && !paused[week]
                        && !paused[week - 1] && gate.allowsProgressionInto(week, outcomes, timeline::isDeloadWeek);
                steps[week] = steps[week - 1] + (progresses ? 1 : 0);
            }
        }
        return timeline;
    }

    int steps(int week) {
        return steps[week];
    }

    boolean isDeloadWeek(int week) {
        return volumePercent[week] != NOT_COVERED;
    }

    /** The share of the normal dose kept on the week's scheduled days, 100 outside reduced weeks. */
    int volumePercent(int week) {
        return isDeloadWeek(week) ? volumePercent[week] : Deloading.FULL_VOLUME;
    }

    /** The share of the normal load kept in the week, 100 outside reduced weeks. */
    int intensityPercent(int week) {
        return isDeloadWeek(week) ? intensityPercent[week] : Deloading.FULL_VOLUME;
    }

    /** The volume on one day of {@code week}: the day's own deloads and the week's graded return, whichever is lower. */
    int volumeOn(LocalDate day, int week, List<DeloadPeriod> deloads) {
        return lowest(lowestVolumeOn(day, deloads), returnPercent[week]);
    }

    /** The load kept on one day of {@code week}, as {@link #volumeOn} does for volume. */
    int intensityOn(LocalDate day, int week, List<DeloadPeriod> deloads) {
        return lowest(lowestIntensityOn(day, deloads), returnPercent[week]);
    }

    /** The lowest volume among the periods covering {@code day}: overlapping deloads never add back volume. */
    static int lowestVolumeOn(LocalDate day, List<DeloadPeriod> deloads) {
        int lowest = NOT_COVERED;
        for (DeloadPeriod period : deloads) {
            if (period.covers(day)) {
                lowest = lowest(lowest, period.volumePercent());
            }
        }
        return lowest;
    }

    private static int lowestIntensityOn(LocalDate day, List<DeloadPeriod> deloads) {
        int lowest = NOT_COVERED;
        for (DeloadPeriod period : deloads) {
            if (period.covers(day)) {
                lowest = lowest(lowest, period.intensityPercent());
            }
        }
        return lowest;
    }

    static boolean isCovered(int lowestVolume) {
        return lowestVolume != NOT_COVERED;
    }

    private static int lowest(int a, int b) {
        if (a == NOT_COVERED) {
            return b;
        }
        return b == NOT_COVERED ? a : Math.min(a, b);
    }

    /** The first scheduled day of the week that a period covers; null when none does. */
    private static LocalDate firstCoveredDay(ProgramCalendar calendar, int week, List<DeloadPeriod> deloads) {
        if (deloads.isEmpty()) {
            return null;
        }
        LocalDate day = calendar.weekStart(week);
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            if (calendar.schedule().includes(day.getDayOfWeek()) && isCovered(lowestVolumeOn(day, deloads))) {
                return day;
            }
        }
        return null;
    }
}
