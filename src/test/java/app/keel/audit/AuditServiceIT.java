package app.keel.audit;

import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.SqlStatements;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin's audit grid: filters, names, newest first, one statement a page. */
@KeelIntegrationTest
class AuditServiceIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;
    @Autowired
    AuditService audit;
    @Autowired
    SqlStatements sql;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_grid_filters_by_person_client_kind_and_days_and_shows_names() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails anna = fixtures.client(studio.practitioner(), "Anna Audit");
        ClientDetails ben = fixtures.client(studio.admin(), "Ben Audit");
        clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> as(studio.otherPractitioner(), () -> clients.get(ben.id()))) // not Olu's client
                .isInstanceOf(NotFoundException.class);
        as(studio.admin(), () -> clients.get(anna.id()));
        LocalDate today = LocalDate.now(clock.withZone(studio.admin().zoneId()));

        List<AuditEntry> all = page(studio, AuditFilter.none());
        assertThat(all).extracting(e -> e.person() + " " + e.action() + " " + e.client()).containsExactly(
                studio.admin().displayName() + " CLIENT_READ Anna Audit",
                studio.otherPractitioner().displayName() + " NOT_FOUND null",
                studio.admin().displayName() + " CLIENT_CREATED Ben Audit",
                studio.practitioner().displayName() + " CLIENT_CREATED Anna Audit");
        assertThat(all.get(1).succeeded()).isFalse();
        assertThat(all.get(1).detail()).isEqualTo("ClientService.get");
        assertThat(all.get(1).subjectId()).isEqualTo(ben.id());

        assertThat(page(studio, new AuditFilter(studio.admin().accountId(), null, null, null, null)))
                .extracting(AuditEntry::action).containsExactly("CLIENT_READ", "CLIENT_CREATED");
        assertThat(page(studio, new AuditFilter(null, anna.id(), null, null, null)))
                .extracting(AuditEntry::action).containsExactly("CLIENT_READ", "CLIENT_CREATED");
        assertThat(page(studio, new AuditFilter(null, null, "CLIENT_CREATED", null, null)))
                .extracting(AuditEntry::client).containsExactly("Ben Audit", "Anna Audit");
        assertThat(page(studio, new AuditFilter(null, null, null, today, today))).hasSize(2);
        assertThat(page(studio, new AuditFilter(null, null, null, null, today.minusDays(1)))).hasSize(2);
        assertThat(page(studio, new AuditFilter(null, anna.id(), "CLIENT_READ", today, today))).hasSize(1);
        assertThat(as(studio.admin(), audit::kinds)).containsExactly("CLIENT_CREATED", "CLIENT_READ", "NOT_FOUND");
        assertThat(as(studio.admin(), audit::clients)).extracting(AuditOption::name)
                .containsExactly("Anna Audit", "Ben Audit");
        assertThat(as(studio.admin(), audit::people)).extracting(AuditOption::id)
                .contains(studio.admin().accountId(), studio.practitioner().accountId());
    }

    @Test
    void a_page_of_the_grid_is_one_statement_whatever_the_filters() {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Counted Client");
        for (int i = 0; i < 30; i++) {
            as(studio.practitioner(), () -> clients.get(client.id()));
        }
        LocalDate today = LocalDate.now(clock.withZone(studio.admin().zoneId()));
        SqlStatements.Counted<List<AuditEntry>> plain = sql.counting(() -> as(studio.admin(),
                () -> audit.page(AuditFilter.none(), PageRequest.of(1, 10))));
        SqlStatements.Counted<List<AuditEntry>> filtered = sql.counting(() -> as(studio.admin(),
                () -> audit.page(new AuditFilter(studio.practitioner().accountId(), client.id(), "CLIENT_READ",
                        today, today), PageRequest.of(0, 25))));
        assertThat(plain.result()).hasSize(10);
        assertThat(filtered.result()).hasSize(25).allMatch(e -> e.person().equals(studio.practitioner().displayName())
                && e.client().equals("Counted Client"));
        assertThat(List.of(plain.statements(), filtered.statements())).containsExactly(1L, 1L);
    }

    @Test
    void the_admin_verifies_their_studios_chain() {
        StudioSetup studio = fixtures.newStudio();
        fixtures.client(studio.practitioner(), "Verified Client");
        assertThat(as(studio.admin(), audit::verify).message()).isEqualTo("All 1 event verified.");
    }

    private List<AuditEntry> page(StudioSetup studio, AuditFilter filter) {
        return as(studio.admin(), () -> audit.page(filter, PageRequest.of(0, 50)));
    }
}
