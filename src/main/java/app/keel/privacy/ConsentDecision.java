package app.keel.privacy;

import java.time.Instant;

/** One decision of a client about a version of the notice, with the address it came from. */
public record ConsentDecision(int noticeVersion, Decision decision, Instant decidedAt, String clientAddress) {

    public enum Decision { ACCEPTED, WITHDRAWN }
}
