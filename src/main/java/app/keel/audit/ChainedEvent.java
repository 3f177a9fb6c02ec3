package app.keel.audit;

import java.time.Instant;

/** An audit row as the chain sees it: every hashed field, its place in the chain and the hash stored with it. */
record ChainedEvent(long id, long chainKey, long chainSeq, Instant occurredAt, String actor, Long actorAccountId,
                    Long studioId, String action, String subjectType, Long subjectId, Long clientId,
                    String clientAddress, String detail, String outcome, String hash) {
}
