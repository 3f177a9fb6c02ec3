package app.keel.program.dosage;

import java.util.OptionalDouble;
import java.util.function.IntPredicate;

/**
 * Progress only on evidence that last week (w-1) went well (docs/clinical-rules.md has the sources):
 * <ul>
 * <li>adherence of week w-1 at least {@code minAdherencePercent};</li>
 * <li>average worst pain of week w-1 not up against the <em>baseline</em> (the mean of the last two earlier
 * non-deload weeks with a score) by {@code painRiseLimit} points or more, nor by {@value #RELATIVE_RISE_PERCENT} %
 * or more (a relative rise counts from half a point, so that noise near a zero baseline does not hold);</li>
 * <li>no day in week w-1 with worst pain above {@value PainMonitoring#CEILING}/10 that had not settled by the next
 * morning, and no flare-up reported in week w-1.</li>
 * </ul>
 * No data is not a green light: without adherence data for last week, or (when pain is checked) without a pain score
 * for last week, the dose holds. Without a baseline there is nothing to compare with, so the other rules alone decide
 * (the first weeks of a program). Deload weeks are left out of the baseline because their lower dose usually means
 * lower pain, which would make the next normal week look like a rise.
 * {@code minAdherencePercent} 0 means adherence is not checked (no data needed); {@code painRiseLimit} 11 means pain
 * is not checked at all (NPRS cannot rise by more than 10). {@link #OFF} is both, so it stays two plain numbers.
 */
public record ProgressionGate(int minAdherencePercent, int painRiseLimit) {

    public static final int ADHERENCE_NOT_CHECKED = 0;
    public static final int PAIN_NOT_CHECKED = 11;
    public static final ProgressionGate OFF = new ProgressionGate(ADHERENCE_NOT_CHECKED, PAIN_NOT_CHECKED);
    /** Farrar et al. 2001: a 30 % change on the NPRS is clinically important. */
    public static final int RELATIVE_RISE_PERCENT = 30;
    private static final int BASELINE_WEEKS = 2;
    private static final double MIN_RELATIVE_RISE_POINTS = 0.5;

    // Averages arrive as doubles: 2.3 - 0.3 is 1.9999999999999998, which must still count as a rise of 2.
    private static final double TOLERANCE = 1e-9;

    public ProgressionGate {
        DoseLimits.requireIn("minimum adherence percent", minAdherencePercent, 0, 100);
        DoseLimits.requireIn("pain rise limit", painRiseLimit, 1, PAIN_NOT_CHECKED);
    }

    /** 70 % adherence and a pain rise below 2 NPRS points (and below 30 %). */
    public static ProgressionGate standard() {
        return new ProgressionGate(70, 2);
    }

    /** As {@link #allowsProgressionInto(int, WeeklyOutcomes, IntPredicate)} for a program without deload weeks. */
    public boolean allowsProgressionInto(int week, WeeklyOutcomes outcomes) {
        return allowsProgressionInto(week, outcomes, w -> false);
    }

    /** Whether the client may progress into program week {@code week} (≥ 1); {@code deloadWeek} tells the baseline. */
    public boolean allowsProgressionInto(int week, WeeklyOutcomes outcomes, IntPredicate deloadWeek) {
        if (week < 1) {
            throw new IllegalArgumentException("progression happens into week 1 or later, not into week " + week);
        }
        return adherenceHeld(outcomes.adherencePercent(week - 1)) && !painBlocks(week - 1, outcomes, deloadWeek);
    }

    private boolean adherenceHeld(OptionalDouble adherence) {
        if (minAdherencePercent == ADHERENCE_NOT_CHECKED) {
            return true;
        }
        return adherence.isPresent() && adherence.getAsDouble() >= minAdherencePercent - TOLERANCE;
    }

    private boolean painBlocks(int lastWeek, WeeklyOutcomes outcomes, IntPredicate deloadWeek) {
        if (painRiseLimit == PAIN_NOT_CHECKED) {
            return false;
        }
        OptionalDouble last = outcomes.averagePain(lastWeek);
        if (last.isEmpty() || outcomes.flareUpReported(lastWeek) || outcomes.painAboveCeiling(lastWeek)) {
            return true;
        }
        OptionalDouble baseline = baseline(lastWeek, outcomes, deloadWeek);
        if (baseline.isEmpty()) {
            return false;
        }
        double rise = last.getAsDouble() - baseline.getAsDouble();
        boolean absolute = rise >= painRiseLimit - TOLERANCE;
        boolean relative = rise >= MIN_RELATIVE_RISE_POINTS - TOLERANCE
                && rise * 100 >= RELATIVE_RISE_PERCENT * baseline.getAsDouble() - TOLERANCE;
        return absolute || relative;
    }

    /** Mean pain of the last two non-deload weeks before {@code lastWeek} that have a score. */
    static OptionalDouble baseline(int lastWeek, WeeklyOutcomes outcomes, IntPredicate deloadWeek) {
        double sum = 0;
        int found = 0;
        for (int w = lastWeek - 1; w >= 0 && found < BASELINE_WEEKS; w--) {
            OptionalDouble pain = outcomes.averagePain(w);
            if (!deloadWeek.test(w) && pain.isPresent()) {
                sum += pain.getAsDouble();
                found++;
            }
        }
        return found == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / found);
    }
}
