package app.keel.progress;

/**
 * The thresholds behind the caseload flags, stated once. The flag logic reads them here ({@link CaseloadFlags}) and
 * the caseload query binds them as parameters, so the database sorts and filters by the same numbers.
 */
public final class FlagRules {

    /** Worst pain up by this many points (NPRS) over the last 7 days against the 7 before: clinically meaningful. */
    public static final int PAIN_RISE = 2;
    /** Adherence over the last 7 days below this percentage. */
    public static final int LOW_ADHERENCE_BELOW = 50;
    /** Days since the last log (item or check-in) from which a client with a running program counts as silent. */
    public static final int SILENT_DAYS = 3;
    /** A flare-up reported within this many days (today included) stays flagged until acknowledged. */
    public static final int FLARE_UP_DAYS = 14;
    /** A deload that begins within this many days from today (today included up to today + this). */
    public static final int DELOAD_AHEAD_DAYS = 7;
    /** The window of each pain average (the last days, and the same number of days before them). */
    public static final int PAIN_WINDOW_DAYS = 7;

    private FlagRules() {
    }
}
