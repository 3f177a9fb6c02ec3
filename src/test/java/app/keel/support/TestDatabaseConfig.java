package app.keel.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Points every test context at the database {@link TestDatabase} chose. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

    private static PostgreSQLContainer container;

    @Bean
    @ServiceConnection
    @Conditional(UsesDocker.class)
    PostgreSQLContainer postgresContainer() {
        return container();
    }

    private static PostgreSQLContainer container() {
        synchronized (TestDatabaseConfig.class) {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
            }
            return container;
        }
    }

    /** Where the tests' database is, whichever way it was chosen (for tests that open their own connections). */
    public static TestDatabase.Coordinates coordinates() {
        if (TestDatabase.kind() == TestDatabase.Kind.DOCKER) {
            PostgreSQLContainer c = container();
            return new TestDatabase.Coordinates(c.getJdbcUrl(), c.getUsername(), c.getPassword());
        }
        return TestDatabase.coordinates();
    }

    /** A new, empty database on the tests' server (for tests that need one of their own, e.g. to restore into). */
    public static TestDatabase.Coordinates freshDatabase() {
        return TestDatabase.freshDatabaseOn(coordinates());
    }

    @Bean
    @Conditional(UsesServer.class)
    JdbcConnectionDetails testConnectionDetails() {
        TestDatabase.Coordinates db = TestDatabase.coordinates();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return db.username();
            }

            @Override
            public String getPassword() {
                return db.password();
            }

            @Override
            public String getJdbcUrl() {
                return db.url();
            }
        };
    }

    static class UsesDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.kind() == TestDatabase.Kind.DOCKER;
        }
    }

    static class UsesServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.kind() != TestDatabase.Kind.DOCKER;
        }
    }
}
