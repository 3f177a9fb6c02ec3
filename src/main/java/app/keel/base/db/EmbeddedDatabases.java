package app.keel.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL that keeps a studio's data. zonky's defaults suit throw-away test databases:
 * it passes {@code -F} (fsync off) and {@code synchronous_commit=off}, so a power cut or crash could lose records
 * the app had already reported as saved, and it stops the server from a JVM shutdown hook of its own, which runs at
 * the same time as Spring's graceful shutdown and could stop the database under a request still saving. Here both
 * are switched back: {@code -c fsync=on} comes after {@code -F} on the command line and wins, and the server is
 * stopped by whoever owns it (the Spring context, after the connection pool has closed).
 */
public final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    /** A durable server on the files in {@code dataDir} (created on first use, kept across restarts). */
    public static EmbeddedPostgres startDurable(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setRegisterShutdownHook(false)
                .start();
    }
}
