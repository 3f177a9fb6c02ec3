package app.keel.privacy;

import app.keel.privacy.ClientTables.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads a client's rows from every table in {@link ClientTables} and writes them as JSON or as CSV files in a ZIP.
 * Rows are read as the database stores them (PostgreSQL's own JSON of each row), so the export holds the records
 * themselves, not a summary. Callers have checked who is asking; this class only reads.
 */
@Component
class DataExport {

    static final String FORMAT = "keel-client-export/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Lets spreadsheet programs read the file as UTF-8 (names such as Tomás). */
    private static final String BOM = "\uFEFF";
    private static final String LOGIN = """
            select u.email, u.display_name, u.roles, u.enabled, u.created_at, (u.password_hash is not null) as password_set
            from user_account u join client c on c.account_id = u.id where c.id = :clientId""";

    private final JdbcClient jdbc;

    DataExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] json(long clientId, String studioName, Instant now) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("exportedAt", now.toString());
        root.put("studio", studioName);
        root.set("login", jdbc.sql("select coalesce((select to_jsonb(l) from (" + LOGIN + ") l), 'null'::jsonb)::text")
                .param("clientId", clientId).query((rs, n) -> tree(rs.getString(1))).single());
        ObjectNode tables = root.putObject("tables");
        for (Table table : ClientTables.ALL) {
            String rows = jdbc.sql("select coalesce(jsonb_agg(r.j order by r.n), '[]'::jsonb)::text from ("
                            + "select to_jsonb(t) as j, row_number() over (order by " + table.orderBy() + ") as n from "
                            + table.name() + " t where " + table.where() + ") r")
                    .param("clientId", clientId).query(String.class).single();
            tables.set(table.name(), tree(rows));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    byte[] zip(long clientId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            csv(zip, "login.csv", LOGIN, Map.of("clientId", clientId));
            for (Table table : ClientTables.ALL) {
                csv(zip, table.name() + ".csv", table.select("t.*"), Map.of("clientId", clientId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void studioZip(long studioId, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Table table : ClientTables.STUDIO) {
            csv(zip, table.name() + ".csv", table.select("t.*"), Map.of("studioId", studioId));
        }
        zip.finish();
        zip.flush();
    }

    private void csv(ZipOutputStream zip, String file, String sql, Map<String, ?> params) throws IOException {
        zip.putNextEntry(new ZipEntry(file));
        StringBuilder text = new StringBuilder(BOM);
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            text.append(Csv.row(columns(rs.getMetaData())));
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getString(i));
                }
                text.append(Csv.row(cells));
            }
            return text;
        });
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<String> columns(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i));
        }
        return names;
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
