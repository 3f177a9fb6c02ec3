package app.keel.program.dosage;

import java.util.OptionalDouble;

/**
 * What the logbook knows about each program week (0-based), as the progression gate reads it. Empty means no data:
 * no session logged, no check-in with a pain score.
 */
public interface WeeklyOutcomes {

    WeeklyOutcomes NONE = FixedOutcomes.empty();

    /** Done items ÷ scheduled items of the week, 0–100. */
    OptionalDouble adherencePercent(int week);

    /** Average pain (NPRS 0–10) over the week's check-ins. */
    OptionalDouble averagePain(int week);
}
