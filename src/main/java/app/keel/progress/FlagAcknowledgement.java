package app.keel.progress;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A practitioner saw a flag; it holds while {@code conditionKey} is still the flag's current condition. */
@Entity
@Table(name = "flag_acknowledgement")
class FlagAcknowledgement extends AbstractEntity {

    private long studioId;
    private long clientId;
    @Enumerated(EnumType.STRING)
    private Flag flag;
    private String conditionKey;
    private String acknowledgedBy;
    private Instant acknowledgedAt;

    protected FlagAcknowledgement() {
    }

    FlagAcknowledgement(long studioId, long clientId, Flag flag) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.flag = flag;
    }

    void set(String conditionKey, String by, Instant at) {
        this.conditionKey = conditionKey;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    Flag getFlag() { return flag; }
    String getConditionKey() { return conditionKey; }
}
