package app.keel.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects start-up's garbage once Keel is ready, so the heap the start-up grew can be given back to the machine.
 * Start-up allocates far more than it keeps (Hibernate's and Vaadin's metadata, the exercise library): the serial
 * collector kept ~150 MiB of heap committed for ~60 MiB of live objects, and gives memory back only after a full
 * collection — with {@code -XX:MaxHeapFreeRatio} set low (as the Dockerfile does) it then shrinks the heap. One full
 * collection of a small heap takes well under a second, before the first person signs in (docs/performance.md).
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
