package app.keel.base.db;

import app.keel.KeelApplication;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An older Keel meeting a schema a newer Keel upgraded refuses to start and names the changes it does not know. */
class SchemaGuardIT {

    @Test
    void keel_refuses_to_start_on_a_schema_with_changes_it_does_not_know() throws Exception {
        TestDatabase.Coordinates db = TestDatabaseConfig.freshDatabase();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            SchemaGuard.check(c);
            new liquibase.Liquibase(ChangeSets.CHANGELOG, ChangeSets.resources(),
                    new liquibase.database.jvm.JdbcConnection(c)).update(new liquibase.Contexts());
            SchemaGuard.check(c);
        }
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype)"
                        + " values ('0999-add-hover-boards', 'keel', 'db/changelog/changes/0999-add-hover-boards.yaml',"
                        + " now(), 999, 'EXECUTED')");
            }
            assertThatThrownBy(() -> SchemaGuard.check(c))
                    .hasMessageContaining("upgraded by a newer version of Keel")
                    .hasMessageContaining("0999-add-hover-boards (keel, 0999-add-hover-boards.yaml)");
        }

        Throwable refused = null;
        try {
            new SpringApplicationBuilder(KeelApplication.class).profiles("test").web(WebApplicationType.SERVLET)
                    .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                            "--spring.datasource.username=" + db.username(),
                            "--spring.datasource.password=" + db.password())
                    .close();
        } catch (RuntimeException e) {
            refused = e;
        }
        assertThat(refused).as("start-up on a newer schema").isNotNull();
        Throwable root = refused;
        while (!(root instanceof SchemaGuard.NewerSchemaException) && root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(SchemaGuard.NewerSchemaException.class)
                .hasMessageContaining("0999-add-hover-boards");
    }
}
