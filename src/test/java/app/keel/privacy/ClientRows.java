package app.keel.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds, from the schema's foreign keys alone, every table that holds rows of a client (directly or through a
 * record that belongs to them, e.g. an item log through its program) and the SQL condition that picks those rows.
 * Tests use it so that a table added later is checked without anyone remembering to list it.
 */
final class ClientRows {

    private record ForeignKey(String child, String column, String parent, String parentColumn) {
    }

    private final Map<String, String> conditions;

    private ClientRows(Map<String, String> conditions) {
        this.conditions = conditions;
    }

    /** Rows reachable by foreign keys from the root table's rows picked by {@code rootCondition} (alias {a}). */
    static ClientRows from(JdbcTemplate jdbc, String rootTable, String rootCondition) {
        List<ForeignKey> keys = jdbc.query("""
                select kcu.table_name, kcu.column_name, ccu.table_name, ccu.column_name
                from information_schema.table_constraints tc
                join information_schema.key_column_usage kcu
                  on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
                join information_schema.constraint_column_usage ccu
                  on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
                where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
                order by 1, 2""", (rs, n) -> new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)));
        Map<String, String> found = new LinkedHashMap<>();
        found.put(rootTable, rootCondition);
        int alias = 0;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String parent : new ArrayList<>(found.keySet())) {
                for (ForeignKey key : keys) {
                    if (!key.parent().equals(parent) || key.child().equals(parent) || found.containsKey(key.child())) {
                        continue;
                    }
                    List<String> paths = new ArrayList<>();
                    for (ForeignKey in : keys) {
                        if (in.child().equals(key.child()) && found.containsKey(in.parent())
                                && !in.parent().equals(key.child())) {
                            String a = "p" + (++alias);
                            paths.add("{a}." + in.column() + " in (select " + a + "." + in.parentColumn() + " from "
                                    + in.parent() + " " + a + " where " + found.get(in.parent()).replace("{a}", a)
                                    + ")");
                        }
                    }
                    found.put(key.child(), "(" + String.join(" or ", paths) + ")");
                    grew = true;
                }
            }
        }
        return new ClientRows(found);
    }

    /** Every table holding rows of the client: every foreign-key path down from their {@code client} row. */
    static ClientRows ofClient(JdbcTemplate jdbc, long clientId) {
        return from(jdbc, "client", "{a}.id = " + clientId);
    }

    List<String> tables() {
        return List.copyOf(conditions.keySet());
    }

    String where(String table, String alias) {
        return conditions.get(table).replace("{a}", alias);
    }

    /** Each row of the table that belongs to the client, as PostgreSQL's JSON of the row. */
    List<String> jsonRows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select to_jsonb(t)::text from " + table + " t where " + where(table, "t"),
                String.class);
    }

    /** Each row of the table that belongs to the client, as PostgreSQL's text of the row. */
    List<String> textRows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select t::text from " + table + " t where " + where(table, "t"), String.class);
    }

    /** Every row of every table (but Liquibase's own), as text, for before/after comparisons. */
    static Map<String, List<String>> everything(JdbcTemplate jdbc) {
        Map<String, List<String>> all = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not in ('databasechangelog', 'databasechangeloglock')""", String.class)) {
            all.put(table, jdbc.queryForList("select t::text from " + table + " t order by t::text", String.class));
        }
        return all;
    }
}
