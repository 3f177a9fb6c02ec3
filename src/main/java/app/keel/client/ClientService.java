package app.keel.client;

import app.keel.account.AccountService;
import app.keel.account.IssuedInvitation;
import app.keel.account.LoginAccess;
import app.keel.account.LoginAccessService;
import app.keel.account.PractitionerOption;
import app.keel.account.Role;
import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails.LoginState;
import app.keel.studio.StudioService;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Client profiles and caseloads. Practitioners reach their own caseload, studio admins the whole studio;
 * a client outside that answers exactly like a client that does not exist.
 */
@Service
public class ClientService {

    static final String SUBJECT = "CLIENT";

    private final ClientRepository clients;
    private final AccountService accounts;
    private final LoginAccessService logins;
    private final StudioService studios;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    ClientService(ClientRepository clients, AccountService accounts, LoginAccessService logins, StudioService studios,
                  ApplicationEventPublisher events, Validator validator, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.logins = logins;
        this.studios = studios;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<ClientSummary> list(ClientFilter filter, Pageable pageable) {
        KeelUser me = CurrentUser.require();
        ClientFilter f = filter == null ? ClientFilter.none() : filter;
        return clients.page(me.studioId(), me.isAdmin(), practitionerOf(me), InputRules.likePattern(f.text()),
                f.statuses(), ClientSorts.sanitize(pageable)).getContent();
    }

    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ClientDetails get(long clientId) {
        Client client = visible(clientId);
        audit("CLIENT_READ", client);
        return details(client);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ClientDetails create(ClientDraft draft) {
        KeelUser me = CurrentUser.require();
        long practitionerId = checkedPrimary(me, draft, null);
        check(me, draft, 0L, null);
        Client client = new Client(me.studioId());
        client.apply(draft, practitionerId, me.displayName());
        clients.saveAndFlush(client);
        audit("CLIENT_CREATED", client);
        return details(client);
    }

    /** Saves over the version the user opened; if someone saved in between, nothing changes and they are named. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ClientDetails update(long clientId, long expectedVersion, ClientDraft draft) {
        KeelUser me = CurrentUser.require();
        Client client = visible(clientId);
        ConcurrentEditException.requireVersion(client.getVersion(), expectedVersion, client.getUpdatedBy());
        long practitionerId = checkedPrimary(me, draft, client);
        check(me, draft, clientId, client.getAccountId());
        boolean wasDischarged = client.getStatus() == ClientStatus.DISCHARGED;
        client.apply(draft, practitionerId, me.displayName());
        clients.saveAndFlush(client);
        audit("CLIENT_UPDATED", client);
        boolean discharged = client.getStatus() == ClientStatus.DISCHARGED;
        if (client.getAccountId() != null && wasDischarged != discharged) {
            logins.setClientLogin(clientId, loginAccess(me, client));
        }
        return details(client);
    }

    /**
     * Switches the client's login off, or back on: fully for a client in care, for reading only for a discharged
     * client when the studio lets discharged clients keep their portal.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ClientDetails switchLogin(long clientId, boolean on) {
        KeelUser me = CurrentUser.require();
        Client client = visible(clientId);
        LoginAccess access = on ? loginAccess(me, client) : LoginAccess.NONE;
        if (on && access == LoginAccess.NONE) {
            throw InvalidInputException.of("", "This client is discharged, and this studio does not let discharged "
                    + "clients sign in. Change their status, or the studio's setting on the practitioners page.");
        }
        logins.setClientLogin(clientId, access);
        return details(client);
    }

    private LoginAccess loginAccess(KeelUser me, Client client) {
        if (client.getStatus() != ClientStatus.DISCHARGED) {
            return LoginAccess.FULL;
        }
        return studios.get(me.studioId()).dischargedClientsKeepAccess() ? LoginAccess.READ_ONLY : LoginAccess.NONE;
    }

    /**
     * Creates the client's login if needed and a fresh one-time link (older links stop working), unless another link
     * was sent since the newest one the page showed ({@link ClientDetails#invitationId()}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public IssuedInvitation invite(long clientId, long seenInvitationId) {
        Client client = visible(clientId);
        IssuedInvitation invitation = accounts.inviteClient(client.getId(), seenInvitationId);
        client.linkAccount(invitation.accountId());
        audit("CLIENT_INVITED", client);
        return invitation;
    }

    /** A client of the caller's caseload, for features that attach records to clients. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ClientRef reference(long clientId) {
        Client client = visible(clientId);
        return new ClientRef(client.getId(), client.getFullName());
    }

    /** The signed-in client's own record. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public ClientRef me() {
        KeelUser me = CurrentUser.require();
        return clients.findByAccount(me.studioId(), me.accountId())
                .map(c -> new ClientRef(c.getId(), c.getFullName())).orElseThrow(NotFoundException::new);
    }

    /** The signed-in client's own name, for the portal's greeting. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public String myName() {
        KeelUser me = CurrentUser.require();
        return clients.findByAccount(me.studioId(), me.accountId()).map(Client::getFullName)
                .orElse(me.displayName());
    }

    /** The name of a client's primary practitioner, for printouts: staff within their caseload, or the client. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER', 'CLIENT')")
    public String practitionerName(long clientId) {
        KeelUser me = CurrentUser.require();
        Optional<Client> client = me.isStaff()
                ? clients.findVisible(clientId, me.studioId(), me.isAdmin(), practitionerOf(me)) : Optional.empty();
        if (client.isEmpty() && me.has(Role.CLIENT)) {
            client = clients.findByAccount(me.studioId(), me.accountId()).filter(c -> c.getId() == clientId);
        }
        return clients.practitionerName(client.orElseThrow(NotFoundException::new).getPrimaryPractitionerId());
    }

    private Client visible(long clientId) {
        KeelUser me = CurrentUser.require();
        return clients.findVisible(clientId, me.studioId(), me.isAdmin(), practitionerOf(me))
                .orElseThrow(NotFoundException::new);
    }

    private long checkedPrimary(KeelUser me, ClientDraft draft, Client existing) {
        Long wanted = draft.getPrimaryPractitionerId();
        if (wanted == null) {
            if (existing != null) {
                return existing.getPrimaryPractitionerId();
            }
            if (me.practitionerId() == null) {
                throw InvalidInputException.of("primaryPractitionerId", "Choose the client's practitioner.");
            }
            return me.practitionerId();
        }
        long current = existing == null ? Objects.requireNonNullElse(me.practitionerId(), -1L)
                : existing.getPrimaryPractitionerId();
        if (!me.isAdmin() && wanted != current) {
            throw InvalidInputException.of("primaryPractitionerId",
                    "Only a studio admin can give a client to another practitioner.");
        }
        return accounts.practitioner(wanted).map(PractitionerOption::id)
                .orElseThrow(() -> InvalidInputException.of("primaryPractitionerId",
                        "Choose a practitioner of this studio."));
    }

    private void check(KeelUser me, ClientDraft draft, long exceptId, Long ownAccount) {
        Map<String, String> errors = new LinkedHashMap<>(InputRules.violations(validator, draft));
        LocalDate today = me.today(clock);
        if (draft.getDateOfBirth() != null && draft.getDateOfBirth().isAfter(today)) {
            errors.putIfAbsent("dateOfBirth", "The date of birth cannot be in the future.");
        }
        // The same words for a client of this studio (maybe outside the caller's caseload) and for a login anywhere:
        // the answer must not tell which, or in which studio.
        if (draft.getEmail() != null && !errors.containsKey("email")
                && (clients.emailTaken(me.studioId(), draft.getEmail().strip(), exceptId)
                || !accounts.emailUsable(draft.getEmail(), ownAccount))) {
            errors.put("email", AccountService.EMAIL_UNAVAILABLE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ClientDetails details(Client c) {
        LoginState login = c.getAccountId() == null ? LoginState.NONE
                : LoginState.valueOf(clients.loginState(c.getAccountId()));
        return new ClientDetails(c.getId(), c.getFullName(), c.getEmail(), c.getDateOfBirth(), c.getPhone(),
                c.getStatus(), c.getNotes(), c.getPrimaryPractitionerId(),
                clients.practitionerName(c.getPrimaryPractitionerId()), login, c.getLastActivityAt(), c.getVersion(),
                c.getAccountId() == null ? 0 : clients.newestInvitation(c.getAccountId()));
    }

    private void audit(String action, Client client) {
        events.publishEvent(new AuditableAction(action, SUBJECT, client.getId(), client.getStudioId()));
    }

    private static long practitionerOf(KeelUser me) {
        return me.practitionerId() == null ? Caseload.NO_PRACTITIONER : me.practitionerId();
    }
}
