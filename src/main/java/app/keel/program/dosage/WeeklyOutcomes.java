package app.keel.program.dosage;

import java.util.OptionalDouble;

/**
 * What the logbook knows about each program week (0-based), as the progression gate reads it. Empty means no data:
 * no session logged, no check-in with a pain score. See docs/clinical-rules.md for how each is used.
 */
public interface WeeklyOutcomes {

    WeeklyOutcomes NONE = FixedOutcomes.empty();

    /** Done items ÷ scheduled items of the week, 0–100. */
    OptionalDouble adherencePercent(int week);

    /** Average worst pain in 24 h (NPRS 0–10) over the week's check-ins. */
    OptionalDouble averagePain(int week);

    /** Whether the client reported a flare-up on any check-in of the week. */
    boolean flareUpReported(int week);

    /**
     * Whether the week had a day with worst pain above the pain-monitoring ceiling that had not settled by the next
     * morning (see {@link PainMonitoring}).
     */
    boolean painAboveCeiling(int week);
}
