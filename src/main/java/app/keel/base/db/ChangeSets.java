package app.keel.base.db;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.springframework.core.io.DefaultResourceLoader;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schema changes this jar knows (its Liquibase changelog) and those a database has applied. */
public final class ChangeSets {

    /** The changelog Keel runs at start (also in application.properties). */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    /**
     * One change set. Files are compared by name only: Liquibase records the path as it resolved it, which may carry
     * a prefix depending on how the changelog was found, while the name of a released file never changes.
     */
    public record Id(String id, String author, String file) {

        public Id {
            file = file.substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return id + " (" + author + ", " + file + ")";
        }
    }

    private ChangeSets() {
    }

    /** The change sets of this jar's changelog, in the order Liquibase applies them (read without a database). */
    public static List<Id> known() {
        try {
            ResourceAccessor accessor = resources();
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(CHANGELOG, accessor)
                    .parse(CHANGELOG, new ChangeLogParameters(), accessor);
            List<Id> ids = new ArrayList<>();
            for (ChangeSet cs : changeLog.getChangeSets()) {
                ids.add(new Id(cs.getId(), cs.getAuthor(), cs.getFilePath()));
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("Keel's changelog " + CHANGELOG + " lists no change sets: the jar "
                        + "is incomplete.");
            }
            return ids;
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Cannot read Keel's own changelog " + CHANGELOG, e);
        }
    }

    /**
     * Finds the changelog the way Spring Boot's own Liquibase run does (through Spring's resource loading), so
     * {@code includeAll} also lists the files inside the packaged jar, where a plain class-loader lookup may not.
     */
    static ResourceAccessor resources() {
        return new SpringResourceAccessor(new DefaultResourceLoader(ChangeSets.class.getClassLoader()));
    }

    /** The change sets applied to the database, in the order they ran; empty for a database without Keel's schema. */
    public static List<Id> applied(Connection connection) throws SQLException {
        List<Id> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet exists = s.executeQuery("select to_regclass('databasechangelog') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return ids;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(
                     "select id, author, filename from databasechangelog order by orderexecuted, dateexecuted")) {
            while (rs.next()) {
                ids.add(new Id(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return ids;
    }

    /** Applied change sets this jar does not know: a newer Keel has upgraded the database. */
    public static List<Id> unknown(List<Id> applied, List<Id> known) {
        return applied.stream().filter(id -> !known.contains(id)).toList();
    }

    /** The message for an older jar that meets a newer schema. */
    static String newerSchemaMessage(List<Id> unknown) {
        return "This database was upgraded by a newer version of Keel: it has " + unknown.size()
                + " schema change(s) this version does not know: "
                + String.join(", ", unknown.stream().map(Id::toString).toList())
                + ". Keel will not start on it, so that nothing is written in a shape the newer version does not "
                + "expect. Run the newer Keel (or restore a backup made by this version).";
    }
}
