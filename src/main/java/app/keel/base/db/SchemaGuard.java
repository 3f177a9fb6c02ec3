package app.keel.base.db;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Refuses to start when the database carries schema changes this jar does not know (an older Keel meeting a schema
 * a newer Keel upgraded). Liquibase itself ignores such change sets and would let the old code run against a shape it
 * was never written for. Runs just before Liquibase's own start-up update.
 */
@Component
class SchemaGuard implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            try (Connection c = liquibase.getDataSource().getConnection()) {
                check(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's schema version", e);
            }
        }
        return bean;
    }

    /** Throws, naming them, when {@code connection}'s database has change sets this jar does not know. */
    static void check(Connection connection) throws SQLException {
        List<ChangeSets.Id> unknown = ChangeSets.unknown(ChangeSets.applied(connection), ChangeSets.known());
        if (!unknown.isEmpty()) {
            throw new NewerSchemaException(ChangeSets.newerSchemaMessage(unknown));
        }
    }

    /** Start-up refused: the schema is newer than this jar. */
    static final class NewerSchemaException extends IllegalStateException {
        NewerSchemaException(String message) {
            super(message);
        }
    }
}
