package app.keel.audit;

import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 0045 on a database that already holds audit rows: they are cleaned of e-mails and typed names, chained in
 * id order, and the Java verification accepts the chains the SQL built.
 */
@KeelIntegrationTest
class ChainMigrationIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcConnectionDetails database;

    @Test
    @SuppressWarnings("deprecation") // Liquibase's count-limited update is the simplest way to stop before 0045
    void existing_rows_are_cleaned_and_chained_and_verify() throws Exception {
        String name = "keel_migration_" + TestFixtures.tag().replace('-', '_');
        try (Connection admin = dataSource.getConnection()) {
            admin.createStatement().execute("create database " + name);
        }
        String url = database.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try (Connection c = DriverManager.getConnection(url, database.getUsername(), database.getPassword())) {
            migrate(c);
        }
    }

    private void migrate(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                new ClassLoaderResourceAccessor(), database);
        List<ChangeSet> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        int before = pending.stream().map(ChangeSet::getId).toList().indexOf("0045-chain-audit-event");
        assertThat(before).isPositive();
        liquibase.update(before, new Contexts(), new LabelExpression());

        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        long studio = jdbc.queryForObject("insert into studio (name, time_zone, locale) values ('Old', 'UTC', 'en') "
                + "returning id", Long.class);
        long account = jdbc.queryForObject("insert into user_account (studio_id, email, display_name, roles) "
                + "values (?, 'Old.Admin@example.org', 'Old Admin', 'STUDIO_ADMIN') returning id", Long.class, studio);
        OffsetDateTime t = OffsetDateTime.parse("2026-01-05T10:15:30.123456Z");
        String insert = "insert into audit_event (occurred_at, actor, actor_account_id, studio_id, action, "
                + "subject_type, subject_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, t, "old.admin@example.org", account, studio, "CLIENT_READ", "CLIENT", 5L, "SUCCESS");
        jdbc.update(insert, t, "mistyped-secret", null, null, "LOGIN", "ACCOUNT", null, "FAILURE");
        jdbc.update(insert, t, "OLD.ADMIN@example.org", null, null, "LOGIN", "ACCOUNT", null, "FAILURE");
        jdbc.update(insert, t.plusSeconds(1), "old.admin@example.org", account, studio, "PROGRAM_CHANGED", "PROGRAM",
                9L, "SUCCESS");

        liquibase.update(new Contexts(), new LabelExpression());

        List<Map<String, Object>> rows = jdbc.queryForList("select actor, actor_account_id, studio_id, client_id, "
                + "chain_seq from audit_event order by id");
        assertThat(rows).extracting(r -> r.get("actor") + " " + r.get("actor_account_id") + " "
                + r.get("studio_id") + " " + r.get("client_id") + " #" + r.get("chain_seq")).containsExactly(
                "null " + account + " " + studio + " 5 #1",
                "anonymous null null null #1",
                "null " + account + " " + studio + " null #2",
                "null " + account + " " + studio + " null #3");
        assertThat(jdbc.queryForObject("select count(*) from audit_event a where a::text ilike '%mistyped%' "
                + "or a::text ilike '%@example.org%'", Long.class)).isZero();

        for (long chainKey : List.of(studio, 0L)) {
            ChainVerifier verifier = new ChainVerifier(chainKey);
            jdbc.query("select * from audit_event where coalesce(studio_id, 0) = ? order by chain_seq",
                    rs -> {
                        assertThat(verifier.accept(new ChainedEvent(rs.getLong("id"), chainKey,
                                rs.getLong("chain_seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                rs.getString("actor"), (Long) rs.getObject("actor_account_id"),
                                (Long) rs.getObject("studio_id"), rs.getString("action"),
                                rs.getString("subject_type"), (Long) rs.getObject("subject_id"),
                                (Long) rs.getObject("client_id"), rs.getString("client_address"),
                                rs.getString("detail"), rs.getString("outcome"), rs.getString("hash")))).isTrue();
                    }, chainKey);
            Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head "
                    + "where chain_key = ?", chainKey);
            ChainCheck check = verifier.finish((Long) head.get("last_seq"), (String) head.get("last_hash"));
            assertThat(check.message()).isEqualTo(chainKey == 0 ? "All 1 event verified." : "All 3 events verified.");
        }
    }
}
