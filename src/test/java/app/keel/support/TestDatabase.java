package app.keel.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Chooses the tests' PostgreSQL once per JVM, in this order: an explicit server from the environment
 * (KEEL_TEST_DB_URL, _USERNAME, _PASSWORD), in which a fresh database is created for this run; else Docker through
 * Testcontainers; else an embedded PostgreSQL of our own. Each run therefore starts from an empty database.
 */
public final class TestDatabase {

    public enum Kind { ENVIRONMENT, DOCKER, EMBEDDED }

    public record Coordinates(String url, String username, String password) {
    }

    private static Kind kind;
    private static Coordinates coordinates;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static synchronized Kind kind() {
        if (kind == null) {
            if (System.getenv("KEEL_TEST_DB_URL") != null) {
                kind = Kind.ENVIRONMENT;
            } else if (dockerAvailable()) {
                kind = Kind.DOCKER;
            } else {
                kind = Kind.EMBEDDED;
            }
        }
        return kind;
    }

    /** For ENVIRONMENT and EMBEDDED; the DOCKER case goes through a @ServiceConnection container instead. */
    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = kind() == Kind.ENVIRONMENT ? freshDatabaseOnServer() : startEmbedded();
        }
        return coordinates;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Coordinates freshDatabaseOnServer() {
        String url = System.getenv("KEEL_TEST_DB_URL");
        String user = System.getenv().getOrDefault("KEEL_TEST_DB_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("KEEL_TEST_DB_PASSWORD", "");
        return freshDatabaseOn(new Coordinates(url, user, password));
    }

    /** Creates an empty database next to the one in {@code server} and returns where it is. */
    public static Coordinates freshDatabaseOn(Coordinates server) {
        String name = "keel_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.url(), e);
        }
        String url = server.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return new Coordinates(url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)),
                server.username(), server.password());
    }

    private static Coordinates startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
            return new Coordinates(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }
}
