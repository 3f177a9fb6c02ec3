package app.keel.audit;

/** A person or client to filter the audit trail by. */
public record AuditOption(long id, String name) {
}
