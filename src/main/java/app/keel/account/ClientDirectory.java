package app.keel.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the account module needs to know about clients, answered by the client module (which depends on accounts,
 * so accounts ask through this interface and never the other way). Every answer is scoped to the signed-in person:
 * a client outside their studio or caseload is simply not there.
 */
public interface ClientDirectory {

    /** The client with this id if the caller may see it (studio admins: the studio; practitioners: the caseload). */
    Optional<ClientLogin> visibleClient(long clientId);

    /** The clients of the caller's studio whose primary practitioner this is, by name. */
    List<ClientLogin> primaryClientsOf(long practitionerId);

    /**
     * Gives each client its new primary practitioner (all of the caller's studio, checked by the caller) and removes
     * the leaving practitioner from every client's shared care.
     */
    void handOver(long leavingPractitionerId, Map<Long, Long> newPractitionerByClient, String editor);

    /** A client record as the account module sees it: its login (null before the first invitation), e-mail, name. */
    record ClientLogin(long clientId, Long accountId, String email, String fullName) {
    }
}
