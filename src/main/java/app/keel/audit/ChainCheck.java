package app.keel.audit;

/**
 * The result of verifying one chain: how many events verified, and the first broken link if any.
 *
 * @param studioId      the studio whose chain this is; null for the chain of events without a studio
 * @param verified      events that verified before the first broken link (all of them when intact)
 * @param firstBroken   what is wrong, naming the event; null when the chain is intact
 * @param brokenEventId the id of the event named, if any
 */
public record ChainCheck(Long studioId, long verified, String firstBroken, Long brokenEventId) {

    public boolean intact() {
        return firstBroken == null;
    }

    /** What the admin reads after pressing "Verify audit trail". */
    public String message() {
        return intact() ? "All " + verified + (verified == 1 ? " event" : " events") + " verified."
                : "The audit trail is broken. " + firstBroken;
    }
}
