package app.keel.base.db;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores a {@link DatabaseBackup} into an empty database: Liquibase builds the schema exactly as far as the backup's
 * (so a later start of a newer Keel migrates it forward like any database), then every table is loaded with COPY in
 * one transaction — parents before children, the database's own triggers paused (the audit trail refuses changes),
 * sequences set to where they were — and the row counts are checked against the backup's before it commits.
 */
public final class DatabaseRestore {

    private DatabaseRestore() {
    }

    public static BackupManifest restore(Connection connection, Path file) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest;
            try (InputStream in = entry(zip, "manifest.properties")) {
                manifest = BackupManifest.read(in);
            }
            if (manifest.format() != DatabaseBackup.FORMAT) {
                throw new IllegalStateException("This backup has format " + manifest.format()
                        + "; this Keel reads format " + DatabaseBackup.FORMAT + ".");
            }
            if (!DatabaseBackup.tables(connection).isEmpty()) {
                throw new IllegalStateException("The database to restore into is not empty. Restore into a new, "
                        + "empty database (createdb), never over one that holds data.");
            }
            List<ChangeSets.Id> backedUp = changeSets(zip);
            buildSchema(connection, backedUp);
            load(connection, zip, manifest);
            return manifest;
        }
    }

    private static void buildSchema(Connection connection, List<ChangeSets.Id> backedUp) {
        List<ChangeSets.Id> known = ChangeSets.known();
        List<ChangeSets.Id> unknown = ChangeSets.unknown(backedUp, known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("This backup was made by a newer Keel; restore it with that version. "
                    + ChangeSets.newerSchemaMessage(unknown));
        }
        if (!new HashSet<>(known.subList(0, backedUp.size())).equals(new HashSet<>(backedUp))) {
            throw new IllegalStateException("The backup's schema changes are not the first " + backedUp.size()
                    + " of this Keel's: restore it with the Keel version that made it.");
        }
        try {
            Liquibase liquibase = new Liquibase(ChangeSets.CHANGELOG, ChangeSets.resources(),
                    new JdbcConnection(connection));
            liquibase.update(backedUp.size(), new Contexts(), new LabelExpression());
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Cannot build the schema to restore into", e);
        }
    }

    private static void load(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            List<String> tables = loadOrder(connection, manifest.rows().keySet());
            for (String table : tables) {
                s.execute("alter table " + DatabaseBackup.quote(table) + " disable trigger user");
            }
            s.execute("truncate " + String.join(", ", tables.stream().map(DatabaseBackup::quote).toList()));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                try (InputStream in = entry(zip, "data/" + table + ".copy")) {
                    long loaded = copy.copyIn("copy " + DatabaseBackup.quote(table) + " from stdin", in);
                    long expected = manifest.rows().get(table);
                    if (loaded != expected) {
                        throw new IllegalStateException("Table " + table + ": the backup lists " + expected
                                + " rows but holds " + loaded + ". The file is damaged; nothing was restored.");
                    }
                }
            }
            for (String table : tables) {
                s.execute("alter table " + DatabaseBackup.quote(table) + " enable trigger user");
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
                for (Map.Entry<String, String> seq : manifest.sequences().entrySet()) {
                    if (!seq.getValue().isEmpty()) {
                        setval.setString(1, DatabaseBackup.quote(seq.getKey()));
                        setval.setLong(2, Long.parseLong(seq.getValue()));
                        setval.execute();
                    }
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The tables in an order where every table comes after the tables it references. */
    static List<String> loadOrder(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.stream().sorted().forEach(t -> parents.put(t, new HashSet<>()));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text"
                     + " from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
                     + " where c.contype = 'f' and n.nspname = current_schema()")) {
            while (rs.next()) {
                String child = unquote(rs.getString(1));
                String parent = unquote(rs.getString(2));
                if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> t : parents.entrySet()) {
                if (!ordered.contains(t.getKey()) && ordered.containsAll(t.getValue())) {
                    ordered.add(t.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Tables reference each other in a circle; cannot order the restore.");
            }
        }
        return new ArrayList<>(ordered);
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    private static List<ChangeSets.Id> changeSets(ZipFile zip) throws IOException {
        List<ChangeSets.Id> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(entry(zip, "changesets.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] f = line.split("\t", 3);
                    ids.add(new ChangeSets.Id(f[0], f[1], f[2]));
                }
            }
        }
        return ids;
    }

    private static InputStream entry(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IllegalStateException("Not a Keel backup (no " + name + " inside).");
        }
        return zip.getInputStream(e);
    }
}
