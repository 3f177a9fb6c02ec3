package app.keel.bench;

import app.keel.KeelApplication;
import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.plan.ProgramOverviewService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.sheet.Sheet;
import app.keel.sheet.SheetFixtures;
import app.keel.sheet.SheetService;
import app.keel.support.TestDatabaseConfig;
import app.keel.support.TestFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static app.keel.support.TestFixtures.as;

/**
 * Issue 8's measurements, printed (a benchmark, not a timed test): sheet render time p50/p95 after warm-up for a
 * 12-week × 15-item program and for a 52-week × 30-item program (the whole service call: access checks, reads,
 * layout, PDF, audit row), the PDF sizes and page counts, and a ZIP batch for 50 clients (total time, peak heap).
 * Starts the whole app (profile {@code test}) against the tests' database (KEEL_TEST_DB_URL, else Docker, else
 * embedded PostgreSQL) and creates its data through the real services.
 * <p>
 * Run (after {@code ./mvnw -q -B -ntp test-compile}):
 * <pre>
 * ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/test-cp.txt) app.keel.bench.SheetBenchmark
 * </pre>
 */
public final class SheetBenchmark {

    private static final int BATCH_CLIENTS = 50;

    private final ProgramService programs;
    private final PrescriptionService items;
    private final ExerciseService exercises;
    private final SheetService sheets;
    private final TestFixtures fixtures;
    private final ProgramOverviewService overviews;

    private SheetBenchmark(ConfigurableApplicationContext ctx) {
        programs = ctx.getBean(ProgramService.class);
        items = ctx.getBean(PrescriptionService.class);
        exercises = ctx.getBean(ExerciseService.class);
        sheets = ctx.getBean(SheetService.class);
        fixtures = ctx.getBean(TestFixtures.class);
        overviews = ctx.getBean(ProgramOverviewService.class);
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KeelApplication.class,
                TestDatabaseConfig.class).profiles("test")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            SheetBenchmark bench = new SheetBenchmark(ctx);
            System.out.printf(Locale.ROOT, "Cores: %d, max heap %d MiB, load average at start %.1f%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            TestFixtures.StudioSetup studio = bench.fixtures.newStudio();
            bench.renderTimes(studio, 12, 15, 20, 50);
            bench.renderTimes(studio, 52, 30, 3, 10);
            bench.batch(studio);
        }
        System.exit(0);
    }

    private ProgramDetails program(TestFixtures.StudioSetup studio, String name, int weeks, int itemCount) {
        ClientDetails client = fixtures.client(studio.practitioner(), name);
        return SheetFixtures.activeProgram(programs, items, exercises, studio.practitioner(), client.id(),
                LocalDate.now().minusWeeks(2), weeks, itemCount);
    }

    private void renderTimes(TestFixtures.StudioSetup studio, int weeks, int itemCount, int warmUp, int runs) {
        ProgramDetails program = program(studio, "Bench " + weeks + "x" + itemCount, weeks, itemCount);
        KeelUser who = studio.practitioner();
        Sheet sheet = null;
        for (int i = 0; i < warmUp; i++) {
            sheet = as(who, () -> sheets.programSheet(program.id()));
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sheet = as(who, () -> sheets.programSheet(program.id()));
            ms.add((System.nanoTime() - t) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            as(who, () -> overviews.overview(program.id()));
            reads.add((System.nanoTime() - t) / 1e6);
        }
        // CPU time of the calling thread as well as wall time: on a shared machine the wall time mostly measures
        // the neighbours (the rendering is single-threaded; only GC runs beside it).
        System.out.printf(Locale.ROOT, "== %d weeks x %d items: wall %s; CPU %s (%d warm-up, %d runs); PDF %.1f KiB,"
                        + " %d pages%n   of which reading the program and computing its week plan (wall): %s%n",
                weeks, itemCount, percentiles(ms), percentiles(cpu), warmUp, runs, sheet.pdf().length / 1024.0,
                pages(sheet.pdf()), percentiles(reads));
    }

    private void batch(TestFixtures.StudioSetup studio) throws Exception {
        List<Long> clients = new ArrayList<>();
        long setup = System.nanoTime();
        for (int i = 0; i < BATCH_CLIENTS; i++) {
            clients.add(program(studio, "Batch client " + i, 12, 15).clientId());
        }
        System.out.printf(Locale.ROOT, "Batch setup: %d clients with a 12 x 15 program in %.1f s%n", BATCH_CLIENTS,
                (System.nanoTime() - setup) / 1e9);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingStream out = new CountingStream();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long t = System.nanoTime();
        var result = as(studio.practitioner(), () -> {
            try {
                return sheets.writeActiveSheets(clients, out, (done, total) -> { });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        running.set(false);
        sampler.join();
        System.out.printf(Locale.ROOT, "== Batch of %d clients: %d sheets in %.1f s (%.0f ms per sheet), ZIP %.1f MiB;"
                        + " heap in use before %.0f MiB, peak %.0f MiB (+%.0f MiB; sampled every 5 ms, GC free to run)%n",
                BATCH_CLIENTS, result.sheets(), seconds, seconds * 1000 / result.sheets(), out.count / 1048576.0,
                baseline / 1048576.0, peak.get() / 1048576.0, (peak.get() - baseline) / 1048576.0);
        System.out.printf(Locale.ROOT, "   allocated %.1f MiB in all, %.1f MiB per sheet (garbage once the sheet is "
                + "written: only one sheet is held at a time)%n", allocated / 1048576.0,
                allocated / 1048576.0 / result.sheets());
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String percentiles(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms", at(sorted, 0.50),
                at(sorted, 0.95), sorted.getLast());
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** Discards the ZIP but counts it, so the batch measures rendering and zipping, not a disk. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
