package app.keel.base;

/**
 * Published by features when someone reads or changes a record worth auditing; the audit feature stores it.
 * Carries identifiers and the kind of action only, never clinical values. {@code clientId} names the client the
 * record belongs to (so an admin can ask "who touched this client's records"); null when none does.
 */
public record AuditableAction(String action, String subjectType, Long subjectId, Long studioId, Long clientId) {

    /** For a subject that is itself a client, or belongs to no client. */
    public AuditableAction(String action, String subjectType, Long subjectId, Long studioId) {
        this(action, subjectType, subjectId, studioId, "CLIENT".equals(subjectType) ? subjectId : null);
    }
}
