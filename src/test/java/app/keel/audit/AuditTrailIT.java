package app.keel.audit;

import app.keel.client.ClientDetails;
import app.keel.client.ClientDraft;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.List;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class AuditTrailIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void sign_ins_are_audited_whether_they_succeed_or_fail() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        String email = studio.practitioner().email();
        var manager = authentication.getAuthenticationManager();
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, TestFixtures.PASSWORD));
        try {
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong password"));
        } catch (Exception expected) {
            // a failed sign-in is what we audit here
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select outcome, actor, actor_account_id, studio_id from audit_event where action = 'LOGIN' "
                        + "and actor_account_id = ? order by id", studio.practitioner().accountId());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("outcome", "SUCCESS").containsEntry("actor", null)
                .containsEntry("studio_id", studio.studioId());
        assertThat(rows.get(1)).containsEntry("outcome", "FAILURE").containsEntry("actor", null)
                .containsEntry("studio_id", studio.studioId());
    }

    @Test
    void a_failed_sign_in_keeps_nothing_typed_unless_it_names_an_account() throws Exception {
        String typed = "not-an-account-" + TestFixtures.tag() + "@example.org";
        long lastId = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        try {
            authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(typed, "whatever"));
        } catch (Exception expected) {
            // the failure is what we audit here
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, actor_account_id, studio_id, outcome from audit_event where id > ? "
                        + "and action = 'LOGIN'", lastId);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("actor", "anonymous").containsEntry("actor_account_id", null)
                .containsEntry("studio_id", null).containsEntry("outcome", "FAILURE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event a where a::text ilike ?", Long.class,
                "%" + typed + "%")).isZero();
    }

    @Test
    void reading_and_changing_a_client_are_audited_without_clinical_values() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Audited Client");
        as(studio.practitioner(), () -> clients.get(client.id()));
        ClientDraft change = ClientDraft.of(client);
        change.setNotes("Sensitive note that must not reach the audit trail");
        as(studio.practitioner(), () -> clients.update(client.id(), client.version(), change));

        List<String> actions = jdbc.queryForList(
                "select action from audit_event where subject_type = 'CLIENT' and subject_id = ? order by id",
                String.class, client.id());
        assertThat(actions).containsExactly("CLIENT_CREATED", "CLIENT_READ", "CLIENT_UPDATED");
        String everything = jdbc.queryForList("select a::text from audit_event a where subject_id = ?",
                String.class, client.id()).toString();
        assertThat(everything).doesNotContain("Sensitive").doesNotContain("Audited Client");
    }

    @Test
    void the_database_refuses_to_change_or_delete_audit_rows() {
        StudioSetup studio = fixtures.newStudio();
        fixtures.client(studio.admin(), "Someone");
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'forged'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'forged'", Long.class))
                .isZero();
    }
}
