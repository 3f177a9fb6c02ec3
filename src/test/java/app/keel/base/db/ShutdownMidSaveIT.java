package app.keel.base.db;

import app.keel.KeelApplication;
import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.LogbookService;
import app.keel.support.TestClockConfig;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is shut down (as on SIGTERM: the same context close) while a client's check-in is half-way through
 * its transaction: the check-in row is written but the transaction waits on its audit row. Afterwards the check-in
 * and its audit row are either both there or both absent — never the one without the other.
 */
class ShutdownMidSaveIT {

    @Test
    void a_save_caught_by_shutdown_commits_whole_or_leaves_nothing() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KeelApplication.class,
                TestDatabaseConfig.class, TestClockConfig.class)
                .profiles("test")
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0");
        app.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        TestFixtures fixtures = app.getBean(TestFixtures.class);
        LogbookService logbook = app.getBean(LogbookService.class);
        TestFixtures.StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Nell Shutdown");
        KeelUser login = fixtures.clientLogin(studio.practitioner(), client.id());
        LocalDate today = LocalDate.now(app.getBean(Clock.class).withZone(ZoneId.of("Europe/Berlin")));
        TestDatabase.Coordinates db = TestDatabaseConfig.coordinates();
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        long auditBefore = auditRows(jdbc, studio.studioId());

        CompletableFuture<Object> save;
        long closeMillis;
        try (Connection blocker = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("lock table audit_event in access exclusive mode");
            }
            save = CompletableFuture.supplyAsync(() -> TestFixtures.as(login,
                    () -> logbook.saveCheckIn(today, checkIn())));
            waitUntilWaitingOnLock(jdbc);
            CompletableFuture<Void> close = CompletableFuture.runAsync(app::close);
            Thread.sleep(1000);
            blocker.rollback();
            long t0 = System.nanoTime();
            close.get(60, TimeUnit.SECONDS);
            closeMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        Object outcome;
        try {
            outcome = save.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            outcome = e.getCause();
        }

        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password()); Statement s = c.createStatement()) {
            long checkIns = count(s, "select count(*) from check_in where client_id = " + client.id());
            long audits = count(s, "select count(*) from audit_event where studio_id = " + studio.studioId())
                    - auditBefore;
            System.out.printf("ShutdownMidSaveIT: save ended with %s; check-ins %d, new audit rows %d; "
                    + "context closed %d ms after the lock was released%n", outcome, checkIns, audits, closeMillis);
            assertThat(checkIns == 0 && audits == 0 || checkIns == 1 && audits == 1)
                    .as("check-in rows %d and its audit rows %d: all or nothing", checkIns, audits).isTrue();
        }
    }

    private static long auditRows(JdbcTemplate jdbc, long studioId) {
        return jdbc.queryForObject("select count(*) from audit_event where studio_id = ?", Long.class, studioId);
    }

    private static void waitUntilWaitingOnLock(JdbcTemplate jdbc) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Long waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike '%audit_event%'", Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the save never reached its audit row");
    }

    private static long count(Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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
}
