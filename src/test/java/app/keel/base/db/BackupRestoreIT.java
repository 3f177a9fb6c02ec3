package app.keel.base.db;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.LogbookService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup restored into an empty database gives the same database: every table's rows, the audit trail, sequences. */
@KeelIntegrationTest
class BackupRestoreIT {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    LogbookService logbook;
    @Autowired
    MutableClock clock;

    @TempDir
    Path dir;

    @Test
    void a_restored_backup_holds_exactly_the_rows_the_database_held() throws Exception {
        someHealthRecords();
        TestDatabase.Coordinates source = TestDatabaseConfig.coordinates();
        TestDatabase.Coordinates target = TestDatabaseConfig.freshDatabase();
        Path file = dir.resolve("keel.backup");

        BackupManifest made;
        Map<String, String> before;
        long t0 = System.nanoTime();
        try (Connection c = open(source)) {
            made = DatabaseBackup.write(c, file, "test-version");
            before = contents(c);
        }
        long backupMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        try (Connection c = open(target)) {
            DatabaseRestore.restore(c, file);
        }
        long restoreMs = (System.nanoTime() - t0) / 1_000_000;

        try (Connection c = open(target)) {
            Map<String, String> after = contents(c);
            System.out.printf("BackupRestoreIT: %d tables, %d rows, %d bytes; backup %d ms, restore %d ms%n",
                    made.rows().size(), made.rows().values().stream().mapToLong(Long::longValue).sum(),
                    Files.size(file), backupMs, restoreMs);
            assertThat(after).isEqualTo(before);
            assertThat(after.get("audit_event")).startsWith("rows=").doesNotStartWith("rows=0 ");
            assertThat(made.keelVersion()).isEqualTo("test-version");
            assertThat(made.schemaVersion()).isEqualTo(ChangeSets.known().getLast().id());
            assertThat(made.rows()).containsKeys("audit_event", "check_in", "client", "databasechangelog");
        }
    }

    @Test
    void restore_refuses_a_database_that_already_holds_tables() throws Exception {
        Path file = dir.resolve("keel.backup");
        TestDatabase.Coordinates source = TestDatabaseConfig.coordinates();
        try (Connection c = open(source)) {
            DatabaseBackup.write(c, file, "test-version");
        }
        try (Connection c = open(source)) {
            Map<String, String> before = contents(c);
            assertThatThrownBy(() -> DatabaseRestore.restore(c, file))
                    .hasMessageContaining("The database to restore into is not empty");
            assertThat(contents(c)).isEqualTo(before);
        }
    }

    private void someHealthRecords() {
        TestFixtures.StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Bea Backup");
        KeelUser login = fixtures.clientLogin(studio.practitioner(), client.id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(4);
        d.setWorstPain(6);
        d.setStiffness(5);
        d.setSleepQuality(4);
        d.setStress(6);
        d.setConfidence(5);
        d.setNote("Stairs were hard — tight after gardening");
        TestFixtures.as(login, () -> logbook.saveCheckIn(today, d));
    }

    /** Per table (Liquibase's lock table aside): row count and an md5 over its rows in order; plus the sequences. */
    static Map<String, String> contents(Connection c) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        for (String table : DatabaseBackup.tables(c)) {
            String q = DatabaseBackup.quote(table);
            result.put(table, one(c, "select 'rows=' || count(*) || ' md5=' || coalesce(md5(string_agg(t::text, "
                    + "E'\\n' order by t::text)), '-') from " + q + " t"));
        }
        result.put("(sequences)", one(c, "select coalesce(string_agg(sequencename || '=' || "
                + "coalesce(last_value, 0), ',' order by sequencename), '') from pg_sequences"
                + " where schemaname = current_schema()"));
        return result;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Connection open(TestDatabase.Coordinates db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
