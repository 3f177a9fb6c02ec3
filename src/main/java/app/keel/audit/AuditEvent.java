package app.keel.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, from which address, and whether it worked. Never
 * clinical values, and no names: people are identified by account id, names are looked up when the trail is shown.
 * Rows are written by one SQL statement that also chains them ({@link AuditTrail}); this mapping only reads them.
 */
@Entity
@Immutable
class AuditEvent {

    @Id
    private Long id;
    private Instant occurredAt;
    private String actor;
    private Long actorAccountId;
    private Long studioId;
    private String action;
    private String subjectType;
    private Long subjectId;
    private String outcome;
    private Long clientId;
    private String clientAddress;
    private String detail;
    private long chainSeq;
    private String hash;

    protected AuditEvent() {
    }

    ChainedEvent chained() {
        return new ChainedEvent(id, studioId == null ? 0 : studioId, chainSeq, occurredAt, actor, actorAccountId,
                studioId, action, subjectType, subjectId, clientId, clientAddress, detail, outcome, hash);
    }

    enum Outcome { SUCCESS, FAILURE }
}
