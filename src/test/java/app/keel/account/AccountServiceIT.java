package app.keel.account;

import app.keel.account.security.KeelUser;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

import java.time.Duration;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    ClientService clients;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authentication;

    StudioSetup studio;
    ClientDetails client;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Invited Person");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_invitation_works_once_then_says_it_was_used() {
        String token = as(studio.practitioner(), () -> clients.invite(client.id(), 0)).token();
        assertThat(accounts.checkInvitation(token).state()).isEqualTo(InvitationState.VALID);
        assertThat(accounts.checkInvitation(token).email()).isEqualTo(client.email());

        String email = accounts.acceptInvitation(token, "a long enough password", "a long enough password");
        assertThat(email).isEqualTo(client.email());
        assertThat(accounts.checkInvitation(token).state()).isEqualTo(InvitationState.USED);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "another password!", "another password!"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no longer valid");
        assertThat(signIn(email, "a long enough password").getPrincipal()).isInstanceOf(KeelUser.class);
    }

    @Test
    void an_invitation_expires_after_seven_days_and_sets_no_password() {
        String token = as(studio.practitioner(), () -> clients.invite(client.id(), 0)).token();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(accounts.checkInvitation(token).state()).isEqualTo(InvitationState.EXPIRED);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "a long enough password", "a long enough password"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select password_hash from user_account where lower(email) = lower(?)",
                String.class, client.email())).isNull();
    }

    @Test
    void a_new_link_replaces_the_previous_one() {
        String first = as(studio.practitioner(), () -> clients.invite(client.id(), 0)).token();
        String second = as(studio.practitioner(), () -> clients.invite(client.id(),
                clients.get(client.id()).invitationId())).token();
        assertThat(accounts.checkInvitation(first).state()).isEqualTo(InvitationState.REPLACED);
        assertThat(accounts.checkInvitation(second).state()).isEqualTo(InvitationState.VALID);
        assertThat(accounts.checkInvitation("made-up-token").state()).isEqualTo(InvitationState.UNKNOWN);
    }

    @Test
    void a_link_sent_meanwhile_refuses_the_second_send_names_who_sent_it_and_issues_nothing() {
        String first = as(studio.practitioner(), () -> clients.invite(client.id(), 0)).token();
        long seen = as(studio.practitioner(), () -> clients.get(client.id())).invitationId();
        assertThat(seen).isPositive();
        // The admin sends a new link while the practitioner's page still shows the first one.
        String admins = as(studio.admin(), () -> clients.invite(client.id(), seen)).token();
        String before = invitationState();

        assertThatThrownBy(() -> as(studio.practitioner(), () -> clients.invite(client.id(), seen)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageStartingWith(studio.admin().displayName() + " sent a new link at ")
                .hasMessageContaining("the page now shows it");
        assertThat(invitationState()).as("nothing issued or revoked").isEqualTo(before);
        assertThat(accounts.checkInvitation(admins).state()).isEqualTo(InvitationState.VALID);
        assertThat(accounts.checkInvitation(first).state()).isEqualTo(InvitationState.REPLACED);
        // Having seen the newer link (the page reloads), a deliberate new send goes through.
        long now = as(studio.practitioner(), () -> clients.get(client.id())).invitationId();
        as(studio.practitioner(), () -> clients.invite(client.id(), now));
        assertThat(accounts.checkInvitation(admins).state()).isEqualTo(InvitationState.REPLACED);
    }

    @Test
    void a_practitioner_re_invited_meanwhile_is_not_re_invited_over_the_newer_link() {
        StaffDraft draft = new StaffDraft();
        draft.setFullName("Rae Racing");
        draft.setEmail("rae-" + TestFixtures.tag() + "@test.keel");
        as(studio.admin(), () -> accounts.invitePractitioner(draft));
        PractitionerSummary row = as(studio.admin(), () -> accounts.listPractitioners("rae racing",
                org.springframework.data.domain.PageRequest.of(0, 10))).getFirst();
        assertThat(row.invitationId()).isPositive();
        // Two tabs of the same list: the first re-invite wins; the second still shows the older link.
        String newer = as(studio.admin(), () -> accounts.reinvitePractitioner(row.id(), row.invitationId())).token();
        String before = invitationState();
        assertThatThrownBy(() -> as(studio.admin(), () -> accounts.reinvitePractitioner(row.id(),
                row.invitationId())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageStartingWith(studio.admin().displayName() + " sent a new link at ");
        assertThat(invitationState()).as("nothing issued or revoked").isEqualTo(before);
        assertThat(accounts.checkInvitation(newer).state()).isEqualTo(InvitationState.VALID);
    }

    private String invitationState() {
        return jdbc.queryForList("select id || ':' || account_id || ':' || revoked from invitation order by id",
                String.class).toString();
    }

    @Test
    void passwords_are_8_to_128_characters_of_any_script() {
        String token = as(studio.practitioner(), () -> clients.invite(client.id(), 0)).token();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "1234567", "1234567"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
        String tooLong = "ü".repeat(129);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, tooLong, tooLong))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "long enough one", "long enough two"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("confirmation"));

        // 128 characters are 256 UTF-8 bytes here: far past BCrypt's 72-byte limit.
        String longest = "ü".repeat(128);
        String email = accounts.acceptInvitation(token, longest, longest);
        assertThat(signIn(email.toUpperCase(), longest).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_user_and_wrong_password_fail_the_same_way() {
        KeelUser practitioner = studio.practitioner();
        Throwable wrongPassword = catchSignIn(practitioner.email(), "not the password");
        Throwable unknownUser = catchSignIn("nobody-" + TestFixtures.tag() + "@test.keel", "not the password");
        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void an_email_has_one_login_per_installation_whatever_its_case() {
        StudioSetup other = fixtures.newStudio();
        StaffDraft draft = new StaffDraft();
        draft.setFullName("Copy Cat");
        draft.setEmail(studio.practitioner().email().toUpperCase());
        int accountsBefore = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        assertThatThrownBy(() -> as(other.admin(), () -> accounts.invitePractitioner(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", AccountService.EMAIL_UNAVAILABLE));
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(accountsBefore);
    }

    @Test
    void an_admin_invites_a_practitioner_who_then_appears_in_the_list() {
        StaffDraft draft = new StaffDraft();
        draft.setFullName("Nia Newcomer");
        draft.setEmail("nia-" + TestFixtures.tag() + "@test.keel");
        IssuedInvitation invitation = as(studio.admin(), () -> accounts.invitePractitioner(draft));
        assertThat(invitation.emailed()).isFalse();
        assertThat(as(studio.admin(), () -> accounts.listPractitioners("newcomer",
                org.springframework.data.domain.PageRequest.of(0, 10))))
                .singleElement().satisfies(p -> {
                    assertThat(p.fullName()).isEqualTo("Nia Newcomer");
                    assertThat(p.active()).isFalse();
                });
        accounts.acceptInvitation(invitation.token(), "practitioner password", "practitioner password");
        KeelUser nia = fixtures.user(draft.getEmail());
        assertThat(nia.has(Role.PRACTITIONER)).isTrue();
        assertThat(nia.practitionerId()).isNotNull();
    }

    @Test
    void changing_a_password_needs_the_current_one() {
        KeelUser me = studio.otherPractitioner();
        assertThatThrownBy(() -> TestFixtures.run(me, () -> accounts.changePassword("wrong", "new password 1",
                "new password 1")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("currentPassword"));
        TestFixtures.run(me, () -> accounts.changePassword(TestFixtures.PASSWORD, "new password 1", "new password 1"));
        assertThat(signIn(me.email(), "new password 1").isAuthenticated()).isTrue();
        assertThat(catchSignIn(me.email(), TestFixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(String email, String password) {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (Exception e) {
            throw new AssertionError("sign-in failed", e);
        }
    }

    private Throwable catchSignIn(String email, String password) {
        try {
            authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
