package app.keel.client;

import app.keel.account.security.KeelUser;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.SqlStatements;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static app.keel.support.TestFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class ClientServiceIT {

    @Autowired
    ClientService clients;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;

    StudioSetup studio;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
    }

    @Test
    void practitioner_sees_only_own_caseload_and_admin_sees_the_whole_studio() {
        fixtures.client(studio.practitioner(), "Anna Mine");
        fixtures.client(studio.otherPractitioner(), "Bert Theirs");

        assertThat(names(studio.practitioner(), new ClientFilter("", null))).containsExactly("Anna Mine");
        assertThat(names(studio.admin(), new ClientFilter("", null))).containsExactly("Anna Mine", "Bert Theirs");
    }

    @Test
    void grid_filters_by_text_and_status_and_sorts_by_name_case_insensitively() {
        fixtures.client(studio.admin(), "carla Zed");
        fixtures.client(studio.admin(), "Bea Young");
        long dora = fixtures.client(studio.admin(), "Dora Xu").id();
        ClientDraft paused = ClientDraft.of(as(studio.admin(), () -> clients.get(dora)));
        paused.setStatus(ClientStatus.PAUSED);
        as(studio.admin(), () -> clients.update(dora, 0, paused));

        assertThat(names(studio.admin(), new ClientFilter("", null))).containsExactly("Bea Young", "carla Zed", "Dora Xu");
        assertThat(names(studio.admin(), new ClientFilter("YOUNG", null))).containsExactly("Bea Young");
        assertThat(names(studio.admin(), new ClientFilter("", ClientStatus.PAUSED))).containsExactly("Dora Xu");
        assertThat(names(studio.admin(), new ClientFilter("%", null))).isEmpty();
        List<ClientSummary> desc = as(studio.admin(), () -> clients.list(ClientFilter.none(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "fullName"))));
        assertThat(desc).extracting(ClientSummary::fullName).containsExactly("Dora Xu", "carla Zed", "Bea Young");
    }

    @Test
    void sorting_by_last_activity_puts_recent_first_and_never_active_last() {
        long older = fixtures.client(studio.admin(), "Old Activity").id();
        long recent = fixtures.client(studio.admin(), "Recent Activity").id();
        fixtures.client(studio.admin(), "Never Active");
        jdbc.update("update client set last_activity_at = now() - interval '3 days' where id = ?", older);
        jdbc.update("update client set last_activity_at = now() - interval '1 hour' where id = ?", recent);

        List<ClientSummary> rows = as(studio.admin(), () -> clients.list(ClientFilter.none(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastActivityAt"))));
        assertThat(rows).extracting(ClientSummary::fullName)
                .containsExactly("Recent Activity", "Old Activity", "Never Active");
    }

    @Test
    void a_grid_page_is_fetched_in_one_statement() {
        for (int i = 0; i < 30; i++) {
            fixtures.client(studio.admin(), "Client " + (char) ('A' + i % 26) + i);
        }
        SqlStatements.Counted<List<ClientSummary>> page = sql.counting(() -> as(studio.admin(),
                () -> clients.list(ClientFilter.none(), PageRequest.of(1, 10, Sort.by("fullName")))));
        assertThat(page.result()).hasSize(10);
        assertThat(page.statements()).isEqualTo(1);
    }

    @Test
    void duplicate_email_in_the_studio_is_a_field_error_and_nothing_is_saved() {
        ClientDetails first = fixtures.client(studio.admin(), "First Person");
        int before = count();
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.create(draft("Second Person",
                first.email().toUpperCase()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("email"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalid_input_is_refused_field_by_field_even_without_the_form() {
        ClientDraft bad = draft("x".repeat(121), "not-an-email");
        bad.setDateOfBirth(LocalDate.now().plusDays(2));
        int before = count();
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.create(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("fullName", "email", "dateOfBirth"));
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.create(draft("  ", "a@b.example"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("fullName"));
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.create(draft("<b>Bold</b>", "b@b.example"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("fullName",
                                "Please leave out the characters < and >."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_stale_edit_names_who_changed_the_client_and_changes_nothing() {
        ClientDetails client = fixtures.client(studio.admin(), "Stale Case");
        ClientDraft mine = ClientDraft.of(client);
        mine.setNotes("first edit");
        as(studio.admin(), () -> clients.update(client.id(), client.version(), mine));

        ClientDraft theirs = ClientDraft.of(client);
        theirs.setNotes("second edit on the old version");
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.update(client.id(), client.version(), theirs)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(studio.admin().displayName());
        assertThat(jdbc.queryForObject("select notes from client where id = ?", String.class, client.id()))
                .isEqualTo("first edit");
    }

    @Test
    void only_an_admin_gives_a_client_to_another_practitioner() {
        ClientDetails client = fixtures.client(studio.practitioner(), "Moving Client");
        ClientDraft move = ClientDraft.of(client);
        move.setPrimaryPractitionerId(studio.otherPractitioner().practitionerId());

        assertThatThrownBy(() -> as(studio.practitioner(), () -> clients.update(client.id(), client.version(), move)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("primaryPractitionerId"));
        ClientDetails moved = as(studio.admin(), () -> clients.update(client.id(), client.version(), move));
        assertThat(moved.primaryPractitionerId()).isEqualTo(studio.otherPractitioner().practitionerId());
        assertThatThrownBy(() -> as(studio.practitioner(), () -> clients.get(client.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void admin_cannot_assign_a_practitioner_of_another_studio() {
        StudioSetup other = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.admin(), "Stays Home");
        ClientDraft move = ClientDraft.of(client);
        move.setPrimaryPractitionerId(other.practitioner().practitionerId());
        assertThatThrownBy(() -> as(studio.admin(), () -> clients.update(client.id(), client.version(), move)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("primaryPractitionerId", "Choose a practitioner of this studio."));
    }

    private List<String> names(KeelUser user, ClientFilter filter) {
        return as(user, () -> clients.list(filter, PageRequest.of(0, 50, Sort.by("fullName"))))
                .stream().map(ClientSummary::fullName).toList();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from client where studio_id = ?", Integer.class,
                studio.studioId());
    }
}
