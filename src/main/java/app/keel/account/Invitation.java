package app.keel.account;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;

import java.time.Instant;

/** A one-time link to set a first password. Only a hash of the token is stored. */
@Entity
class Invitation extends AbstractEntity {

    private long studioId;
    private long accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private boolean revoked;
    private Long createdBy;
    private Instant createdAt;

    protected Invitation() {
    }

    Invitation(long studioId, long accountId, String tokenHash, Instant expiresAt, Long createdBy, Instant createdAt) {
        this.studioId = studioId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getAccountId() {
        return accountId;
    }

    long getStudioId() {
        return studioId;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    InvitationState stateAt(Instant now) {
        if (usedAt != null) {
            return InvitationState.USED;
        }
        if (revoked) {
            return InvitationState.REPLACED;
        }
        return now.isBefore(expiresAt) ? InvitationState.VALID : InvitationState.EXPIRED;
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    void revoke() {
        revoked = true;
    }
}
