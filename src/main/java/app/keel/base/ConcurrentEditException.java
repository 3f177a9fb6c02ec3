package app.keel.base;

/** Someone else saved the same record since it was opened; the user's input was not applied. */
public class ConcurrentEditException extends RuntimeException {

    /** Refuses a save over another version than the one the user opened; names who saved in between. */
    public static void requireVersion(long actual, long expected, String changedBy) {
        if (actual != expected) {
            throw new ConcurrentEditException(changedBy);
        }
    }

    /** A refusal whose message says itself what changed (e.g. a newer invitation link). */
    public static ConcurrentEditException because(String message) {
        return new ConcurrentEditException(message, true);
    }

    private ConcurrentEditException(String message, boolean exact) {
        super(message);
    }

    public ConcurrentEditException(String changedBy) {
        super(changedBy == null
                ? "Someone else changed this record while you were editing it. Your changes are still in the form: "
                        + "reload to see theirs, then apply yours again."
                : changedBy + " changed this record while you were editing it. Your changes are still in the form: "
                        + "reload to see theirs, then apply yours again.");
    }
}
