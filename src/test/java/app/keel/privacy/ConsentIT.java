package app.keel.privacy;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.privacy.ConsentDecision.Decision;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Versions of the notice, acceptance, re-asking after a new version, and withdrawal, as the database records them. */
@KeelIntegrationTest
class ConsentIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ConsentService consents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void a_new_client_is_asked_and_their_acceptance_is_recorded_with_time_version_and_address() {
        StudioSetup home = fixtures.newStudio();
        KeelUser client = newClient(home, "Connie Consent");
        ConsentStatus first = as(client, consents::myStatus);
        assertThat(first.needsConsent()).isTrue();
        assertThat(first.current().builtIn()).isTrue();
        assertThat(first.current().version()).isEqualTo(1);
        assertThat(first.current().body()).contains("Your rights");

        ConsentStatus accepted = as(client, () -> consents.accept(1, "198.51.100.20"));
        assertThat(accepted.needsConsent()).isFalse();
        Map<String, Object> row = jdbc.queryForMap("select r.notice_version, r.decision, r.decided_at, r.client_address,"
                + " n.body, n.studio_id from consent_record r join privacy_notice n on n.id = r.notice_id "
                + "where r.client_id = ?", accepted.clientId());
        assertThat(row.get("notice_version")).isEqualTo(1);
        assertThat(row.get("decision")).isEqualTo("ACCEPTED");
        assertThat(((java.sql.Timestamp) row.get("decided_at")).toInstant()).isCloseTo(clock.instant(), within(1, ChronoUnit.MICROS));
        assertThat(row.get("client_address")).isEqualTo("198.51.100.20");
        assertThat(row.get("body")).isEqualTo(DefaultNotice.TEXT);
        assertThat(row.get("studio_id")).isEqualTo(home.studioId());
        assertThat(audited("CONSENT_ACCEPTED", accepted.clientId())).isEqualTo(1);
    }

    @Test
    void each_save_is_a_new_version_and_clients_are_asked_again() {
        StudioSetup home = fixtures.newStudio();
        KeelUser client = newClient(home, "Vera Version");
        as(client, () -> consents.accept(1, "198.51.100.21"));

        PrivacyNotice second = as(home.admin(), () -> consents.saveNotice("  Our own notice, version two.  "));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.body()).isEqualTo("Our own notice, version two.");
        assertThat(second.builtIn()).isFalse();
        ConsentStatus asked = as(client, consents::myStatus);
        assertThat(asked.needsConsent()).isTrue();
        assertThat(asked.agreed()).isTrue();

        PrivacyNotice third = as(home.admin(), () -> consents.saveNotice("Version three."));
        assertThat(third.version()).isEqualTo(3);
        assertThatThrownBy(() -> as(client, () -> consents.accept(2, "198.51.100.21")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("changed while you were reading");
        assertThat(as(client, () -> consents.accept(3, "198.51.100.21")).needsConsent()).isFalse();
        assertThat(jdbc.queryForList("select version from privacy_notice where studio_id = ? order by version",
                Integer.class, home.studioId())).containsExactly(1, 2, 3);
        assertThat(as(home.practitioner(), consents::currentNotice).body()).isEqualTo("Version three.");
    }

    @Test
    void a_blank_unchanged_or_overlong_notice_is_refused_and_nothing_is_saved() {
        StudioSetup home = fixtures.newStudio();
        int before = jdbc.queryForObject("select count(*) from privacy_notice", Integer.class);
        assertThatThrownBy(() -> as(home.admin(), () -> consents.saveNotice("   ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Write the notice");
        assertThatThrownBy(() -> as(home.admin(), () -> consents.saveNotice(DefaultNotice.TEXT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing has changed");
        assertThatThrownBy(() -> as(home.admin(), () -> consents.saveNotice("x".repeat(ConsentService.MAX_NOTICE + 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most");
        assertThat(jdbc.queryForObject("select count(*) from privacy_notice", Integer.class)).isEqualTo(before);
    }

    @Test
    void withdrawal_is_recorded_and_the_client_is_asked_again() {
        StudioSetup home = fixtures.newStudio();
        KeelUser client = newClient(home, "Walter Withdraw");
        assertThatThrownBy(() -> as(client, () -> consents.withdraw("198.51.100.22")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing to withdraw");
        as(client, () -> consents.accept(1, "198.51.100.22"));
        clock.advance(Duration.ofHours(2));
        ConsentStatus withdrawn = as(client, () -> consents.withdraw("198.51.100.23"));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.needsConsent()).isTrue();
        assertThat(withdrawn.history()).extracting(ConsentDecision::decision)
                .containsExactly(Decision.WITHDRAWN, Decision.ACCEPTED);
        assertThat(withdrawn.history().getFirst().clientAddress()).isEqualTo("198.51.100.23");
        assertThat(withdrawn.history().getFirst().decidedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MICROS));
        assertThat(audited("CONSENT_WITHDRAWN", withdrawn.clientId())).isEqualTo(1);
        // The practitioner sees the withdrawal; a practitioner of another studio finds no such client.
        assertThat(as(home.practitioner(), () -> consents.clientStatus(withdrawn.clientId())).withdrawn()).isTrue();
        StudioSetup foreign = fixtures.newStudio();
        assertThatThrownBy(() -> as(foreign.practitioner(), () -> consents.clientStatus(withdrawn.clientId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(client, () -> consents.accept(1, null)).needsConsent()).isFalse();
    }

    private KeelUser newClient(StudioSetup studio, String name) {
        ClientDetails client = fixtures.client(studio.practitioner(), name);
        return fixtures.invitedClient(studio.practitioner(), client.id());
    }

    private int audited(String action, long clientId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?",
                Integer.class, action, clientId);
    }
}
