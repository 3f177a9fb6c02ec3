package app.keel.base.db;

import app.keel.account.security.KeelUser;
import app.keel.base.DatabaseOutage;
import app.keel.client.ClientDetails;
import app.keel.logbook.CheckInDetails;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.LogbookService;
import app.keel.support.MutableClock;
import app.keel.support.ServiceCallRecorder;
import app.keel.support.TestClockConfig;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The database goes away while Keel runs (its database refuses connections and every open one is cut, as when
 * PostgreSQL stops) and comes back: a save answers within seconds with the calm message, nothing half-saved remains,
 * the health endpoint says DOWN, and once the database returns saving works again — no restart. (The pool retries
 * connecting in the background with a back-off of up to 5 s, so a click in the first seconds after the return may
 * still get the message; the test prints how long recovery took.) The outage lasts
 * {@code -Dkeel.outage.seconds} (default 5; the 30 s behaves the same, only slower).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@ActiveProfiles("test")
@Import({DatabaseOutageIT.OwnDatabase.class, TestClockConfig.class, ServiceCallRecorder.class})
class DatabaseOutageIT {

    /** A database of its own, so cutting it off never disturbs other tests' contexts. */
    static final TestDatabase.Coordinates DB = TestDatabaseConfig.freshDatabase();
    static final String NAME = DB.url().substring(DB.url().lastIndexOf('/') + 1).replaceAll("\\?.*", "");

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {
        @Bean
        JdbcConnectionDetails outageDatabase() {
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return DB.username();
                }

                @Override
                public String getPassword() {
                    return DB.password();
                }

                @Override
                public String getJdbcUrl() {
                    return DB.url();
                }
            };
        }
    }

    @Autowired
    TestFixtures fixtures;
    @Autowired
    LogbookService logbook;
    @Autowired
    MutableClock clock;
    @LocalManagementPort
    int managementPort;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_outage_gives_a_clear_message_leaves_nothing_half_saved_and_heals_without_a_restart() throws Exception {
        TestFixtures.StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Otto Outage");
        KeelUser login = fixtures.clientLogin(studio.practitioner(), client.id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        CheckInDetails saved = TestFixtures.as(login, () -> logbook.saveCheckIn(today, checkIn(3, null)));
        assertThat(health("/actuator/health")).startsWith("200 ").contains("\"db\":{\"status\":\"UP\"");
        assertThat(health("/actuator/health/readiness")).startsWith("200 ").contains("UP");
        long auditRows = auditRows(studio.studioId());

        int outageSeconds = Integer.getInteger("keel.outage.seconds", 5);
        long outageStart = System.nanoTime();
        cutOff(true);
        // The first save meets its pooled connection cut; the second finds no connection to open.
        for (String attempt : new String[] {"on a cut connection", "with no connection to be had"}) {
            long t0 = System.nanoTime();
            try {
                TestFixtures.as(login, () -> logbook.saveCheckIn(today, checkIn(7, saved.version())));
                fail("the save went through while the database was away");
            } catch (RuntimeException e) {
                long answeredMs = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("DatabaseOutageIT: save %s answered after %d ms: %s%n", attempt, answeredMs,
                        chain(e));
                assertThat(DatabaseOutage.isOutage(e)).as("%s is recognised as an outage", chain(e)).isTrue();
            }
        }
        String down = health("/actuator/health");
        assertThat(down).startsWith("503 ").contains("\"status\":\"DOWN\"");
        assertThat(health("/actuator/health/readiness")).startsWith("503 ").contains("DOWN");
        long left = outageSeconds * 1000L - (System.nanoTime() - outageStart) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        cutOff(false);

        long back = System.nanoTime();
        CheckInDetails retried = null;
        int failedAttempts = 0;
        while (retried == null) {
            try {
                retried = TestFixtures.as(login, () -> logbook.saveCheckIn(today, checkIn(7, saved.version())));
            } catch (RuntimeException e) {
                assertThat(DatabaseOutage.isOutage(e)).as("%s while the pool reconnects", chain(e)).isTrue();
                failedAttempts++;
                assertThat((System.nanoTime() - back) / 1_000_000_000).as("seconds to recover").isLessThan(60);
            }
        }
        long recoveredMs = (System.nanoTime() - back) / 1_000_000;
        String up = health("/actuator/health");
        System.out.printf("DatabaseOutageIT: outage %d s; saving again succeeded %d ms after the database returned "
                + "(%d attempt(s) refused before); health then %s%n", outageSeconds, recoveredMs, failedAttempts,
                up.substring(0, 3));
        assertThat(retried.worstPain()).isEqualTo(7);
        assertThat(auditRows(studio.studioId())).as("one audit row: the retried save's, none from the failed one")
                .isEqualTo(auditRows + 1);
        assertThat(up).startsWith("200 ");
    }

    /** Refuses (or allows again) connections to the test's database, and cuts every open one. */
    private static void cutOff(boolean off) throws Exception {
        TestDatabase.Coordinates admin = TestDatabaseConfig.coordinates();
        try (Connection c = DriverManager.getConnection(admin.url(), admin.username(), admin.password());
             Statement s = c.createStatement()) {
            s.execute("alter database " + NAME + " allow_connections " + !off);
            if (off) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + NAME + "'");
            }
        }
    }

    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(b.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof java.sql.SQLException sql) {
                b.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return b.toString();
    }

    private static long auditRows(long studioId) throws Exception {
        try (Connection c = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from audit_event where studio_id = " + studioId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String health(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private static CheckInDraft checkIn(int worstPain, Long expectedVersion) {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(worstPain - 1);
        d.setWorstPain(worstPain);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(2);
        d.setConfidence(8);
        d.setExpectedVersion(expectedVersion);
        return d;
    }
}
