package app.keel.client;

import app.keel.account.ClientDirectory;
import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The client module's answers to the account module; scoped to the signed-in person like every client query. */
@Component
class ClientLogins implements ClientDirectory {

    private final ClientRepository clients;
    private final ApplicationEventPublisher events;

    ClientLogins(ClientRepository clients, ApplicationEventPublisher events) {
        this.clients = clients;
        this.events = events;
    }

    @Override
    public Optional<ClientLogin> visibleClient(long clientId) {
        KeelUser me = CurrentUser.require();
        long practitioner = me.practitionerId() == null ? Caseload.NO_PRACTITIONER : me.practitionerId();
        return clients.findVisible(clientId, me.studioId(), me.isAdmin(), practitioner).map(ClientLogins::login);
    }

    @Override
    public List<ClientLogin> primaryClientsOf(long practitionerId) {
        return clients.primaryClientsOf(CurrentUser.require().studioId(), practitionerId).stream()
                .map(ClientLogins::login).toList();
    }

    @Override
    public void handOver(long leavingPractitionerId, Map<Long, Long> newPractitionerByClient, String editor) {
        long studioId = CurrentUser.require().studioId();
        for (Client client : clients.primaryClientsOf(studioId, leavingPractitionerId)) {
            client.assignPrimary(newPractitionerByClient.get(client.getId()), editor);
            events.publishEvent(new AuditableAction("CLIENT_HANDED_OVER", ClientService.SUBJECT, client.getId(),
                    studioId));
        }
        clients.flush();
        clients.removeShares(studioId, leavingPractitionerId);
    }

    private static ClientLogin login(Client c) {
        return new ClientLogin(c.getId(), c.getAccountId(), c.getEmail(), c.getFullName());
    }
}
