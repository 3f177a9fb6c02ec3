package app.keel.privacy;

import java.util.List;

/**
 * Every table that holds a client's records, and how to find that client's rows in it. Export reads them in this
 * order; erasure deletes them in the reverse order (children before parents). A test walks the schema's foreign keys
 * from {@code client} and fails when a table that references a client's rows is missing here.
 */
final class ClientTables {

    /** A table, the condition (on alias {@code t}, parameter {@code :clientId}) that picks the client's rows, and their order. */
    record Table(String name, String where, String orderBy) {

        String select(String columns) {
            return "select " + columns + " from " + name + " t where " + where + " order by " + orderBy;
        }
    }

    private static final String OF_CLIENT = "t.client_id = :clientId";
    private static final String OF_PROGRAMS = "t.program_id in (select p.id from program p where p.client_id = :clientId)";

    static final List<Table> ALL = List.of(
            new Table("client", "t.id = :clientId", "t.id"),
            new Table("client_share", OF_CLIENT, "t.practitioner_id"),
            new Table("program", OF_CLIENT, "t.id"),
            new Table("program_revision", OF_PROGRAMS, "t.program_id, t.number"),
            new Table("prescription", OF_PROGRAMS, "t.program_id, t.position, t.id"),
            new Table("deload_period", OF_PROGRAMS, "t.program_id, t.start_date, t.id"),
            new Table("program_pause", OF_PROGRAMS, "t.id"),
            new Table("item_log", OF_CLIENT, "t.log_date, t.id"),
            new Table("break_count", OF_CLIENT, "t.log_date, t.id"),
            new Table("check_in", OF_CLIENT, "t.check_date"),
            new Table("psfs_activity", OF_CLIENT, "t.position, t.id"),
            new Table("psfs_rating", OF_CLIENT, "t.rated_on, t.id"),
            new Table("flag_acknowledgement", OF_CLIENT, "t.id"),
            new Table("consent_record", OF_CLIENT, "t.decided_at, t.id"));

    /** What a studio admin's studio export holds: the clients, their programs and what they logged. */
    static final List<Table> STUDIO = List.of(
            new Table("client", "t.studio_id = :studioId", "t.id"),
            new Table("program", "t.studio_id = :studioId", "t.id"),
            new Table("prescription", "t.studio_id = :studioId", "t.program_id, t.position, t.id"),
            new Table("item_log", "t.studio_id = :studioId", "t.client_id, t.log_date, t.id"),
            new Table("check_in", "t.studio_id = :studioId", "t.client_id, t.check_date"),
            new Table("psfs_activity", "t.studio_id = :studioId", "t.client_id, t.position, t.id"),
            new Table("psfs_rating", "t.studio_id = :studioId", "t.client_id, t.rated_on, t.id"));

    private ClientTables() {
    }
}
