package app.keel.program.dosage;

import java.util.ArrayList;
import java.util.List;

/**
 * "Every 4th week at 60 %": generates whole program weeks N, 2N, … (1-based) as planned deload periods, which the
 * practitioner may then edit by hand. A deload every week would leave nothing to recover from, so N is at least 2.
 */
public record DeloadRule(int everyNthWeek, int volumePercent, int intensityPercent) {

    public DeloadRule {
        DoseLimits.requireIn("deload interval in weeks", everyNthWeek, 2, ProgramCalendar.MAX_WEEKS);
        DoseLimits.requireIn("deload volume percent", volumePercent, 10, 100);
        DoseLimits.requireIn("deload intensity percent", intensityPercent, 10, 100);
    }

    /** Volume and load reduced alike. */
    public DeloadRule(int everyNthWeek, int percent) {
        this(everyNthWeek, percent, percent);
    }

    public static DeloadRule standard() {
        return new DeloadRule(4, 60);
    }

    public List<DeloadPeriod> generate(ProgramCalendar calendar) {
        List<DeloadPeriod> periods = new ArrayList<>();
        for (int week = everyNthWeek; week <= calendar.weeks(); week += everyNthWeek) {
            var start = calendar.weekStart(week - 1);
            periods.add(new DeloadPeriod(start, start.plusDays(6), volumePercent, intensityPercent,
                    DeloadReason.PLANNED));
        }
        return List.copyOf(periods);
    }
}
