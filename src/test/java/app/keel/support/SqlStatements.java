package app.keel.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of work prepares (Hibernate statistics, switched on in the test profile).
 * Counting is exact, so tests assert it; timings are not, so benchmarks print them instead.
 */
@Component
public class SqlStatements {

    private final Statistics statistics;

    public SqlStatements(EntityManagerFactory emf) {
        this.statistics = emf.unwrap(SessionFactory.class).getStatistics();
    }

    public long during(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    /** The work's result with the statements it took. */
    public <T> Counted<T> counting(Supplier<T> work) {
        statistics.clear();
        T result = work.get();
        return new Counted<>(result, statistics.getPrepareStatementCount());
    }

    public record Counted<T>(T result, long statements) {
    }
}
