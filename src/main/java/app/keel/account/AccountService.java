package app.keel.account;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SignInAttempts;
import app.keel.account.security.SignInThrottledException;
import app.keel.base.AuditableAction;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Logins, practitioner profiles and invitations. Every method checks role and studio itself. */
@Service
public class AccountService {

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
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PractitionerRepository practitioners,
                   InvitationRepository invitations, PasswordEncoder passwordEncoder, InvitationMailer mailer,
                   StudioService studios, Validator validator, Clock clock,
                   @Value("${keel.invitation.validity}") Duration invitationValidity, SignInAttempts attempts,
                   ApplicationEventPublisher events) {
        this.events = events;
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
    public IssuedInvitation reinvitePractitioner(long practitionerId) {
        KeelUser me = CurrentUser.require();
        Practitioner practitioner = practitioners.findByIdAndStudioId(practitionerId, me.studioId())
                .orElseThrow(NotFoundException::new);
        UserAccount account = accounts.findById(practitioner.getAccountId()).orElseThrow(NotFoundException::new);
        requireNoPasswordYet(account);
        return issue(account, me);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<PractitionerOption> practitionerOptions() {
        return practitioners.options(CurrentUser.require().studioId());
    }

    /** A practitioner of the caller's studio; one of another studio looks exactly like a missing one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public Optional<PractitionerOption> practitioner(long practitionerId) {
        return practitioners.findByIdAndStudioId(practitionerId, CurrentUser.require().studioId())
                .map(p -> new PractitionerOption(p.getId(), p.getFullName()));
    }

    /**
     * Creates (or refreshes, while unused) the CLIENT login of a client record and issues a new link.
     * The client feature checks that the caller may see that client before calling this.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public IssuedInvitation inviteClient(Long existingAccountId, String email, String displayName) {
        KeelUser me = CurrentUser.require();
        UserAccount account;
        if (existingAccountId == null) {
            account = newAccount(me.studioId(), email, displayName, EnumSet.of(Role.CLIENT));
        } else {
            account = accounts.findByIdAndStudioId(existingAccountId, me.studioId())
                    .orElseThrow(NotFoundException::new);
            requireNoPasswordYet(account);
            if (!account.getEmail().equalsIgnoreCase(email.strip())) {
                requireFreeEmail(email);
                account.setEmail(email.strip());
            }
            account.setDisplayName(displayName);
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
            throw InvalidInputException.of("email", "This e-mail address already has a Keel login.");
        }
    }

    private static void requireNoPasswordYet(UserAccount account) {
        if (account.hasPassword()) {
            throw InvalidInputException.of("", "This person has already set a password and can sign in.");
        }
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
