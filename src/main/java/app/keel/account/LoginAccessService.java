package app.keel.account;

import app.keel.account.ClientDirectory.ClientLogin;
import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.account.security.OpenSessions;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Switching logins off and on: a practitioner who leaves (after their clients are handed over) or a client's login
 * (at discharge, or by hand). A login switched off or changed loses its open sessions at once and its unused
 * invitation links; it cannot sign in again until switched back on.
 */
@Service
public class LoginAccessService {

    private final UserAccountRepository accounts;
    private final PractitionerRepository practitioners;
    private final InvitationRepository invitations;
    private final ClientDirectory clients;
    private final OpenSessions sessions;
    private final ApplicationEventPublisher events;

    LoginAccessService(UserAccountRepository accounts, PractitionerRepository practitioners,
                       InvitationRepository invitations, ClientDirectory clients, OpenSessions sessions,
                       ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.practitioners = practitioners;
        this.invitations = invitations;
        this.clients = clients;
        this.sessions = sessions;
        this.events = events;
    }

    /** The clients a practitioner is primary for: they need a new practitioner before the login goes off. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<ClientLogin> clientsToHandOver(long practitionerId) {
        return clients.primaryClientsOf(practitioner(practitionerId).getId());
    }

    /**
     * Hands every primary client of the practitioner to the practitioner chosen for it (an active practitioner of
     * the studio, not the one leaving), takes the leaving one off shared care, then switches their login off.
     */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public void deactivatePractitioner(long practitionerId, Map<Long, Long> newPractitionerByClient) {
        KeelUser me = CurrentUser.require();
        Practitioner leaving = practitioner(practitionerId);
        UserAccount account = accounts.findByIdAndStudioId(leaving.getAccountId(), me.studioId())
                .orElseThrow(NotFoundException::new);
        if (account.getId() == me.accountId()) {
            throw InvalidInputException.of("", "You cannot switch off your own login. Ask another admin.");
        }
        Map<Long, Long> chosen = newPractitionerByClient == null ? Map.of() : newPractitionerByClient;
        Set<Long> primary = clients.primaryClientsOf(leaving.getId()).stream().map(ClientLogin::clientId)
                .collect(Collectors.toSet());
        if (!chosen.keySet().equals(primary)) {
            throw InvalidInputException.of("", "Choose a new practitioner for each of "
                    + leaving.getFullName() + "'s clients.");
        }
        Set<Long> active = practitioners.activeIds(me.studioId());
        for (Long to : chosen.values()) {
            if (to == null || to.equals(leaving.getId()) || !active.contains(to)) {
                throw InvalidInputException.of("", "Choose an active practitioner of this studio for each client.");
            }
        }
        clients.handOver(leaving.getId(), chosen, me.displayName());
        switchLogin(account, LoginAccess.NONE, "PRACTITIONER_SWITCHED_OFF");
    }

    /** Switches a practitioner's login back on (clients are not handed back). */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public void reactivatePractitioner(long practitionerId) {
        Practitioner practitioner = practitioner(practitionerId);
        UserAccount account = accounts.findByIdAndStudioId(practitioner.getAccountId(), practitioner.getStudioId())
                .orElseThrow(NotFoundException::new);
        switchLogin(account, LoginAccess.FULL, "PRACTITIONER_SWITCHED_ON");
    }

    /**
     * Sets what a client's login may do. The caller must see the client (studio admin: the studio; practitioner:
     * their caseload), and the login must be a client's login.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public void setClientLogin(long clientId, LoginAccess access) {
        if (access == null) {
            throw InvalidInputException.of("", "Choose whether the client may sign in.");
        }
        ClientLogin client = clients.visibleClient(clientId).orElseThrow(NotFoundException::new);
        if (client.accountId() == null) {
            throw InvalidInputException.of("", "This client has no login yet.");
        }
        UserAccount account = accounts.findByIdAndStudioId(client.accountId(), CurrentUser.require().studioId())
                .filter(a -> a.getRoles().equals(EnumSet.of(Role.CLIENT)))
                .orElseThrow(NotFoundException::new);
        if (account.access() != access) {
            switchLogin(account, access, "CLIENT_LOGIN_" + access.name());
        }
    }

    private void switchLogin(UserAccount account, LoginAccess access, String action) {
        account.setAccess(access);
        accounts.saveAndFlush(account);
        invitations.revokeOpen(account.getId());
        sessions.endAll(account.getId());
        events.publishEvent(new AuditableAction(action, "ACCOUNT", account.getId(), account.getStudioId()));
    }

    private Practitioner practitioner(long practitionerId) {
        return practitioners.findByIdAndStudioId(practitionerId, CurrentUser.require().studioId())
                .orElseThrow(NotFoundException::new);
    }
}
