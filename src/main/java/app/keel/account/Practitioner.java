package app.keel.account;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** The clinical profile of a staff account that treats clients. */
@Entity
public class Practitioner extends AbstractEntity {

    private long studioId;
    private long accountId;
    private String fullName;
    @Version
    private long version;

    protected Practitioner() {
    }

    Practitioner(long studioId, long accountId, String fullName) {
        this.studioId = studioId;
        this.accountId = accountId;
        this.fullName = fullName;
    }

    public long getStudioId() {
        return studioId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        return fullName;
    }
}
