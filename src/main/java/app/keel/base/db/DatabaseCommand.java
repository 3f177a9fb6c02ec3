package app.keel.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code java -jar keel.jar backup FILE} and {@code restore FILE}: the operator's commands, run without starting the
 * web application. The database is the one Keel itself would use: {@code SPRING_DATASOURCE_URL} (with
 * {@code _USERNAME}, {@code _PASSWORD}) when set, else the embedded database in {@code KEEL_DATA_DIR}
 * ({@code ./data/postgres}) — reached while Keel runs (its port is in the server's {@code postmaster.pid}), or
 * started for the command and stopped after it when Keel is not running.
 */
public final class DatabaseCommand {

    private DatabaseCommand() {
    }

    /** True when the arguments ask for a database command rather than the application. */
    public static boolean wants(String[] args) {
        return args.length >= 1 && List.of("backup", "restore").contains(args[0]);
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: backup FILE | restore FILE");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try (Target target = Target.open()) {
            if (args[0].equals("backup")) {
                BackupManifest m = DatabaseBackup.write(target.connection(), file, keelVersion());
                System.out.printf("Backup written to %s: Keel %s, schema %s (%d changes), %d tables, %d rows.%n",
                        file, m.keelVersion(), m.schemaVersion(), m.changeSetCount(), m.rows().size(),
                        m.rows().values().stream().mapToLong(Long::longValue).sum());
            } else {
                BackupManifest m = DatabaseRestore.restore(target.connection(), file);
                System.out.printf("Restored %s (made by Keel %s on %s, schema %s): %d tables, %d rows. "
                                + "Start Keel to bring the schema up to this version.%n", file, m.keelVersion(),
                        m.createdAt(), m.schemaVersion(), m.rows().size(),
                        m.rows().values().stream().mapToLong(Long::longValue).sum());
            }
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (SQLException | IOException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The version in the build's META-INF/build-info.properties (written by the Spring Boot Maven plugin). */
    static String keelVersion() {
        try (InputStream in = DatabaseCommand.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("build.version", "unknown");
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    /** The connection, and the embedded server if the command had to start one. */
    private record Target(Connection connection, AutoCloseable server) implements AutoCloseable {

        static Target open() throws SQLException, IOException {
            String url = setting("SPRING_DATASOURCE_URL", "spring.datasource.url");
            if (url != null) {
                return new Target(DriverManager.getConnection(url,
                        Optional.ofNullable(setting("SPRING_DATASOURCE_USERNAME", "spring.datasource.username"))
                                .orElse(""),
                        Optional.ofNullable(setting("SPRING_DATASOURCE_PASSWORD", "spring.datasource.password"))
                                .orElse("")), null);
            }
            Path dataDir = Path.of(Optional.ofNullable(setting("KEEL_DATA_DIR", "keel.embedded-db.data-dir"))
                    .orElse("./data/postgres")).toAbsolutePath().normalize();
            Optional<Integer> running = runningPort(dataDir);
            if (running.isPresent()) {
                return new Target(DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + running.get() + "/postgres", "postgres", ""), null);
            }
            try {
                var server = EmbeddedDatabases.startDurable(dataDir);
                return new Target(server.getPostgresDatabase().getConnection(), server);
            } catch (NoClassDefFoundError e) {
                throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL (this jar has no "
                        + "embedded database).");
            }
        }

        /** The port of a server already running on {@code dataDir} (line 4 of postmaster.pid), if one is. */
        private static Optional<Integer> runningPort(Path dataDir) throws IOException {
            Path pid = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pid);
            long processId = Long.parseLong(lines.getFirst().strip());
            if (lines.size() < 4 || ProcessHandle.of(processId).map(ProcessHandle::isAlive).orElse(false) == false) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).strip()));
        }

        private static String setting(String env, String property) {
            String value = System.getProperty(property, System.getenv(env));
            return value == null || value.isBlank() ? null : value;
        }

        @Override
        public void close() throws SQLException, IOException {
            connection.close();
            if (server != null) {
                try {
                    server.close();
                } catch (Exception e) {
                    throw new IOException("Could not stop the embedded database", e);
                }
            }
        }
    }
}
