package app.keel.support;

import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of work prepares on the application's connections (JPA and plain JDBC alike,
 * through {@link CountingDataSource}).
 * Counting is exact, so tests assert it; timings are not, so benchmarks print them instead.
 */
@Component
public class SqlStatements {

    public long during(Runnable work) {
        long before = CountingDataSource.PREPARED.get();
        work.run();
        return CountingDataSource.PREPARED.get() - before;
    }

    /** The work's result with the statements it took. */
    public <T> Counted<T> counting(Supplier<T> work) {
        long before = CountingDataSource.PREPARED.get();
        T result = work.get();
        return new Counted<>(result, CountingDataSource.PREPARED.get() - before);
    }

    public record Counted<T>(T result, long statements) {
    }
}
