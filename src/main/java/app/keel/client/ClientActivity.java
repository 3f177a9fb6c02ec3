package app.keel.client;

import app.keel.account.Role;
import app.keel.account.security.KeelUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** A client signing in counts as activity, which the clients grid sorts by. */
@Component
class ClientActivity {

    private final ClientRepository clients;
    private final Clock clock;

    ClientActivity(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KeelUser user && user.has(Role.CLIENT)) {
            clients.touch(user.accountId(), clock.instant());
        }
    }
}
