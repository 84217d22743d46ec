package io.github.circularj.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of the memory checks: after every collection, the heap in use (the live set), of which
 * it keeps the largest, and the number of collections.
 */
final class HeapWatch {

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    private HeapWatch() {
    }

    /** Starts watching every collector of this JVM. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        used += e.getValue().getUsed();
                    }
                    watch.collections.incrementAndGet();
                    watch.maxAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return watch;
    }

    /** The largest heap in use after a collection so far, in bytes. */
    long maxAfterGc() {
        return maxAfterGc.get();
    }

    /** The largest heap in use after a collection so far, in bytes, and starts afresh. */
    long takeMaxAfterGc() {
        return maxAfterGc.getAndSet(0);
    }

    /** The number of collections so far. */
    long collections() {
        return collections.get();
    }
}
