package app.keel.bench;

import app.keel.base.db.EmbeddedDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * What keeping fsync and synchronous commit on costs the embedded database: times N single-row transactions (one
 * commit each, like a client's check-in) on a durable server and on zonky's default (fsync off), and prints the figures.
 * Run after {@code ./mvnw -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.keel.bench.FsyncCostBenchmark [N]}
 * where cp.txt comes from {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class FsyncCostBenchmark {

    private FsyncCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path durableDir = Files.createTempDirectory("keel-fsync-on");
        try (EmbeddedPostgres durable = EmbeddedDatabases.startDurable(durableDir);
             EmbeddedPostgres fast = EmbeddedPostgres.builder().start()) {
            for (int round = 1; round <= 2; round++) {
                report("fsync on  (run database)", durable, n, round);
                report("fsync off (zonky default)", fast, n, round);
            }
        }
    }

    private static void report(String label, EmbeddedPostgres pg, int n, int round) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_commit");
                s.execute("create table bench_commit (id bigint generated always as identity primary key, "
                        + "client_id bigint not null, pain int not null, note text, saved_at timestamptz not null)");
            }
            c.setAutoCommit(true);
            long[] nanos = new long[n];
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into bench_commit (client_id, pain, note, saved_at) values (?, ?, ?, now())")) {
                for (int i = 0; i < n; i++) {
                    insert.setLong(1, i % 50);
                    insert.setInt(2, i % 11);
                    insert.setString(3, "felt fine after the walk");
                    long t0 = System.nanoTime();
                    insert.executeUpdate();
                    nanos[i] = System.nanoTime() - t0;
                }
            }
            java.util.Arrays.sort(nanos);
            long total = java.util.Arrays.stream(nanos).sum();
            System.out.printf("round %d  %-26s %d commits: mean %.3f ms, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, "
                            + "%.0f commits/s%n", round, label, n, total / 1e6 / n, nanos[n / 2] / 1e6,
                    nanos[(int) (n * 0.95)] / 1e6, nanos[(int) (n * 0.99)] / 1e6, n / (total / 1e9));
        }
    }
}
