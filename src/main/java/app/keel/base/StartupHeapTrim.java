package app.keel.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects start-up's garbage once Keel is ready, so the heap start-up grew is given back to the machine. Start-up
 * allocates far more than it keeps (Hibernate's and Vaadin's metadata, the exercise library): G1 kept ~190 MiB of
 * heap committed for far fewer live objects. After one full collection, with {@code -XX:MaxHeapFreeRatio=30} (as the
 * Dockerfile sets), it shrinks the heap: idle RSS 453 → 343 MiB (docs/performance.md). The collection of a small heap
 * takes a fraction of a second, before anyone signs in. With the serial collector it does not pay (the heap grew).
 * {@code keel.trim-heap-after-start=false} switches it off.
 */
@Component
class StartupHeapTrim {

    private static final Logger LOG = LoggerFactory.getLogger(StartupHeapTrim.class);

    private final boolean enabled;

    StartupHeapTrim(@Value("${keel.trim-heap-after-start:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (!enabled) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        System.gc();
        LOG.info("Start-up heap trimmed: {} MiB committed, was {} MiB", runtime.totalMemory() >> 20, before >> 20);
    }
}
