package app.keel.client;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;

/** A further practitioner of the same studio who shares a client's care. */
@Entity
@IdClass(ClientShare.Key.class)
class ClientShare {

    @Id
    private long clientId;
    @Id
    private long practitionerId;
    private long studioId;

    protected ClientShare() {
    }

    ClientShare(long studioId, long clientId, long practitionerId) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.practitionerId = practitionerId;
    }

    record Key(long clientId, long practitionerId) implements Serializable {
    }
}
