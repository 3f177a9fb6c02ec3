package app.keel.audit;

import java.time.Instant;

/**
 * A row of the admin's audit grid: the event with the names known today (an erased client or removed login shows
 * as its number only).
 */
public record AuditEntry(long id, Instant occurredAt, Long personId, String person, String action,
                         String subjectType, Long subjectId, Long clientId, String client, String address,
                         boolean succeeded, String detail) {
}
