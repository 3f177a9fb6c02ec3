package app.keel.account;

import app.keel.account.ClientDirectory.ClientLogin;
import app.keel.account.security.KeelUser;
import app.keel.account.security.SessionSignIn;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientDetails.LoginState;
import app.keel.client.ClientDraft;
import app.keel.client.ClientService;
import app.keel.client.ClientStatus;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.LogbookService;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static app.keel.support.TestFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Switching logins off and on, at the service level: hand-over, sign-in refused, discharge, audit. */
@KeelIntegrationTest
class LoginAccessIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    LoginAccessService logins;
    @Autowired
    AccountService accounts;
    @Autowired
    ClientService clients;
    @Autowired
    StudioService studios;
    @Autowired
    LogbookService logbook;
    @Autowired
    SessionSignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    StudioSetup studio;
    long leaving;
    long taking;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        leaving = studio.practitioner().practitionerId();
        taking = studio.otherPractitioner().practitionerId();
    }

    @Test
    void switching_off_a_practitioner_hands_their_clients_over_and_stops_their_sign_in() {
        ClientDetails ada = fixtures.client(studio.practitioner(), "Ada Handover");
        ClientDetails ben = fixtures.client(studio.practitioner(), "Ben Handover");
        ClientDetails shared = fixtures.client(studio.otherPractitioner(), "Cy Shared");
        jdbc.update("insert into client_share (studio_id, client_id, practitioner_id) values (?, ?, ?)",
                studio.studioId(), shared.id(), leaving);

        assertThat(as(studio.admin(), () -> logins.clientsToHandOver(leaving))).extracting(ClientLogin::fullName)
                .containsExactly("Ada Handover", "Ben Handover");
        run(studio.admin(), () -> logins.deactivatePractitioner(leaving,
                Map.of(ada.id(), taking, ben.id(), studio.admin().practitionerId())));

        assertThat(as(studio.admin(), () -> clients.get(ada.id())).primaryPractitionerId()).isEqualTo(taking);
        assertThat(as(studio.admin(), () -> clients.get(ben.id())).primaryPractitionerId())
                .isEqualTo(studio.admin().practitionerId());
        assertThat(jdbc.queryForObject("select count(*) from client_share where practitioner_id = ?", Integer.class,
                leaving)).as("taken off shared care").isZero();
        assertThat(as(studio.admin(), accounts::practitionerOptions)).extracting(PractitionerOption::id)
                .doesNotContain(leaving);
        String email = studio.practitioner().email();
        int failuresBefore = anonymousSignInFailures();
        assertThatThrownBy(() -> signIn.authenticate(email, TestFixtures.PASSWORD, "198.51.100.7"))
                .as("the right password no longer signs in").isInstanceOf(BadCredentialsException.class);
        assertThat(audited("PRACTITIONER_SWITCHED_OFF")).isEqualTo(1);
        assertThat(audited("CLIENT_HANDED_OVER")).isEqualTo(2);
        // A switched-off login answers like an unknown one, so the audit trail keeps its failure without the e-mail.
        assertThat(anonymousSignInFailures()).as("the refused sign-in is audited").isEqualTo(failuresBefore + 1);

        run(studio.admin(), () -> logins.reactivatePractitioner(leaving));
        assertThat(signIn.authenticate(email, TestFixtures.PASSWORD, "198.51.100.7").getName()).isEqualTo(email);
    }

    @Test
    void a_practitioner_stays_on_until_every_client_has_an_active_practitioner_of_the_studio() {
        ClientDetails ada = fixtures.client(studio.practitioner(), "Ada Waiting");
        fixtures.client(studio.practitioner(), "Ben Waiting");
        StudioSetup other = fixtures.newStudio();
        String before = state();
        for (Map<Long, Long> choice : List.of(Map.<Long, Long>of(), Map.of(ada.id(), taking),
                Map.of(ada.id(), leaving), Map.of(ada.id(), other.practitioner().practitionerId()))) {
            assertThatThrownBy(() -> run(studio.admin(), () -> logins.deactivatePractitioner(leaving, choice)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(state()).as("nothing changed for " + choice).isEqualTo(before);
        }
        assertThatThrownBy(() -> run(studio.admin(), () -> logins.deactivatePractitioner(
                studio.admin().practitionerId(), Map.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessage("You cannot switch off your own login. Ask another admin.");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_client_with_a_login_keeps_their_own_e_mail_whatever_the_account_number() {
        // Ids above 127 are not cached Long objects: an id compared with == instead of equals() refused the
        // client's own address once an installation had more than 127 logins.
        jdbc.queryForObject("select setval(pg_get_serial_sequence('user_account', 'id'), "
                + "greatest(1000, (select max(id) from user_account)))", Long.class);
        ClientDetails record = fixtures.client(studio.practitioner(), "Hal Highnumber");
        KeelUser client = fixtures.clientLogin(studio.practitioner(), record.id());
        assertThat(client.accountId()).isGreaterThan(127);

        ClientDetails saved = setStatus(record.id(), ClientStatus.PAUSED);

        assertThat(saved.status()).isEqualTo(ClientStatus.PAUSED);
        assertThat(saved.email()).isEqualTo(client.email());
    }

    @Test
    void discharge_switches_the_client_login_off_or_to_reading_only_as_the_studio_chose() {
        ClientDetails record = fixtures.client(studio.practitioner(), "Dee Discharge");
        KeelUser client = fixtures.clientLogin(studio.practitioner(), record.id());

        assertThat(setStatus(record.id(), ClientStatus.DISCHARGED).loginState()).isEqualTo(LoginState.OFF);
        assertThatThrownBy(() -> fixtures.user(client.email())).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> clients.switchLogin(record.id(), true)))
                .as("switching on is refused, not silently ignored").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not let discharged clients sign in");
        assertThat(setStatus(record.id(), ClientStatus.ACTIVE).loginState()).isEqualTo(LoginState.ACTIVE);
        assertThat(fixtures.user(client.email()).readOnly()).isFalse();

        as(studio.admin(), () -> studios.chooseDischargedAccess(studio.studioId(), true));
        assertThat(setStatus(record.id(), ClientStatus.DISCHARGED).loginState()).isEqualTo(LoginState.READ_ONLY);
        KeelUser reader = fixtures.user(client.email());
        assertThat(reader.readOnly()).isTrue();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        String before = state();
        assertThatThrownBy(() -> as(reader, () -> logbook.saveCheckIn(today, checkIn())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing can be changed");
        assertThat(state()).isEqualTo(before);
        assertThat(audited("CLIENT_LOGIN_NONE")).isOne();
        assertThat(audited("CLIENT_LOGIN_READ_ONLY")).isOne();
        assertThat(audited("CLIENT_LOGIN_FULL")).isOne();
    }

    @Test
    void switching_off_a_client_login_revokes_its_unused_invitation_link() {
        ClientDetails record = fixtures.client(studio.practitioner(), "Eve Invited");
        String token = as(studio.practitioner(), () -> clients.invite(record.id(), 0)).token();
        // Without a password the login still counts as switched on: switching it off ends the link.
        assertThat(as(studio.practitioner(), () -> clients.switchLogin(record.id(), false)).loginState())
                .isEqualTo(LoginState.OFF);
        assertThat(accounts.checkInvitation(token).state()).isEqualTo(InvitationState.REPLACED);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "a long new password", "a long new password"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> clients.invite(record.id(), 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("switched off");
    }

    @Test
    void a_practitioner_cannot_create_a_login_for_a_client_outside_their_caseload() {
        ClientDetails record = fixtures.client(studio.practitioner(), "Fay Elsewhere");
        String before = state();
        assertThatThrownBy(() -> as(studio.otherPractitioner(), () -> accounts.inviteClient(record.id(), 0)))
                .isInstanceOf(app.keel.base.NotFoundException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(as(studio.admin(), () -> accounts.inviteClient(record.id(), 0)).email()).isEqualTo(record.email());
    }

    private ClientDetails setStatus(long clientId, ClientStatus status) {
        return as(studio.practitioner(), () -> {
            ClientDetails current = clients.get(clientId);
            ClientDraft draft = ClientDraft.of(current);
            draft.setStatus(status);
            return clients.update(clientId, current.version(), draft);
        });
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and studio_id = ?",
                Integer.class, action, studio.studioId());
    }

    /** The rows a switch-off could touch, for "nothing changed" checks. */
    private String state() {
        return jdbc.queryForList("""
                select 'a' || a.id || a.enabled || a.read_only || a.version from user_account a where a.studio_id = ?
                union all select 'c' || c.id || c.primary_practitioner_id || c.version from client c
                where c.studio_id = ?
                union all select 'i' || i.id || i.revoked from invitation i where i.studio_id = ?
                union all select 'l' || l.id from check_in l where l.studio_id = ?
                order by 1""", String.class, studio.studioId(), studio.studioId(), studio.studioId(),
                studio.studioId()).toString();
    }

    private static CheckInDraft checkIn() {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(2);
        d.setWorstPain(3);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(2);
        d.setConfidence(8);
        return d;
    }

    private int anonymousSignInFailures() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and actor = 'anonymous' and actor_account_id is null", Integer.class);
    }
}
