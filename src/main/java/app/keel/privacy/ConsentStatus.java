package app.keel.privacy;

import java.util.List;

/** The studio's current notice and a client's decisions, newest first. */
public record ConsentStatus(long clientId, PrivacyNotice current, List<ConsentDecision> history) {

    /** The client must be asked: never agreed, withdrew, or agreed to an older version. */
    public boolean needsConsent() {
        return history.isEmpty() || withdrawn() || history.getFirst().noticeVersion() < current.version();
    }

    public boolean withdrawn() {
        return !history.isEmpty() && history.getFirst().decision() == ConsentDecision.Decision.WITHDRAWN;
    }

    /** Agreed to some version, and has not withdrawn since (maybe to an older version than the current one). */
    public boolean agreed() {
        return !history.isEmpty() && history.getFirst().decision() == ConsentDecision.Decision.ACCEPTED;
    }
}
