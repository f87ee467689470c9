package org.lodestone.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM: the peak usage of every heap pool ({@link MemoryPoolMXBean}), and,
 * from the collectors' notifications, the largest heap used just before a collection (the real
 * peak, since the heap is fullest then) and the largest live heap just after one (what the
 * program actually needs).
 */
final class HeapWatch {

    private static final long SETTLE_MILLIS = 500;

    private final List<MemoryPoolMXBean> heapPools;
    private final AtomicLong maxBeforeGc = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();

    private HeapWatch() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    var info = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo();
                                    maxBeforeGc.accumulateAndGet(used(info.getMemoryUsageBeforeGc()), Math::max);
                                    maxAfterGc.accumulateAndGet(used(info.getMemoryUsageAfterGc()), Math::max);
                                }
                            },
                            null,
                            null);
        }
    }

    /** Starts watching; pool peaks are reset. */
    static HeapWatch start() {
        return new HeapWatch();
    }

    /** Heap used now, bytes. */
    long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live heap after a full collection, bytes (runs {@link System#gc()}). */
    long liveAfterFullGc() {
        System.gc();
        return usedNow();
    }

    /** Sum of the heap pools' peak usages: an upper bound of the peak, as pools peak at different times. */
    long sumOfPoolPeaks() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Waits for collection notifications still in flight: they arrive on another thread. */
    void settle() throws InterruptedException {
        Thread.sleep(SETTLE_MILLIS);
    }

    /** The largest heap used just before a collection, or now if larger, bytes. */
    long peakAtCollections() {
        return Math.max(maxBeforeGc.get(), usedNow());
    }

    /** The largest heap still used just after a collection, bytes. */
    long peakLiveAfterCollections() {
        return maxAfterGc.get();
    }

    /** One line per heap pool and per collector, for the report. */
    String details() {
        StringBuilder text = new StringBuilder();
        for (MemoryPoolMXBean pool : heapPools) {
            text.append(String.format(
                    "  pool %-22s peak %s%n",
                    pool.getName(), mb(pool.getPeakUsage().getUsed())));
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            text.append(String.format(
                    "  gc   %-22s %d collections, %.2f s%n",
                    gc.getName(), gc.getCollectionCount(), gc.getCollectionTime() / 1000.0));
        }
        text.append(String.format(
                "  max heap (-Xmx)             %s%n", mb(Runtime.getRuntime().maxMemory())));
        return text.toString();
    }

    static String mb(long bytes) {
        return String.format("%,.0f MB", bytes / 1e6);
    }

    private static long used(Map<String, MemoryUsage> usageByPool) {
        return usageByPool.entrySet().stream()
                .filter(e -> ManagementFactory.getMemoryPoolMXBeans().stream()
                        .anyMatch(p -> p.getName().equals(e.getKey()) && p.getType() == MemoryType.HEAP))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }
}
