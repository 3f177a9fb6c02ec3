package app.keel.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The zero-setup run: when no datasource is configured outside production, Keel starts a real PostgreSQL
 * of its own whose files live under ./data/ and survive restarts. Never active in the prod profile
 * (which insists on SPRING_DATASOURCE_URL) nor in tests (which choose their own database); the production jar
 * does not even contain it. The server is a bean, so Spring stops it only after everything using it (the connection
 * pool, and before that the web server's graceful drain of requests in flight) has shut down.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod & !test")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${keel.embedded-db.data-dir}") String dataDir) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        EmbeddedPostgres postgres = EmbeddedDatabases.startDurable(dir);
        log.info("Embedded PostgreSQL on port {} with its data in {} (fsync and synchronous commit on)",
                postgres.getPort(), dir);
        return postgres;
    }

    @Bean
    EmbeddedRunDatabase embeddedRunDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedRunDatabase(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
