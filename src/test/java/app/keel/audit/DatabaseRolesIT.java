package app.keel.audit;

import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production database roles of docker-compose, checked on a real PostgreSQL: {@code docker/postgres/keel-roles.sql}
 * runs in a database of its own, the migrations run as the owner role, and the app role can write rows but cannot
 * change or remove the audit trail, create tables, or act as a superuser.
 */
@KeelIntegrationTest
class DatabaseRolesIT {

    @Autowired
    JdbcConnectionDetails server;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_app_role_writes_rows_but_cannot_change_or_remove_the_audit_trail() throws Exception {
        String tag = TestFixtures.tag().replace('-', '_');
        String database = "keel_roles_" + tag;
        String owner = "keel_owner_" + tag;
        String app = "keel_app_" + tag;
        jdbc.execute("create database " + database);
        try {
            String url = on(server.getJdbcUrl(), database);
            try (Connection superuser = DriverManager.getConnection(url, server.getUsername(),
                    server.getPassword());
                 Statement s = superuser.createStatement()) {
                s.execute(withVariables(Files.readString(Path.of("docker/postgres/keel-roles.sql")), Map.of(
                        "owner_role", owner, "owner_password", "owner secret " + tag,
                        "app_role", app, "app_password", "app secret " + tag)));
            }
            migrate(url, owner, "owner secret " + tag);

            try (Connection c = DriverManager.getConnection(url, app, "app secret " + tag);
                 Statement s = c.createStatement()) {
                s.execute("insert into studio (name, time_zone, locale) values ('Roles check', 'UTC', 'en')");
                s.execute("update studio set name = 'Roles checked' where name = 'Roles check'");
                // The app appends to the chain: it advances the head row and inserts the event (AuditTrail.APPEND).
                s.execute("insert into audit_chain_head as h (chain_key, last_seq, last_hash) values (0, 1, repeat('0', 64)) "
                        + "on conflict (chain_key) do update set last_seq = h.last_seq + 1");
                s.execute("insert into audit_event (occurred_at, action, outcome, chain_seq, hash) "
                        + "values (now(), 'CHECK', 'SUCCESS', 1, repeat('0', 64))");
                for (String change : new String[]{"update audit_event set action = 'CHANGED'", "delete from audit_event",
                        "truncate audit_event", "create table sneaky (id int)", "alter table audit_event disable trigger all"}) {
                    assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("permission denied",
                                    "must be owner"));
                }
                var rs = s.executeQuery("select count(*) from audit_event where action = 'CHECK'");
                rs.next();
                assertThat(rs.getInt(1)).as("the audit row stays as written").isOne();
            }
            try (Connection c = DriverManager.getConnection(url, server.getUsername(), server.getPassword());
                 Statement s = c.createStatement()) {
                var rs = s.executeQuery("select has_table_privilege('" + app + "', 'audit_event', 'UPDATE'), "
                        + "has_table_privilege('" + app + "', 'audit_event', 'INSERT')");
                rs.next();
                assertThat(rs.getBoolean(1)).as("app may update the audit trail").isFalse();
                assertThat(rs.getBoolean(2)).as("app may add to the audit trail").isTrue();
            }
            assertThat(jdbc.queryForList("select rolname from pg_roles where rolname in (?, ?) and (rolsuper or "
                    + "rolcreatedb or rolcreaterole)", String.class, owner, app)).as("no superuser powers").isEmpty();
        } finally {
            jdbc.execute("drop database if exists " + database + " with (force)");
            jdbc.execute("drop role if exists " + app);
            jdbc.execute("drop role if exists " + owner);
        }
    }

    private static void migrate(String url, String user, String password) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new DriverManagerDataSource(url, user, password));
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    /** What psql does with {@code -v name=value}: {@code :"name"} as an identifier, {@code :'name'} as a literal. */
    static String withVariables(String sql, Map<String, String> values) {
        String result = sql;
        for (Map.Entry<String, String> v : values.entrySet()) {
            result = result.replace(":\"" + v.getKey() + "\"", "\"" + v.getValue().replace("\"", "\"\"") + "\"")
                    .replace(":'" + v.getKey() + "'", "'" + v.getValue().replace("'", "''") + "'");
        }
        return result;
    }

    /** The server's address with another database and without a user in it (it would override the one given). */
    private static String on(String url, String database) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String params = query < 0 ? "" : java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return url.substring(0, slash + 1) + database + (params.isEmpty() ? "" : "?" + params);
    }
}
