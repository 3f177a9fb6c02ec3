package app.keel.program.dosage;

import java.util.OptionalDouble;

/**
 * Progress only when last week went well: adherence of week w-1 at least {@code minAdherencePercent}, and average
 * pain of week w-1 not up by {@code painRiseLimit} or more against week w-2. Two NPRS points is the clinically
 * meaningful change, hence the standard gate.
 * <p>
 * No data is not a green light: without adherence data for last week, or (when pain is checked) without a pain score
 * for last week, the dose holds. Without a score for the week before last there is nothing to compare with, so
 * last week's score alone lets the client progress (the first weeks of a program).
 * {@code minAdherencePercent} 0 means adherence is not checked (no data needed); {@code painRiseLimit} 11 means pain
 * is not checked (NPRS cannot rise by more than 10). {@link #OFF} is both, so it stays two plain numbers to store.
 */
public record ProgressionGate(int minAdherencePercent, int painRiseLimit) {

    public static final int ADHERENCE_NOT_CHECKED = 0;
    public static final int PAIN_NOT_CHECKED = 11;
    public static final ProgressionGate OFF = new ProgressionGate(ADHERENCE_NOT_CHECKED, PAIN_NOT_CHECKED);

    // Averages arrive as doubles: 2.3 - 0.3 is 1.9999999999999998, which must still count as a rise of 2.
    private static final double TOLERANCE = 1e-9;

    public ProgressionGate {
        DoseLimits.requireIn("minimum adherence percent", minAdherencePercent, 0, 100);
        DoseLimits.requireIn("pain rise limit", painRiseLimit, 1, PAIN_NOT_CHECKED);
    }

    /** 70 % adherence and a pain rise below 2 NPRS points. */
    public static ProgressionGate standard() {
        return new ProgressionGate(70, 2);
    }

    /** Whether the client may progress into program week {@code week} (≥ 1). */
    public boolean allowsProgressionInto(int week, WeeklyOutcomes outcomes) {
        if (week < 1) {
            throw new IllegalArgumentException("progression happens into week 1 or later, not into week " + week);
        }
        return adherenceHeld(outcomes.adherencePercent(week - 1))
                && !painBlocks(outcomes.averagePain(week - 1),
                        week >= 2 ? outcomes.averagePain(week - 2) : OptionalDouble.empty());
    }

    private boolean adherenceHeld(OptionalDouble adherence) {
        if (minAdherencePercent == ADHERENCE_NOT_CHECKED) {
            return true;
        }
        return adherence.isPresent() && adherence.getAsDouble() >= minAdherencePercent - TOLERANCE;
    }

    private boolean painBlocks(OptionalDouble lastWeek, OptionalDouble weekBefore) {
        if (painRiseLimit == PAIN_NOT_CHECKED) {
            return false;
        }
        if (lastWeek.isEmpty()) {
            return true;
        }
        if (weekBefore.isEmpty()) {
            return false;
        }
        return lastWeek.getAsDouble() - weekBefore.getAsDouble() >= painRiseLimit - TOLERANCE;
    }
}
