package app.keel.audit;

/**
 * Walks one chain in order and names its first broken link: a row whose hash does not follow from its fields and
 * its predecessor (changed), a jump in the numbering (deleted rows), or a head that does not match the last row
 * (rows deleted or changed at the end). Plain Java, fed one row at a time so a long chain never sits in memory.
 */
final class ChainVerifier {

    private final Long studioId;
    private long expectedSeq = 1;
    private String previous = AuditChainHash.GENESIS;
    private Long lastId;
    private String broken;
    private Long brokenId;

    ChainVerifier(Long studioId) {
        this.studioId = studioId;
    }

    /** @return false once a broken link was found (later rows cannot be trusted, so they are not read). */
    boolean accept(ChainedEvent e) {
        if (broken != null) {
            return false;
        }
        if (e.chainSeq() != expectedSeq) {
            long missing = e.chainSeq() - expectedSeq;
            return fail(e.id(), missing > 0
                    ? "Event " + e.id() + " is number " + e.chainSeq() + " of the chain, but " + missing
                    + (missing == 1 ? " event is" : " events are") + " missing before it: deleted."
                    : "Event " + e.id() + " repeats number " + e.chainSeq() + " of the chain.");
        }
        if (!AuditChainHash.of(e, previous).equals(e.hash())) {
            return fail(e.id(), "Event " + e.id() + " (number " + e.chainSeq() + " of the chain) does not match its "
                    + "hash: it, or the event before it, was changed after it was written.");
        }
        previous = e.hash();
        lastId = e.id();
        expectedSeq++;
        return true;
    }

    ChainCheck finish(Long headSeq, String headHash) {
        long events = expectedSeq - 1;
        if (broken == null) {
            if (headSeq == null && events > 0) {
                fail(lastId, "The chain's head record is missing.");
            } else if (headSeq != null && headSeq > events) {
                long missing = headSeq - events;
                fail(lastId, (events == 0 ? "All " + missing + (missing == 1 ? " event" : " events")
                        : "The last " + missing + (missing == 1 ? " event" : " events") + " after event " + lastId)
                        + " of the chain " + (missing == 1 ? "was" : "were") + " deleted.");
            } else if (headSeq != null && (headSeq < events || !headHash.equals(previous))) {
                fail(lastId, "The newest event (" + lastId + ") or the chain's head was changed after it was written.");
            }
        }
        return new ChainCheck(studioId, events, broken, brokenId);
    }

    private boolean fail(Long id, String message) {
        broken = message;
        brokenId = id;
        return false;
    }
}
