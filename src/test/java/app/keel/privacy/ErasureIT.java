package app.keel.privacy;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.privacy.PrivacyFixtures.FullClient;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Erasure removes exactly the client's rows (every table, compared before and after) and their login; the audit
 * trail only grows; other clients, the studio's templates and other studios are untouched.
 */
@KeelIntegrationTest
class ErasureIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    PrivacyFixtures privacy;
    @Autowired
    ErasureService erasure;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void erasing_a_client_removes_their_rows_and_login_and_nothing_else() {
        StudioSetup home = fixtures.newStudio();
        StudioSetup foreign = fixtures.newStudio();
        FullClient client = privacy.fullClient(home.practitioner(), "Erin Erase");
        privacy.fullClient(home.practitioner(), "Kept Client");
        privacy.fullClient(foreign.practitioner(), "Foreign Client");
        long id = client.client().id();
        long accountId = client.login().accountId();
        String email = client.login().email();
        // A pending sign-in wait of the client's login, and one of the studio's invitations still open.
        jdbc.update("insert into sign_in_throttle (kind, subject, studio_id, failures, last_failure_at) "
                + "values ('ACCOUNT', ?, ?, 3, now())", email.toLowerCase(), home.studioId());
        jdbc.update("insert into sign_in_known_address (studio_id, account_id, address, last_success_at) "
                + "values (?, ?, '203.0.113.7', now())", home.studioId(), accountId);

        Map<String, Set<String>> owned = new java.util.TreeMap<>();
        ClientRows rows = ClientRows.ofClient(jdbc, id);
        rows.tables().forEach(t -> owned.computeIfAbsent(t, k -> new HashSet<>()).addAll(rows.textRows(jdbc, t)));
        ClientRows login = ClientRows.from(jdbc, "user_account", "{a}.id = " + accountId);
        login.tables().forEach(t -> owned.computeIfAbsent(t, k -> new HashSet<>()).addAll(login.textRows(jdbc, t)));
        owned.computeIfAbsent("sign_in_throttle", k -> new HashSet<>()).addAll(jdbc.queryForList(
                "select t::text from sign_in_throttle t where subject = ?", String.class, email.toLowerCase()));
        for (String table : List.of("client", "program", "program_revision", "prescription", "item_log", "check_in",
                "psfs_activity", "psfs_rating", "consent_record", "flag_acknowledgement", "program_pause",
                "user_account", "invitation", "sign_in_throttle", "sign_in_known_address")) {
            assertThat(owned.get(table)).as(table + " holds rows of the client before").isNotEmpty();
        }
        ErasurePreview preview = as(home.admin(), () -> erasure.preview(id));
        assertThat(preview).isEqualTo(new ErasurePreview(id, "Erin Erase", true, 2, 1, 1, 1, 1));

        Map<String, List<String>> before = ClientRows.everything(jdbc);
        TestFixtures.run(home.admin(), () -> erasure.erase(id, "  erin   ERASE "));
        Map<String, List<String>> after = ClientRows.everything(jdbc);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String table : before.keySet()) {
            if (table.equals("audit_event") || table.equals("audit_chain_head")) {
                continue; // the trail grows by the erasure event and its chain head moves on
            }
            List<String> expected = new ArrayList<>(before.get(table));
            expected.removeAll(owned.getOrDefault(table, Set.of()));
            assertThat(after.get(table)).as(table + " after erasure").containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(after.get("audit_event")).containsAll(before.get("audit_event"));
        List<String> added = new ArrayList<>(after.get("audit_event"));
        added.removeAll(before.get("audit_event"));
        assertThat(added).singleElement().asString().contains(ErasureService.ERASED).contains(",CLIENT," + id + ",");
        assertThat(jdbc.queryForObject("select count(*) from program_template where studio_id = ?", Integer.class,
                home.studioId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from user_account where lower(email) = lower(?)",
                Integer.class, email)).isZero();
    }

    @Test
    void a_wrong_name_another_studios_admin_and_a_practitioner_erase_nothing() {
        StudioSetup home = fixtures.newStudio();
        StudioSetup foreign = fixtures.newStudio();
        FullClient client = privacy.fullClient(home.practitioner(), "Wendy Wrong");
        long id = client.client().id();
        Map<String, List<String>> before = ClientRows.everything(jdbc);

        assertThatThrownBy(() -> TestFixtures.run(home.admin(), () -> erasure.erase(id, "Wendy")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing was erased");
        assertThatThrownBy(() -> TestFixtures.run(foreign.admin(), () -> erasure.erase(id, "Wendy Wrong")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(foreign.admin(), () -> erasure.preview(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestFixtures.run(home.practitioner(), () -> erasure.erase(id, "Wendy Wrong")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestFixtures.run(client.login(), () -> erasure.erase(id, "Wendy Wrong")))
                .isInstanceOf(AccessDeniedException.class);

        Map<String, List<String>> after = ClientRows.everything(jdbc);
        List<String> audited = new ArrayList<>(after.remove("audit_event"));
        audited.removeAll(before.remove("audit_event"));
        after.remove("audit_chain_head");
        before.remove("audit_chain_head");
        assertThat(after).isEqualTo(before);
        assertThat(audited).as("only the four refusals are added to the audit trail").hasSize(4)
                .allMatch(row -> row.contains(",NOT_FOUND,") || row.contains(",ACCESS_REFUSED,"));
    }
}
