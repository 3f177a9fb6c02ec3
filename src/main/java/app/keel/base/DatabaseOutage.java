package app.keel.base;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, network gone) from every other error,
 * so people get a calm sentence instead of a stack trace. Whatever the failure, the transaction it hit was rolled back
 * by PostgreSQL: nothing half-saved remains, which is what the message promises.
 */
public final class DatabaseOutage {

    /** What a person sees when a click needs the database and it is away. */
    public static final String MESSAGE =
            "We can't save right now — please try again in a minute. Nothing was lost.";

    private DatabaseOutage() {
    }

    /**
     * True when {@code error} or one of its causes says the database could not be reached. A commit or rollback that
     * fails at the JDBC level counts too: when the server cuts a connection mid-transaction, the rollback then fails
     * on the dead connection and Spring reports that failure instead of the original one.
     */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || t instanceof TransactionException && t.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception"; 57P01–57P03 are the server shutting down, crashing or not yet
     * accepting connections.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
