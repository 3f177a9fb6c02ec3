package app.keel.audit;

import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update or delete method exists, and the database refuses them too. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}
