package app.keel.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup holds besides the rows: which Keel made it, the schema version (the last change set applied and how
 * many), the row count of every table and the sequences' values.
 */
public record BackupManifest(int format, String keelVersion, String schemaVersion, int changeSetCount,
                             Instant createdAt, String serverVersion, Map<String, Long> rows,
                             Map<String, String> sequences) {

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("keel.version", keelVersion);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("schema.changesets", Integer.toString(changeSetCount));
        p.setProperty("created-at", createdAt.toString());
        p.setProperty("server.version", serverVersion);
        rows.forEach((table, n) -> p.setProperty("rows." + table, Long.toString(n)));
        sequences.forEach((seq, v) -> p.setProperty("sequence." + seq, v));
        p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, "Keel backup");
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Long> rows = new TreeMap<>();
        Map<String, String> sequences = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rows.")) {
                rows.put(key.substring(5), Long.parseLong(p.getProperty(key)));
            } else if (key.startsWith("sequence.")) {
                sequences.put(key.substring(9), p.getProperty(key));
            }
        }
        return new BackupManifest(Integer.parseInt(p.getProperty("format", "0")), p.getProperty("keel.version"),
                p.getProperty("schema.version"), Integer.parseInt(p.getProperty("schema.changesets", "0")),
                Instant.parse(p.getProperty("created-at")), p.getProperty("server.version"), rows, sequences);
    }
}
