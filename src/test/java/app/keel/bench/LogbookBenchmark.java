package app.keel.bench;

import app.keel.KeelApplication;
import app.keel.account.security.KeelUser;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.ClientLogService;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;

import static app.keel.support.TestFixtures.as;

/**
 * The logbook's measurements, printed (a benchmark, not a timed test): the staff log grid's page query on a generated
 * data set (EXPLAIN and statements per page), check-in saves by 50 clients at once (p50/p95/p99), and statements per
 * saved item log and check-in. Starts the whole app (profile {@code test}, web server on a free port) against the
 * tests' database ({@link TestDatabase}: KEEL_TEST_DB_URL if set, else Docker, else embedded PostgreSQL) and fills it with
 * {@link DataGenerator} first.
 * <p>
 * Run (after {@code ./mvnw -q -B -ntp test-compile}):
 * <pre>
 * ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) app.keel.bench.LogbookBenchmark \
 *     [studios clients itemLogs checkIns]
 * </pre>
 * The connection pool is the app's default (20; {@code -Dbench.pool=N} to change it). Each save needs one connection:
 * the audit row is written in the save's own transaction. (When it was written after commit in a second transaction,
 * 50 saves at once on 10 connections starved the pool until Hikari's 30 s timeout.)
 */
public final class LogbookBenchmark {

    private static final int THREADS = 50;
    private static final int ROUNDS = 10;
    private static final int WARM_UP_ROUNDS = 3;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final ConfigurableApplicationContext ctx;
    private final Statistics stats;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private DataGenerator.Result data;

    private LogbookBenchmark(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.stats = ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        this.users = ctx.getBean(UserDetailsService.class);
        this.jdbc = ctx.getBean(JdbcTemplate.class);
    }

    public static void main(String[] args) throws Exception {
        DataGenerator.Sizes sizes = args.length >= 4 ? new DataGenerator.Sizes(Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : DataGenerator.Sizes.DEFAULT;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KeelApplication.class,
                TestDatabaseConfig.class).profiles("test")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool", "20"))) {
            LogbookBenchmark bench = new LogbookBenchmark(ctx);
            bench.printSetup();
            try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                bench.data = DataGenerator.generate(c, sizes);
            }
            System.out.printf(Locale.ROOT, "Generated %s in %.1f s%n%n", sizes, bench.data.millis() / 1000.0);
            bench.logGridPage();
            bench.concurrentCheckIns();
            bench.statementsPerSave();
        }
        System.exit(0);
    }

    private void printSetup() {
        System.out.println("== Setup");
        System.out.println("Database: " + TestDatabase.kind() + ", " + jdbc.queryForObject("select version()",
                String.class));
        System.out.println("Connection pool: " + jdbc.queryForObject("show max_connections", String.class)
                + " max server connections, Hikari maximumPoolSize "
                + ctx.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"));
        System.out.println("Cores: " + Runtime.getRuntime().availableProcessors());
    }

    /** (1) The log grid's page for one generated client: EXPLAIN, statements, service time. */
    private void logGridPage() throws Exception {
        System.out.println("== (1) Practitioner log grid: one page of 50 days");
        long clientId = clientId(4242);
        KeelUser staff = users(jdbc.queryForObject("""
                select a.email from client c join practitioner p on p.id = c.primary_practitioner_id
                join user_account a on a.id = p.account_id where c.id = ?""", String.class, clientId));
        long studioId = staff.studioId();
        LocalDate to = LocalDate.now(ZONE);
        LocalDate from = to.minusDays(59);
        String sql = daysQuery().replaceAll(":studioId\\b", String.valueOf(studioId))
                .replaceAll(":clientId\\b", String.valueOf(clientId)).replaceAll(":from\\b", "'" + from + "'")
                .replaceAll(":to\\b", "'" + to + "'").replaceAll(":offset\\b", "0")
                .replaceAll(":limit\\b", "50");
        System.out.println("Client " + clientId + " (" + jdbc.queryForObject("select count(*) from item_log "
                + "where client_id = ?", Integer.class, clientId) + " item logs), " + from + " .. " + to);
        jdbc.queryForList(sql);
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(System.out::println);
        ClientLogService logs = ctx.getBean(ClientLogService.class);
        for (int i = 0; i < 20; i++) {
            long other = clientId(1000 + i * 37);
            as(users(jdbc.queryForObject("""
                    select a.email from client c join practitioner p on p.id = c.primary_practitioner_id
                    join user_account a on a.id = p.account_id where c.id = ?""", String.class, other)),
                    () -> logs.days(other, from, to, 0, 50));
        }
        stats.clear();
        int rows = as(staff, () -> logs.days(clientId, from, to, 0, 50)).size();
        System.out.printf(Locale.ROOT, "Statements for one page (service, incl. caseload check): %d, rows %d%n",
                stats.getPrepareStatementCount(), rows);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ms.add(timed(staff, () -> logs.days(clientId, from, to, 0, 50)));
        }
        System.out.println("Service time per page (50 runs, warm): " + percentiles(ms) + "\n");
    }

    /** (2) 50 distinct clients saving today's check-in at the same moment, rounds after warm-up rounds. */
    private void concurrentCheckIns() throws Exception {
        System.out.println("== (2) " + THREADS + " clients saving a check-in at once");
        LogbookService logbook = ctx.getBean(LogbookService.class);
        LocalDate today = LocalDate.now(ZONE);
        List<Double> measured = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(THREADS);
                List<Future<Double>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    KeelUser client = users(data.clientEmail(10_000 + round * THREADS + t));
                    CheckInDraft draft = checkIn(round + t);
                    futures.add(pool.submit(() -> {
                        together.await();
                        return timed(client, () -> logbook.saveCheckIn(today, draft));
                    }));
                }
                for (Future<Double> f : futures) {
                    double ms = f.get();
                    if (round >= WARM_UP_ROUNDS) {
                        measured.add(ms);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(ROUNDS + " rounds x " + THREADS + " threads (after " + WARM_UP_ROUNDS
                + " warm-up rounds), time inside LogbookService.saveCheckIn incl. the audit row: "
                + percentiles(measured) + "\n");
    }

    /** (3) Statements per logItem and per saveCheckIn, counted by Hibernate (a first save and a resend). */
    private void statementsPerSave() {
        System.out.println("== (3) Statements per save");
        LogbookService logbook = ctx.getBean(LogbookService.class);
        LocalDate today = LocalDate.now(ZONE);
        for (int n : new int[]{20_001, 20_002}) {
            KeelUser client = users(data.clientEmail(n));
            long item = jdbc.queryForObject("""
                    select i.id from prescription i join program p on p.id = i.program_id
                    where p.client_id = ? order by i.position limit 1""", Long.class, clientId(n));
            ItemLogDraft log = ItemLogDraft.of(LogOutcome.DONE);
            log.setSetsDone(3);
            log.setRepsDone(10);
            log.setRpe(5);
            stats.clear();
            as(client, () -> logbook.logItem(item, today, log));
            long first = stats.getPrepareStatementCount();
            stats.clear();
            as(client, () -> logbook.logItem(item, today, log));
            long resend = stats.getPrepareStatementCount();
            stats.clear();
            as(client, () -> logbook.saveCheckIn(today, checkIn(n)));
            long checkIn = stats.getPrepareStatementCount();
            stats.clear();
            as(client, () -> logbook.saveCheckIn(today, checkIn(n)));
            System.out.printf(Locale.ROOT, "client %d: logItem %d statements (resend %d), saveCheckIn %d "
                    + "(resend %d)%n", n, first, resend, checkIn, stats.getPrepareStatementCount());
        }
    }

    private static String daysQuery() throws Exception {
        Class<?> repo = Class.forName("app.keel.logbook.ItemLogRepository");
        return repo.getMethod("days", long.class, long.class, LocalDate.class, LocalDate.class, int.class, int.class)
                .getAnnotation(Query.class).value();
    }

    private long clientId(int n) {
        return jdbc.queryForObject("select id from client where email = ?", Long.class, data.clientEmail(n));
    }

    private KeelUser users(String email) {
        return (KeelUser) users.loadUserByUsername(email);
    }

    private static CheckInDraft checkIn(int seed) {
        CheckInDraft d = new CheckInDraft();
        d.setPainNow(2 + seed % 3);
        d.setWorstPain(3 + seed % 3);
        d.setStiffness(3);
        d.setSleepQuality(7);
        d.setStress(4);
        d.setConfidence(7);
        return d;
    }

    private static <T> double timed(KeelUser user, Supplier<T> work) {
        long t = System.nanoTime();
        as(user, work);
        return (System.nanoTime() - t) / 1e6;
    }

    private static String percentiles(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast());
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
