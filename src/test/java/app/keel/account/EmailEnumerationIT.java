package app.keel.account;

import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An address that is taken answers with the same words wherever it is taken: another studio's practitioner, a client
 * of this studio outside the caller's caseload, or a client login. Nothing is saved.
 */
@KeelIntegrationTest
class EmailEnumerationIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_taken_address_reads_the_same_whoever_and_wherever_it_belongs_to() {
        StudioSetup studio = fixtures.newStudio();
        StudioSetup other = fixtures.newStudio();
        ClientDetails notMine = fixtures.client(studio.otherPractitioner(), "Nora Notmine");
        ClientDetails foreignClient = fixtures.client(other.practitioner(), "Fred Foreign");
        fixtures.clientLogin(other.practitioner(), foreignClient.id());
        int before = rows();

        Map<String, String> anotherStudiosUser = refusal(studio, other.practitioner().email());
        Map<String, String> outsideMyCaseload = refusal(studio, notMine.email());
        Map<String, String> anotherStudiosClient = refusal(studio, foreignClient.email().toUpperCase());

        assertThat(anotherStudiosUser).isEqualTo(Map.of("email", AccountService.EMAIL_UNAVAILABLE))
                .isEqualTo(outsideMyCaseload).isEqualTo(anotherStudiosClient);
        assertThat(AccountService.EMAIL_UNAVAILABLE).doesNotContainIgnoringCase("studio")
                .doesNotContainIgnoringCase("login").doesNotContainIgnoringCase("client");

        StaffDraft staff = new StaffDraft();
        staff.setFullName("Copy Cat");
        staff.setEmail(foreignClient.email());
        InvalidInputException invite = catchThrowableOfType(InvalidInputException.class,
                () -> as(studio.admin(), () -> accounts.invitePractitioner(staff)));
        assertThat(invite.fieldErrors()).isEqualTo(anotherStudiosUser);
        assertThat(rows()).as("nothing saved").isEqualTo(before);
    }

    private Map<String, String> refusal(StudioSetup studio, String email) {
        return catchThrowableOfType(InvalidInputException.class, () -> as(studio.practitioner(),
                () -> clients.create(TestFixtures.draft("Sam Same", email)))).fieldErrors();
    }

    private int rows() {
        return jdbc.queryForObject("select (select count(*) from client) + (select count(*) from user_account)",
                Integer.class);
    }
}
