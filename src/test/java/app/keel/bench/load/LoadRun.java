package app.keel.bench.load;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@link KeelSimulation} in this JVM and measures its steady part (after the ramp, for the hold time): round
 * trips and errors from every request ({@link Recorder}); when the server's process id is given
 * ({@code -Dkeel.load.server-pid}), the server's CPU time from {@code /proc} and its live heap after a full
 * collection ({@code jcmd GC.class_histogram}, before and at the end); when its GC log is given
 * ({@code -Dkeel.load.gc-log}, written with {@code -Xlog:gc:file=…}), the GC pauses in the window.
 * <p>
 * Command line (what {@code perf/run.sh} calls for each step of the ramp):
 * {@code java --add-opens java.base/java.lang=ALL-UNNAMED -cp <test classpath> -Dkeel.load.tag=… -Dkeel.load.users=100
 * app.keel.bench.load.LoadRun <results dir>} prints one {@code RESULT} line of figures; exit code 1 on any error.
 */
public final class LoadRun {

    private static final double TICKS_PER_SECOND = 100.0;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** The figures of one run's steady part. Times in milliseconds; CPU shares in % of the whole machine. */
    public record Figures(int users, double seconds, Recorder.Snapshot rt, double serverCpuMs, double generatorCpuMs,
                          long heapBeforeBytes, long heapAfterBytes, int gcPauses, double gcPauseTotalMs,
                          double gcPauseMaxMs, int gatlingExit) {

        public long requests() {
            return rt.count();
        }

        public long failed() {
            return rt.errors();
        }

        public double perSecond() {
            return rt.count() / seconds;
        }

        public double errorPercent() {
            return rt.count() == 0 ? 100 : 100.0 * rt.errors() / rt.count();
        }

        public String line() {
            return String.format(Locale.ROOT, "users %d, %.1f interactions/s, p50 %d ms, p95 %d ms, p99 %d ms, "
                            + "max %d ms, errors %d (%.2f %%), server CPU %.2f ms/interaction (%.0f %% of %d cores), "
                            + "generator CPU %.0f %%, heap/session %s, GC pauses %d (total %.0f ms, max %.1f ms), "
                            + "check-in saves %.1f/s p95 %d ms",
                    users, perSecond(), rt.p50(), rt.p95(), rt.p99(), rt.max(), rt.errors(), errorPercent(),
                    rt.count() == 0 ? 0 : serverCpuMs / rt.count(), share(serverCpuMs), CORES,
                    share(generatorCpuMs), heapPerSession(), gcPauses, gcPauseTotalMs, gcPauseMaxMs,
                    rt.checkInSaves() / seconds, rt.checkInP95());
        }

        /** The breaking point's test (issue 13): p95 above 100 ms or more than 0.1 % errors. */
        public boolean broken() {
            return rt.p95() > 100 || errorPercent() > 0.1;
        }

        /** One row of perf/run.sh's table, columns separated by '|'. */
        public String row() {
            return String.format(Locale.ROOT, "%d|%.1f|%d|%d|%d|%d (%.2f%%)|%.2f|%s|%d, max %.0f ms|%.0f%%|%.0f%%|%.1f, p95 %d ms",
                    users, perSecond(), rt.p50(), rt.p95(), rt.p99(), rt.errors(), errorPercent(),
                    rt.count() == 0 ? 0 : serverCpuMs / rt.count(), heapPerSession(), gcPauses, gcPauseMaxMs,
                    share(serverCpuMs), share(generatorCpuMs), rt.checkInSaves() / seconds, rt.checkInP95());
        }

        String heapPerSession() {
            if (heapAfterBytes <= 0 || users == 0) {
                return "n/a";
            }
            return String.format(Locale.ROOT, "%.0f KB", (heapAfterBytes - heapBeforeBytes) / 1024.0 / users);
        }

        double share(double cpuMs) {
            return 100.0 * cpuMs / (seconds * 1000 * CORES);
        }
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Figures f = run(Path.of(args.length > 0 ? args[0] : "target/gatling"));
        System.out.println("RESULT " + f.line());
        System.out.println("ROW " + f.row());
        System.out.println("BROKEN " + f.broken());
        System.exit(f.failed() == 0 && f.requests() > 0 ? 0 : 1);
    }

    /** Runs the simulation with the current {@code keel.load.*} system properties; reports go under {@code dir}. */
    public static Figures run(Path dir) throws Exception {
        LoadSettings s = LoadSettings.fromSystemProperties();
        Files.createDirectories(dir);
        long pid = Long.getLong("keel.load.server-pid", -1);
        Path gcLog = System.getProperty("keel.load.gc-log") == null ? null
                : Path.of(System.getProperty("keel.load.gc-log"));
        long heapBefore = pid > 0 ? liveHeap(pid) : 0;
        long[] window = new long[7];
        long[] heapAfter = new long[1];
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.schedule(() -> {
            Recorder.start();
            window[0] = System.nanoTime();
            window[1] = cpuTicks(pid);
            window[2] = cpuTicks(ProcessHandle.current().pid());
            window[3] = gcLog == null ? 0 : lines(gcLog);
        }, s.ramp().toMillis(), TimeUnit.MILLISECONDS);
        timer.schedule(() -> {
            Recorder.stop();
            window[4] = cpuTicks(pid);
            window[5] = cpuTicks(ProcessHandle.current().pid());
            window[0] = System.nanoTime() - window[0];
            window[6] = gcLog == null ? 0 : lines(gcLog);
            heapAfter[0] = pid > 0 ? liveHeap(pid) : 0;
        }, s.ramp().plus(s.hold()).toMillis(), TimeUnit.MILLISECONDS);
        int exit = Gatling$.MODULE$.fromArgs(new String[]{
                "--simulation", KeelSimulation.class.getName(),
                "--results-folder", dir.toAbsolutePath().toString(),
                "--launcher", "keel"});
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = window[0] / 1e9;
        double[] gc = gcLog == null ? new double[3] : pauses(gcLog, window[3], window[6]);
        return new Figures(s.users(), seconds, Recorder.snapshot(), ticksToMs(window[4] - window[1]),
                ticksToMs(window[5] - window[2]), heapBefore, heapAfter[0], (int) gc[0], gc[1], gc[2], exit);
    }

    private static double ticksToMs(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime of a process, in clock ticks ({@code /proc/<pid>/stat} fields 14 and 15). */
    static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Live heap of the server after a full collection: the total of {@code jcmd <pid> GC.class_histogram}. */
    static long liveHeap(long pid) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
            List<String> out = new String(p.getInputStream().readAllBytes()).lines().toList();
            p.waitFor();
            Matcher m = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)").matcher(out.getLast().strip());
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return 0;
        }
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Count, total and longest GC pause in log lines {@code from} to {@code to} (unified logging: "… 3.456ms"). */
    static double[] pauses(Path log, long from, long to) throws IOException {
        Pattern pause = Pattern.compile("Pause.* ([0-9.]+)ms$");
        double[] out = new double[3];
        try (var lines = Files.lines(log)) {
            lines.skip(from).limit(Math.max(0, to - from)).forEach(line -> {
                Matcher m = pause.matcher(line);
                if (m.find()) {
                    double ms = Double.parseDouble(m.group(1));
                    out[0]++;
                    out[1] += ms;
                    out[2] = Math.max(out[2], ms);
                }
            });
        }
        return out;
    }
}
