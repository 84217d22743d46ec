package io.github.circularj.benchmarks;

import io.github.circularj.io.PlatformFiles;
import io.github.circularj.io.PlatformImport;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformSubject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes a synthetic platform file of {@code S} sellers with {@code L} listings each (default 100,000 and 10: a
 * million listings and 700,000 transactions), streaming it from a generator, then reads it with {@link
 * PlatformFiles#read(Path)} and scores it with the platform pack in one pass, and reports the heap as {@link
 * StreamingMemoryCheck} does. Run it with a small heap, e.g. {@code java -Xmx256m -cp benchmarks.jar
 * io.github.circularj.benchmarks.PlatformMemoryCheck 100000 10}. The platform and its sellers are fictional.
 */
public final class PlatformMemoryCheck {

    private static final Instant OPENED = Instant.parse("2024-05-31T16:00:00Z");
    private static final Instant FIRST = Instant.parse("2025-02-01T02:00:00Z");
    private static final Money PRICE = Money.of("120.00", "CNY");

    private PlatformMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of sellers and of listings per seller, optional
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int sellers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int listings = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String first17 = "91338100MA27TM700";
        Enterprise platform = new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)),
                "Example Large Platform (synthetic)", City.of("338100", "Quenmora (synthetic)"),
                EnumSet.of(EnterpriseRole.PLATFORM));
        ReportingPeriod period = ReportingPeriod.ofYear(2025);
        HeapWatch heap = HeapWatch.start();
        Path file = Files.createTempFile("platform-memory-check", ".jsonl");
        try {
            long start = System.nanoTime();
            PlatformRecords generated = PlatformRecords.ofSupplier(platform, period, sellers,
                    () -> IntStream.range(0, sellers).mapToObj(i -> seller(i, listings)));
            PlatformFiles.write(generated, true, Optional.empty(), file);
            double written = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            PlatformImport read = PlatformFiles.read(file);
            double checked = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Scorecard card = ComplianceEngine.create().score(PlatformSubject.of(read.result(), EnterpriseProfile.UNDECLARED),
                    PlatformOperator.pack(), LocalDate.of(2025, 12, 31));
            double scored = (System.nanoTime() - start) / 1e9;

            long poolPeaks = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    poolPeaks += pool.getPeakUsage().getUsed();
                }
            }
            long records = read.result().report().accepted();
            System.out.printf(Locale.ROOT, "sellers, listings:       %,d, %,d (records accepted: %,d; refused %d, unreadable %d)%n",
                    sellers, (long) sellers * listings, records, read.result().report().rejected().size(),
                    read.result().report().unreadableCount());
            System.out.printf(Locale.ROOT, "file:                    %.1f MB, written in %.1f s%n", Files.size(file) / 1048576.0,
                    written);
            System.out.printf(Locale.ROOT, "read (checking pass):    %.1f s; scored (streaming pass): %.1f s%n", checked, scored);
            System.out.printf(Locale.ROOT, "score:                   %.2f, band %s, %d findings%n", card.score(), card.band(),
                    card.findings().size());
            System.out.printf(Locale.ROOT, "max heap (-Xmx):         %.1f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.printf(Locale.ROOT, "live heap after GC, max: %.1f MB over %d collections%n",
                    heap.maxAfterGc() / 1048576.0, heap.collections());
            System.out.printf(Locale.ROOT, "heap pools' peaks, sum:  %.1f MB (includes uncollected garbage)%n",
                    poolPeaks / 1048576.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Seller {@code i}: an enterprise (licence displayed) or a private person, verified when the account opened and
     * re-checked every five months; its listings a day apart, every fifth flagged by a user an hour after it was
     * posted and taken down a day later, the others sold two days after posting with the record kept three years.
     */
    static SellerActivity seller(int i, int listings) {
        String id = String.format(Locale.ROOT, "S-%07d", i);
        SellerKind kind = i % 3 == 0 ? SellerKind.ENTERPRISE : SellerKind.PRIVATE_PERSON;
        SellerAccount.Builder account = SellerAccount.builder(id, kind, OPENED).verified(SellerCheck.of("K-" + i, OPENED));
        for (int m = 5; m <= 15; m += 5) {
            account.recheck(SellerCheck.of("K-" + i + "-" + m, OPENED.plus(Duration.ofDays(30L * m))));
        }
        if (kind == SellerKind.ENTERPRISE) {
            account.licenceDisplayed();
        }
        List<PlatformListing> own = new ArrayList<>(listings);
        List<PlatformTransaction> sold = new ArrayList<>(listings);
        for (int k = 0; k < listings; k++) {
            String listingId = id + "-L" + k;
            Instant posted = FIRST.plus(Duration.ofDays(k)).plusSeconds(i % 86_400);
            PlatformListing listing = PlatformListing.of(listingId, id, Category.PHONE, posted);
            if (k % 5 == 4) {
                listing = listing.withFlag(ListingFlag.of(posted.plus(Duration.ofHours(1)), ListingFlag.Source.USER_REPORT,
                        FlagReason.PROHIBITED_CATEGORY)).withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN,
                        posted.plus(Duration.ofDays(1))));
            } else {
                Instant done = posted.plus(Duration.ofDays(2));
                sold.add(PlatformTransaction.of(listingId + "-T", listingId, BuyerReference.of("B-" + (i * 31L + k)), done,
                        PRICE).retainedUntil(LocalDate.of(2029, 1, 1)));
            }
            own.add(listing);
        }
        return new SellerActivity(account.build(), own, sold);
    }
}
