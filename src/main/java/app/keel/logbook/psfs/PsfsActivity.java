package app.keel.logbook.psfs;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;

import java.time.Instant;

/** An activity the client finds hard ("lift the laundry basket"), rated 0–10 over time. Retired, never deleted. */
@Entity
public class PsfsActivity extends AbstractEntity {

    private long studioId;
    private long clientId;
    private int position;
    private String description;
    private boolean retired;
    private Instant createdAt;

    protected PsfsActivity() {
    }

    public PsfsActivity(long studioId, long clientId, int position, String description, Instant createdAt) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.position = position;
        this.description = description;
        this.createdAt = createdAt;
    }

    void retire() {
        retired = true;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public long getStudioId() { return studioId; }
    public long getClientId() { return clientId; }
    public int getPosition() { return position; }
    public String getDescription() { return description; }
    public boolean isRetired() { return retired; }
}
