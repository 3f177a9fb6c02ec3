package app.keel.base.db;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consistent backup of Keel's database, made with PostgreSQL's COPY over the JDBC connection Keel already has, so it
 * works for the embedded server and an external one alike and needs no {@code pg_dump} of the server's version
 * (the embedded binaries ship none, and Debian 12's pg_dump 15 refuses a PostgreSQL 17 server).
 * <p>
 * The file is a ZIP: {@code manifest.properties} (Keel version, schema version, row counts, sequence values),
 * {@code changesets.tsv} (the schema changes applied, in order) and {@code data/TABLE.copy} per table in COPY's text
 * format. Every table is read in one REPEATABLE READ, read-only transaction: one snapshot, while Keel keeps running.
 */
public final class DatabaseBackup {

    static final int FORMAT = 1;

    private DatabaseBackup() {
    }

    /** Writes the backup to {@code file} (via a temporary file, so a failed backup never leaves a partial one). */
    public static BackupManifest write(Connection connection, Path file, String keelVersion)
            throws SQLException, IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".keel-backup", ".part");
        try {
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                manifest = write(connection, out, keelVersion);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static BackupManifest write(Connection connection, OutputStream target, String keelVersion)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            List<ChangeSets.Id> applied = ChangeSets.applied(connection);
            if (applied.isEmpty()) {
                throw new IllegalStateException("This database has no Keel schema: nothing to back up.");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(connection)) {
                zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
                rows.put(table, copy.copyOut("copy " + quote(table) + " to stdout", new NoClose(zip)));
                zip.closeEntry();
            }
            StringBuilder tsv = new StringBuilder();
            for (ChangeSets.Id id : applied) {
                tsv.append(id.id()).append('\t').append(id.author()).append('\t').append(id.file()).append('\n');
            }
            zip.putNextEntry(new ZipEntry("changesets.tsv"));
            zip.write(tsv.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            BackupManifest manifest = new BackupManifest(FORMAT, keelVersion, applied.getLast().id(), applied.size(),
                    Instant.now(), serverVersion(connection), rows, sequences(connection));
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.write(zip);
            zip.closeEntry();
            connection.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setReadOnly(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Keel's tables in the current schema (Liquibase's lock table excluded: it is state, not data). */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                     + " and tablename <> 'databasechangeloglock' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences"
                     + " where schemaname = current_schema() order by sequencename")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long last = rs.getLong(2);
                values.put(name, rs.wasNull() ? "" : Long.toString(last));
            }
        }
        return values;
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** COPY closes the stream it was given; the ZIP must stay open for the next entry. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
