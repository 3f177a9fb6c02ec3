package app.keel.bench;

import app.keel.KeelApplication;
import app.keel.account.security.KeelUser;
import app.keel.progress.CaseloadFilter;
import app.keel.progress.CaseloadService;
import app.keel.progress.Flag;
import app.keel.support.TestDatabase;
import app.keel.support.TestDatabaseConfig;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Paths;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import static app.keel.support.TestFixtures.as;

/**
 * Issue 7's measurements, printed (a benchmark, not a timed test).
 * <p>
 * {@code db} (default): the caseload page with flags on the generated data set ({@link DataGenerator}, 100,000
 * clients, 1,000,000 item logs): statements per page, service time, and PostgreSQL's own execution time (EXPLAIN
 * ANALYZE) for a practitioner's caseload (200 clients) and an admin's studio (1,000), most urgent first, by name,
 * and filtered by a flag.
 * <p>
 * {@code web <base-url> <client-email> <staff-email> <password> <client-name> <server-pid>}: against a running
 * production jar (e.g. the demo): JavaScript bytes as served (compressed) for the sign-in page and for
 * {@code /my/progress}, and server heap per open practitioner progress view of the named client, opened from the
 * caseload (jcmd on the server's pid).
 * <pre>
 * ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) app.keel.bench.ProgressBenchmark
 * </pre>
 */
public final class ProgressBenchmark {

    private static final int RUNS = 30;
    private static final int VIEWS = 20;

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("web")) {
            web(args[1], args[2], args[3], args[4], args[5], Long.parseLong(args[6]));
        } else {
            db();
        }
        System.exit(0);
    }

    private static void db() throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KeelApplication.class,
                TestDatabaseConfig.class).profiles("test")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            System.out.println("Database: " + TestDatabase.kind() + ", " + jdbc.queryForObject("select version()",
                    String.class) + "; cores " + Runtime.getRuntime().availableProcessors());
            DataGenerator.Result data;
            try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                data = DataGenerator.generate(c, DataGenerator.Sizes.DEFAULT);
            }
            System.out.printf(Locale.ROOT, "Generated %s in %.1f s%n", data.sizes(), data.millis() / 1000.0);
            jdbc.execute("analyze");
            String email = "p0-" + data.tag() + "@gen.keel";
            String adminEmail = "p1-" + data.tag() + "@gen.keel";
            jdbc.update("update user_account set roles = 'PRACTITIONER,STUDIO_ADMIN' where email = ?", adminEmail);
            UserDetailsService users = ctx.getBean(UserDetailsService.class);
            KeelUser practitioner = (KeelUser) users.loadUserByUsername(email);
            KeelUser admin = (KeelUser) users.loadUserByUsername(adminEmail);
            CaseloadService caseload = ctx.getBean(CaseloadService.class);
            Statistics stats = ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            System.out.println("Practitioner " + email + ": " + jdbc.queryForObject("select count(*) from client "
                    + "where primary_practitioner_id = ?", Integer.class, practitioner.practitionerId())
                    + " clients; admin " + adminEmail + ": studio of " + jdbc.queryForObject("select count(*) "
                    + "from client where studio_id = ?", Integer.class, admin.studioId()));
            record Case(String name, KeelUser user, CaseloadFilter filter) {
            }
            List<Case> cases = List.of(
                    new Case("practitioner, most urgent first", practitioner, CaseloadFilter.mostUrgentFirst()),
                    new Case("practitioner, by name", practitioner, new CaseloadFilter(null, null, false)),
                    new Case("practitioner, only silent clients", practitioner,
                            new CaseloadFilter(null, Flag.NO_LOG, true)),
                    new Case("admin (whole studio), most urgent first", admin, CaseloadFilter.mostUrgentFirst()),
                    new Case("admin (whole studio), by name", admin, new CaseloadFilter(null, null, false)));
            for (Case c : cases) {
                System.out.println("\n== Caseload page of 50: " + c.name());
                for (int i = 0; i < 10; i++) {
                    as(c.user(), () -> caseload.page(c.filter(), 0, 50));
                }
                stats.clear();
                int rows = as(c.user(), () -> caseload.page(c.filter(), 0, 50)).size();
                System.out.println("Statements per page: " + stats.getPrepareStatementCount() + " (rows " + rows
                        + ")");
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    as(c.user(), () -> caseload.page(c.filter(), 0, 50));
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                System.out.println("Service time: " + percentiles(ms));
                String sql = pageSql(c.user(), c.filter(), LocalDate.now(c.user().zoneId()));
                // Several EXPLAIN ANALYZE runs: the build machines are shared, one run alone says little.
                List<String> plan = List.of();
                List<Double> planning = new ArrayList<>();
                List<Double> execution = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
                    plan.stream().filter(l -> l.startsWith("Planning Time")).forEach(l -> planning.add(ms(l)));
                    plan.stream().filter(l -> l.startsWith("Execution Time")).forEach(l -> execution.add(ms(l)));
                }
                System.out.println("PostgreSQL planning: " + percentiles(planning) + "; execution: "
                        + percentiles(execution));
                if (c == cases.getFirst()) {
                    plan.stream().filter(l -> !l.contains("Sort Key")).limit(14)
                            .forEach(l -> System.out.println("  " + l));
                }
            }
        }
    }

    /** The repository's page query with this call's values in place of the parameters, for EXPLAIN. */
    private static String pageSql(KeelUser user, CaseloadFilter f, LocalDate today) throws Exception {
        Class<?> repo = Class.forName("app.keel.progress.CaseloadRepository");
        String method = f.byUrgency() ? "byUrgency" : "byName";
        String sql = java.util.Arrays.stream(repo.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                .findFirst().orElseThrow().getAnnotation(Query.class).value();
        Map<String, String> values = Map.ofEntries(Map.entry("studioId", "" + user.studioId()),
                Map.entry("everyone", "" + user.isAdmin()), Map.entry("practitionerId", "" + user.practitionerId()),
                Map.entry("ofPractitioner", "-1"), Map.entry("clientId", "-1"),
                Map.entry("today", "'" + today + "'"),
                Map.entry("flagMask", "" + (f.flag() == null ? 0 : f.flag().weight())),
                Map.entry("offset", "0"), Map.entry("limit", "50"),
                Map.entry("painRise", "2"), Map.entry("silentDays", "3"), Map.entry("lowBelow", "50"),
                Map.entry("flareDays", "14"), Map.entry("deloadAhead", "7"), Map.entry("psfsEvery", "14"));
        for (var e : values.entrySet()) {
            sql = sql.replaceAll(":" + e.getKey() + "\\b", e.getValue());
        }
        return sql.replace("cast('" + today + "' as date)", "date '" + today + "'");
    }

    private static void web(String base, String clientEmail, String staffEmail, String password,
                            String clientName, long serverPid) throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // Service worker off: Vaadin's PWA worker would otherwise serve (and precache) files out of sight of
            // the page's own requests, whose sizes are what is counted here.
            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                    .setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK))) {
                Page page = phone.newPage();
                AtomicLong js = new AtomicLong();
                AtomicLong files = new AtomicLong();
                AtomicLong chart = new AtomicLong();
                page.onRequestFinished(r -> {
                    count(r, js, files);
                    if (r.url().contains("keel-chart")) {
                        chart.addAndGet(Math.max(0, r.sizes().responseBodySize));
                    }
                });
                page.navigate(base + "/login");
                page.locator("input[name=username]").waitFor();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                System.out.printf(Locale.ROOT, "Sign-in page: %d JavaScript files, %.1f KB as served%n",
                        files.get(), js.get() / 1024.0);
                page.locator("input[name=username]").fill(clientEmail);
                page.locator("input[name=password]").fill(password);
                page.locator("vaadin-button:has-text('Sign in')").click();
                page.waitForURL("**/my**");
                page.navigate(base + "/my/progress");
                page.locator("keel-chart").first().waitFor();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                System.out.printf(Locale.ROOT, "A first visit, sign-in page through /my/progress: %d JavaScript files, "
                        + "%.1f KB as served, of which the chart's own chunk %.1f KB%n", files.get(), js.get() / 1024.0,
                        chart.get() / 1024.0);
            }
            long before = heapAfterGc(serverPid);
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                BrowserContext c = browser.newContext();
                Page p = c.newPage();
                p.navigate(base + "/login");
                p.locator("input[name=username]").fill(staffEmail);
                p.locator("input[name=password]").fill(password);
                p.locator("vaadin-button:has-text('Sign in')").click();
                p.waitForURL("**/console");
                p.locator("vaadin-grid-cell-content").getByText(clientName,
                        new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
                p.waitForURL("**/progress");
                p.locator("keel-chart").first().waitFor();
                open.add(c);
            }
            long after = heapAfterGc(serverPid);
            System.out.printf(Locale.ROOT, "Server heap after GC: %.1f MB before, %.1f MB with %d open progress "
                    + "views (one session each): %.0f KB per view%n", before / 1048576.0, after / 1048576.0, VIEWS,
                    (after - before) / 1024.0 / VIEWS);
            open.forEach(BrowserContext::close);
            browser.close();
        }
    }

    private static void count(Request r, AtomicLong bytes, AtomicLong files) {
        if ("script".equals(r.resourceType())) {
            bytes.addAndGet(Math.max(0, r.sizes().responseBodySize));
            files.incrementAndGet();
        }
    }

    /** Heap in use after a full GC, read with jcmd from the server process. */
    private static long heapAfterGc(long pid) throws Exception {
        run("jcmd", "" + pid, "GC.run"); // returns once the collection has finished
        String info = run("jcmd", "" + pid, "GC.heap_info");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static double ms(String explainLine) {
        return Double.parseDouble(explainLine.replaceAll("[^0-9.]", ""));
    }

    private static String percentiles(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n=%d p50 %.2f ms, p95 %.2f ms, max %.2f ms", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
                sorted.getLast());
    }
}
