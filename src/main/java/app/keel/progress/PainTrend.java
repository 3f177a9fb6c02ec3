package app.keel.progress;

/** Which way worst pain moved over the last 7 days against the 7 before, for the caseload's arrow. */
public enum PainTrend {

    RISING("↑", "Pain rising"),
    STEADY("→", "Pain steady"),
    FALLING("↓", "Pain easing"),
    UNKNOWN("·", "Not enough check-ins to tell");

    /** A change smaller than a point is noise on a 0–10 scale. */
    static final double ONE_POINT = 1.0;

    private final String arrow;
    private final String words;

    PainTrend(String arrow, String words) {
        this.arrow = arrow;
        this.words = words;
    }

    public String arrow() {
        return arrow;
    }

    public String words() {
        return words;
    }

    public static PainTrend of(ClientFacts f) {
        if (f.painCount7() == 0 || f.painCountBefore() == 0) {
            return UNKNOWN;
        }
        double change = (double) f.painSum7() / f.painCount7() - (double) f.painSumBefore() / f.painCountBefore();
        return change >= ONE_POINT ? RISING : change <= -ONE_POINT ? FALLING : STEADY;
    }
}
