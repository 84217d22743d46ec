package io.github.circularj.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.io.LedgerWriter;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * File to scorecard in a small heap: writes a grouped ledger file of {@code N} items of one synthetic
 * enterprise (streamed from the generator, never held), then reads it with {@link LedgerReader#read(Path)}
 * (a streaming ledger over the file) and scores it, and reports the largest live heap after any
 * collection. Run it with a small heap, e.g.
 * {@code java -Xmx256m -cp benchmarks.jar io.github.circularj.benchmarks.LedgerFileMemoryCheck 1000000 /tmp/l.jsonl};
 * completing at all shows that reading does not hold the file. The file is deleted at the end.
 */
public final class LedgerFileMemoryCheck {

    private LedgerFileMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of items, and the file to write
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long items = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("ledger-memory-check", ".jsonl");
        AtomicLong maxAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        used += e.getValue().getUsed();
                    }
                    maxAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        try {
            SyntheticPilot pilot = Ledgers.pilot(1, items);
            EnterpriseSubject streaming = pilot.enterpriseSubjects().get(0);
            long start = System.nanoTime();
            LedgerWriter.defaults().withSynthetic(true).withProfile(streaming.profile()).writeJsonLines(
                    Ledger.ofSupplier(streaming.enterprise(), Ledgers.PERIOD, () -> pilot.lifecycles(0)), file);
            double written = (System.nanoTime() - start) / 1e9;
            long writtenAfterGc = maxAfterGc.getAndSet(0);
            start = System.nanoTime();
            LedgerImport read = LedgerReader.defaults().read(file);
            double checked = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Scorecard card = ComplianceEngine.create().score(EnterpriseSubject.of(read.ledger(),
                    read.header().profile().orElseThrow()), SecondhandPilot.enterprisePack(), Ledgers.AS_OF);
            double scored = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "items:                   %,d; file %,d bytes; %,d events accepted, report clean: %s%n",
                    items, Files.size(file), read.report().accepted(), read.report().isClean());
            System.out.printf(Locale.ROOT, "write:                   %.1f s (generator + writer)%n", written);
            System.out.printf(Locale.ROOT, "read (checking pass):    %.1f s, %,.0f events/s%n", checked,
                    read.report().accepted() / checked);
            System.out.printf(Locale.ROOT, "score (second pass):     %.1f s; score %.2f, band %s%n", scored, card.score(),
                    card.band());
            System.out.printf(Locale.ROOT, "max heap (-Xmx):         %.1f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.printf(Locale.ROOT, "live heap after GC, max: %.1f MB while writing, %.1f MB while reading and scoring%n",
                    writtenAfterGc / 1048576.0, maxAfterGc.get() / 1048576.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
