package app.keel.base;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void failures_to_reach_the_database_are_outages_wherever_they_sit_in_the_cause_chain() {
        assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException("wrapped",
                new JDBCConnectionException("I/O error", new SQLException("An I/O error occurred", "08006"))))).isTrue();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("view failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("closed"))))).isTrue();
    }

    @Test
    void other_database_errors_and_plain_bugs_are_not_outages() {
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isOutage(null)).isFalse();
    }
}
