package app.keel.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the audit trail: who did what to which record, and whether it worked. Never clinical values. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private Long actorAccountId;
    private Long studioId;
    private String action;
    private String subjectType;
    private Long subjectId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, Long actorAccountId, Long studioId, String action,
               String subjectType, Long subjectId, Outcome outcome) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorAccountId = actorAccountId;
        this.studioId = studioId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.outcome = outcome;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public Long getStudioId() {
        return studioId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public enum Outcome { SUCCESS, FAILURE }
}
