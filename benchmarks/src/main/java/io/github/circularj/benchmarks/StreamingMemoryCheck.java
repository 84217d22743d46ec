package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Scores one synthetic enterprise whose ledger streams {@code N} items (default 10,000,000), generated on
 * the fly in a parallel stream and never held, and reports the heap: the largest heap in use after any collection (the live
 * set), and the peak of the heap pools (live set plus garbage not yet collected). Run it with a small heap,
 * e.g. {@code java -Xmx256m -cp benchmarks.jar io.github.circularj.benchmarks.StreamingMemoryCheck 10000000};
 * completing at all shows that memory does not grow with the number of items.
 */
public final class StreamingMemoryCheck {

    private StreamingMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of items, optional
     */
    public static void main(String[] args) {
        long items = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        HeapWatch heap = HeapWatch.start();
        // The pilot's own streaming ledger, made parallel so that generation (the slow part) uses every core;
        // the engine merges the partial accumulators.
        SyntheticPilot pilot = Ledgers.pilot(1, items);
        EnterpriseSubject streaming = pilot.enterpriseSubjects().get(0);
        EnterpriseSubject subject = EnterpriseSubject.of(streaming.enterprise(), streaming.profile(),
                Ledger.ofSupplier(streaming.enterprise(), Ledgers.PERIOD, () -> pilot.lifecycles(0).parallel()));
        long start = System.nanoTime();
        Scorecard card = ComplianceEngine.create().score(subject, SecondhandPilot.enterprisePack(), Ledgers.AS_OF);
        double seconds = (System.nanoTime() - start) / 1e9;
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "streamed items:          %,d (generated on the fly, not held)%n", items);
        System.out.printf(Locale.ROOT, "score:                   %.2f, band %s, %d findings%n", card.score(), card.band(),
                card.findings().size());
        System.out.printf(Locale.ROOT, "time:                    %.1f s (generator + engine), %,.0f items/s%n", seconds,
                items / seconds);
        System.out.printf(Locale.ROOT, "max heap (-Xmx):         %.1f MB%n", max / 1048576.0);
        System.out.printf(Locale.ROOT, "live heap after GC, max: %.1f MB over %d collections%n",
                heap.maxAfterGc() / 1048576.0, heap.collections());
        System.out.printf(Locale.ROOT, "heap pools' peaks, sum:  %.1f MB (includes uncollected garbage)%n",
                poolPeaks / 1048576.0);
    }
}
