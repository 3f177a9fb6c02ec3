package app.keel.base;

/**
 * Published by features when someone reads or changes a record worth auditing; the audit feature stores it.
 * Carries identifiers and the kind of action only, never clinical values.
 */
public record AuditableAction(String action, String subjectType, Long subjectId, Long studioId) {
}
