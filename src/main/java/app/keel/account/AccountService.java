package app.keel.account;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.account.security.OpenSessions;
import app.keel.account.security.SignInAttempts;
import app.keel.account.security.SignInThrottledException;
import app.keel.base.AuditableAction;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.studio.StudioService;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Logins, practitioner profiles and invitations. Every method checks role and studio itself. */
@Service
public class AccountService {

    /**
     * One message for every address that cannot be used: an e-mail is one login in the whole installation (sign-in
     * asks for nothing else), so a refusal cannot be avoided, but it never says whose address it is or where.
     */
    public static final String EMAIL_UNAVAILABLE = "This e-mail address cannot be used here. Please check it, or "
            + "use another address.";

    private final UserAccountRepository accounts;
    private final PractitionerRepository practitioners;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final InvitationMailer mailer;
    private final StudioService studios;
    private final Validator validator;
    private final Clock clock;
    private final Duration invitationValidity;
    private final SignInAttempts attempts;
    private final ClientDirectory clientDirectory;
    private final OpenSessions sessions;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PractitionerRepository practitioners,
                   InvitationRepository invitations, PasswordEncoder passwordEncoder, InvitationMailer mailer,
                   StudioService studios, Validator validator, Clock clock,
                   @Value("${keel.invitation.validity}") Duration invitationValidity, SignInAttempts attempts,
                   ClientDirectory clientDirectory, OpenSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.practitioners = practitioners;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.studios = studios;
        this.validator = validator;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
        this.attempts = attempts;
        this.clientDirectory = clientDirectory;
        this.sessions = sessions;
        this.events = events;
    }

    /** Installation-level: a staff login with a known password (demo data, first admin of a studio). */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public long provisionStaff(long studioId, StaffDraft draft, String password, Set<Role> roles) {
        InputRules.check(validator, draft);
        PasswordPolicy.problem(password).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        UserAccount account = newAccount(studioId, draft.getEmail(), draft.getFullName(), roles);
        account.setPasswordHash(passwordEncoder.encode(password));
        if (roles.contains(Role.PRACTITIONER)) {
            practitioners.save(new Practitioner(studioId, account.getId(), account.getDisplayName()));
        }
        return account.getId();
    }

    /**
     * Whether an address may become the login of the client (or staff member) being saved: not a login of anyone
     * else, in any studio. Staff only; answers only yes or no, and callers show {@link #EMAIL_UNAVAILABLE}, the same
     * words whether the address belongs to another studio's user or a client outside the caller's caseload.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public boolean emailUsable(String email, Long ownAccountId) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return accounts.findByEmailIgnoreCase(email.strip())
                .map(a -> a.getId().equals(ownAccountId)).orElse(true);
    }

    /** Installation-level: whether a login exists (seeding checks it to run only once). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean loginExists(String email) {
        return accounts.emailTaken(email);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public List<PractitionerSummary> listPractitioners(String text, Pageable pageable) {
        // One fixed order (name, then id) keeps pages stable; this grid offers no other sort.
        Pageable byName = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                JpaSort.unsafe("lower(p.fullName)").and(Sort.by("id")));
        return practitioners.page(CurrentUser.require().studioId(), InputRules.likePattern(text), byName).getContent();
    }

    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public IssuedInvitation invitePractitioner(StaffDraft draft) {
        InputRules.check(validator, draft);
        KeelUser me = CurrentUser.require();
        UserAccount account = newAccount(me.studioId(), draft.getEmail(), draft.getFullName(),
                EnumSet.of(Role.PRACTITIONER));
        practitioners.save(new Practitioner(me.studioId(), account.getId(), account.getDisplayName()));
        return issue(account, me);
    }

    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public IssuedInvitation reinvitePractitioner(long practitionerId, long seenInvitationId) {
        KeelUser me = CurrentUser.require();
        Practitioner practitioner = practitioners.findByIdAndStudioId(practitionerId, me.studioId())
                .orElseThrow(NotFoundException::new);
        UserAccount account = accounts.findById(practitioner.getAccountId()).orElseThrow(NotFoundException::new);
        requireNoPasswordYet(account);
        requireNewestSeen(account, seenInvitationId, me);
        return issue(account, me);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<PractitionerOption> practitionerOptions() {
        return practitioners.options(CurrentUser.require().studioId());
    }

    /**
     * An active practitioner of the caller's studio (one who may take clients); one of another studio or switched
     * off looks exactly like a missing one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public Optional<PractitionerOption> practitioner(long practitionerId) {
        return practitioners.activeOption(practitionerId, CurrentUser.require().studioId());
    }

    /**
     * Creates (or refreshes, while unused) the CLIENT login of a client record and issues a new link. Checks the
     * caller may see that client itself (studio admin: the studio; practitioner: the caseload) and that an existing
     * login is that client's login; e-mail and name come from the client record, not from the caller.
     * {@code seenInvitationId} is the newest link the page showed (0: none); if another was sent since, nothing is
     * issued and the caller is told who sent it and when.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public IssuedInvitation inviteClient(long clientId, long seenInvitationId) {
        KeelUser me = CurrentUser.require();
        ClientDirectory.ClientLogin client = clientDirectory.visibleClient(clientId).orElseThrow(NotFoundException::new);
        UserAccount account;
        if (client.accountId() == null) {
            account = newAccount(me.studioId(), client.email(), client.fullName(), EnumSet.of(Role.CLIENT));
        } else {
            account = accounts.findByIdAndStudioId(client.accountId(), me.studioId())
                    .filter(a -> a.getRoles().equals(EnumSet.of(Role.CLIENT)))
                    .orElseThrow(NotFoundException::new);
            requireNoPasswordYet(account);
            if (!account.isEnabled()) {
                throw InvalidInputException.of("", "This client's login is switched off. Switch it on first.");
            }
            requireNewestSeen(account, seenInvitationId, me);
            if (!account.getEmail().equalsIgnoreCase(client.email().strip())) {
                requireFreeEmail(client.email());
                account.setEmail(client.email().strip());
            }
            account.setDisplayName(client.fullName());
        }
        return issue(account, me);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public InvitationCheck checkInvitation(String token) {
        Optional<Invitation> invitation = findInvitation(token);
        if (invitation.isEmpty()) {
            return new InvitationCheck(InvitationState.UNKNOWN, null, null);
        }
        UserAccount account = accounts.findById(invitation.get().getAccountId()).orElseThrow();
        return new InvitationCheck(invitation.get().stateAt(clock.instant()), account.getDisplayName(),
                account.getEmail());
    }

    /** Sets the first password of an invited account; the link works once. @return the e-mail to sign in with */
    @Transactional
    @PreAuthorize("permitAll()")
    public String acceptInvitation(String token, String password, String confirmation) {
        Invitation invitation = findInvitation(token)
                .filter(i -> i.stateAt(clock.instant()) == InvitationState.VALID)
                .orElseThrow(() -> InvalidInputException.of("",
                        "This invitation link is no longer valid. Ask your studio for a new one."));
        checkNewPassword(password, confirmation);
        UserAccount account = accounts.findById(invitation.getAccountId()).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(password));
        invitation.markUsed(clock.instant());
        audit("INVITATION_ACCEPTED", account);
        return account.getEmail();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        KeelUser me = CurrentUser.require();
        UserAccount account = accounts.findById(me.accountId()).orElseThrow(NotFoundException::new);
        // Guessing the current password here is guessing the sign-in password: the same count and wait apply.
        try {
            attempts.checkAllowed(me.email(), null);
        } catch (SignInThrottledException e) {
            throw InvalidInputException.of("currentPassword", e.getMessage());
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            attempts.failed(me.email(), null);
            throw InvalidInputException.of("currentPassword", "This is not your current password.");
        }
        checkNewPassword(newPassword, confirmation);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        // Whoever else holds a session of this login (a lost phone, a shared computer) is signed out at once.
        invitations.revokeOpen(account.getId());
        sessions.endOthers(account.getId());
        audit("PASSWORD_CHANGED", account);
    }

    /** Identifiers only: the account, never its e-mail or the password. */
    private void audit(String action, UserAccount account) {
        events.publishEvent(new AuditableAction(action, "ACCOUNT", account.getId(), account.getStudioId()));
    }

    private void checkNewPassword(String password, String confirmation) {
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem);
        });
        if (!password.equals(confirmation)) {
            throw InvalidInputException.of("confirmation", "The two passwords are not the same.");
        }
    }

    private UserAccount newAccount(long studioId, String email, String displayName, Set<Role> roles) {
        requireFreeEmail(email);
        return accounts.saveAndFlush(new UserAccount(studioId, email.strip(), displayName.strip(), roles));
    }

    private void requireFreeEmail(String email) {
        if (accounts.emailTaken(email.strip())) {
            throw InvalidInputException.of("email", EMAIL_UNAVAILABLE);
        }
    }

    private static void requireNoPasswordYet(UserAccount account) {
        if (account.hasPassword()) {
            throw InvalidInputException.of("", "This person has already set a password and can sign in.");
        }
    }

    /** Two people pressing "send link" at once would each replace the other's link; the second is refused. */
    private void requireNewestSeen(UserAccount account, long seenInvitationId, KeelUser me) {
        invitations.findFirstByAccountIdOrderByIdDesc(account.getId())
                .filter(newest -> newest.getId() != seenInvitationId)
                .ifPresent(newest -> {
                    String who = newest.getCreatedBy() == null ? "Someone" : accounts.findById(newest.getCreatedBy())
                            .map(UserAccount::getDisplayName).orElse("Someone");
                    String at = DateTimeFormatter.ofPattern("HH:mm").format(newest.getCreatedAt().atZone(me.zoneId()));
                    throw ConcurrentEditException.because(who + " sent a new link at " + at
                            + " — the page now shows it. Send another only if that one did not arrive.");
                });
    }

    private IssuedInvitation issue(UserAccount account, KeelUser inviter) {
        invitations.revokeOpen(account.getId());
        String token = InvitationTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(invitationValidity);
        invitations.save(new Invitation(account.getStudioId(), account.getId(), InvitationTokens.hash(token), expires,
                inviter.accountId(), now));
        audit("INVITATION_ISSUED", account);
        boolean emailed = mailer.send(account.getEmail(), account.getDisplayName(),
                studios.get(account.getStudioId()).getName(), token);
        return new IssuedInvitation(account.getId(), account.getEmail(), token, expires, emailed);
    }

    private Optional<Invitation> findInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token));
    }
}
