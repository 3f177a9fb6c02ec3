package app.keel.bench.load;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Round trips of the measured part of a run (after the ramp), in a millisecond histogram: cheap enough to record
 * every request of 1,500 virtual users from the same two cores the server uses.
 */
public final class Recorder {

    private static final int MAX_MS = 60_000;
    private static final AtomicLongArray HISTOGRAM = new AtomicLongArray(MAX_MS + 1);
    private static final AtomicLong ERRORS = new AtomicLong();
    private static final AtomicLong SAVES = new AtomicLong();
    private static final AtomicLongArray SAVE_HISTOGRAM = new AtomicLongArray(MAX_MS + 1);
    private static final AtomicBoolean MEASURING = new AtomicBoolean();
    /** Over the whole run, measured part or not: failed requests and finished visits per journey. */
    private static final AtomicLong ALL_ERRORS = new AtomicLong();
    private static final java.util.Map<String, AtomicLong> VISITS = new java.util.concurrent.ConcurrentHashMap<>();

    private Recorder() {
    }

    /** Starts (or restarts) measuring from zero. */
    public static void start() {
        for (int i = 0; i <= MAX_MS; i++) {
            HISTOGRAM.set(i, 0);
            SAVE_HISTOGRAM.set(i, 0);
        }
        ERRORS.set(0);
        SAVES.set(0);
        MEASURING.set(true);
    }

    public static void stop() {
        MEASURING.set(false);
    }

    /** One finished request: its round trip, whether it failed, whether it was a check-in save. */
    static void record(Integer millis, boolean failed, boolean checkInSave) {
        if (failed || millis == null) {
            ALL_ERRORS.incrementAndGet();
        }
        if (!MEASURING.get()) {
            return;
        }
        if (failed || millis == null) {
            ERRORS.incrementAndGet();
        }
        if (millis != null) {
            int ms = Math.min(millis, MAX_MS);
            HISTOGRAM.incrementAndGet(ms);
            if (checkInSave) {
                SAVES.incrementAndGet();
                SAVE_HISTOGRAM.incrementAndGet(ms);
            }
        }
    }

    /** A visit of this journey ran to its end without a failed request. */
    static void visitDone(String journey) {
        VISITS.computeIfAbsent(journey, j -> new AtomicLong()).incrementAndGet();
    }

    /** Finished visits of the journey since this JVM started. */
    public static long visits(String journey) {
        return VISITS.getOrDefault(journey, new AtomicLong()).get();
    }

    /** Failed requests since this JVM started, inside the measured part or not. */
    public static long allErrors() {
        return ALL_ERRORS.get();
    }

    /** A snapshot of what was recorded since {@link #start()}. */
    public record Snapshot(long count, long errors, long p50, long p95, long p99, long max, long checkInSaves,
                           long checkInP95) {
    }

    public static Snapshot snapshot() {
        long[] all = copy(HISTOGRAM);
        long[] saves = copy(SAVE_HISTOGRAM);
        long count = sum(all);
        long max = 0;
        for (int i = MAX_MS; i >= 0; i--) {
            if (all[i] > 0) {
                max = i;
                break;
            }
        }
        return new Snapshot(count, ERRORS.get(), percentile(all, count, 0.50), percentile(all, count, 0.95),
                percentile(all, count, 0.99), max, SAVES.get(), percentile(saves, sum(saves), 0.95));
    }

    private static long[] copy(AtomicLongArray a) {
        long[] out = new long[a.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i);
        }
        return out;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }

    /** The smallest millisecond value at or below which the given share of requests finished. */
    static long percentile(long[] histogram, long count, double share) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(share * count);
        long seen = 0;
        for (int i = 0; i < histogram.length; i++) {
            seen += histogram[i];
            if (seen >= rank) {
                return i;
            }
        }
        return histogram.length - 1;
    }
}
