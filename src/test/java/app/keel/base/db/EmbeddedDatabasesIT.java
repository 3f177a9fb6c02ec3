package app.keel.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server of the one-command run keeps what it commits: fsync and synchronous commit are on. */
class EmbeddedDatabasesIT {

    @TempDir
    Path dataDir;

    @Test
    void the_run_database_syncs_every_commit_and_keeps_its_rows_across_restarts() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedDatabases.startDurable(dataDir);
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(s, "full_page_writes")).isEqualTo("on");
            s.execute("create table kept (id int primary key)");
            s.execute("insert into kept values (1), (2)");
        }
        try (EmbeddedPostgres pg = EmbeddedDatabases.startDurable(dataDir);
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void zonkys_own_default_would_not_sync_which_is_why_the_run_database_overrides_it() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("off");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
