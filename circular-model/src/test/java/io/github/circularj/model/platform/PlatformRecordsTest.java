package io.github.circularj.model.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlatformRecordsTest {

    private static final Enterprise PLATFORM = new Enterprise(CreditCode.parse("91338100MA27TX001"
            + CreditCode.checkCharacterFor("91338100MA27TX001")), "Example Platform (synthetic)",
            City.of("338100", "Quenmora (synthetic)"), EnumSet.of(EnterpriseRole.PLATFORM));
    private static final Instant OPENED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Money PRICE = Money.of("10.00", "CNY");

    @Test
    void anAccountIsValidByConstruction() {
        SellerCheck early = SellerCheck.of("K-0", OPENED.minusSeconds(1));
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED)
                .verified(early).build()).withMessageContaining("seller \"S-1\"").withMessageContaining("before the account's opening");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED)
                .recheck(SellerCheck.of("K-1", OPENED)).build()).withMessageContaining("no first verification");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED)
                .verified(SellerCheck.of("K-1", OPENED.plusSeconds(10))).recheck(SellerCheck.of("K-2", OPENED.plusSeconds(5)))
                .build()).withMessageContaining("check \"K-2\"").withMessageContaining("in time order");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED)
                .licenceDisplayed().build()).withMessageContaining("Art. 15");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.ENTERPRISE, OPENED)
                .operatorRegistration(SellerCheck.of("R-1", OPENED)).build()).withMessageContaining("only a private person");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.ENTERPRISE, OPENED)
                .suspendedAt(OPENED.minusSeconds(1)).build()).withMessageContaining("suspension");
        // no identity or mobile number as a seller id or a check reference
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("13812345678", SellerKind.PRIVATE_PERSON, OPENED))
                .withMessageContaining("seller id").withMessageNotContaining("13812345678");
        assertThatIllegalArgumentException().isThrownBy(() -> SellerCheck.of("checked 13812345678", OPENED))
                .withMessageNotContaining("13812345678");
        SellerAccount ok = SellerAccount.builder("S-1", SellerKind.ENTERPRISE, OPENED).verified(SellerCheck.of("K-1", OPENED))
                .recheck(SellerCheck.of("K-2", OPENED.plusSeconds(5))).licenceDisplayed().build();
        assertThat(ok.checks()).extracting(SellerCheck::reference).containsExactly("K-1", "K-2");
        assertThat(ok).isEqualTo(SellerAccount.builder("S-1", SellerKind.ENTERPRISE, OPENED).verified(SellerCheck.of("K-1", OPENED))
                .recheck(SellerCheck.of("K-2", OPENED.plusSeconds(5))).licenceDisplayed().build()).hasSameHashCodeAs(
                SellerAccount.builder("S-1", SellerKind.ENTERPRISE, OPENED).verified(SellerCheck.of("K-1", OPENED))
                        .recheck(SellerCheck.of("K-2", OPENED.plusSeconds(5))).licenceDisplayed().build());
    }

    @Test
    void listingsAndTransactionsAreValidByConstruction() {
        PlatformListing l = PlatformListing.of("L-1", "S-1", Category.PHONE, OPENED);
        assertThatIllegalArgumentException().isThrownBy(() -> l.withFlag(ListingFlag.of(OPENED.minusSeconds(1),
                ListingFlag.Source.USER_REPORT, FlagReason.RECALLED))).withMessageContaining("listing \"L-1\": flag");
        assertThatIllegalArgumentException().isThrownBy(() -> l.withAction(PlatformAction.of(PlatformAction.Type.CLEARED,
                OPENED.plusSeconds(9))).withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, OPENED.plusSeconds(5))))
                .withMessageContaining("in time order");
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformTransaction.of("T-1", "L-1", BuyerReference.of("B"),
                OPENED, Money.of("-1.00", "CNY"))).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformTransaction.of("T-1", "L-1", BuyerReference.of("B"),
                OPENED, PRICE).retainedUntil(LocalDate.of(2024, 12, 30))).withMessageContaining("retainedUntil 2024-12-30");
        assertThat(l.withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, OPENED.plusSeconds(9)))
                .firstActionFrom(OPENED.plusSeconds(10))).isEmpty();
    }

    private static List<Consumer<PlatformRecords.Builder>> submissions() {
        List<Consumer<PlatformRecords.Builder>> s = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String seller = "S-" + i;
            s.add(b -> b.seller(SellerAccount.builder(seller, SellerKind.PRIVATE_PERSON, OPENED).build()));
            for (int k = 0; k < 3; k++) {
                String listing = "L-" + i + "-" + k;
                Instant at = OPENED.plusSeconds(3600L * (i + k));
                s.add(b -> b.listing(PlatformListing.of(listing, seller, Category.BOOK, at)));
                s.add(b -> b.transaction(PlatformTransaction.of("T-" + listing, listing, BuyerReference.of("B-" + listing),
                        at.plusSeconds(60), PRICE)));
            }
        }
        s.add(b -> b.listing(PlatformListing.of("L-X", "S-404", Category.BOOK, OPENED)));
        s.add(b -> b.listing(PlatformListing.of("L-0-0", "S-1", Category.BOOK, OPENED.plusSeconds(7200))));
        s.add(b -> b.listing(PlatformListing.of("L-E", "S-2", Category.BOOK, OPENED.minusSeconds(1))));
        s.add(b -> b.transaction(PlatformTransaction.of("T-Y", "L-X", BuyerReference.of("B-Y"), OPENED, PRICE)));
        s.add(b -> b.transaction(PlatformTransaction.of("T-Z", "L-1-1", BuyerReference.of("B-Z"), OPENED, PRICE)));
        return s;
    }

    private static PlatformRecords.Result build(List<Consumer<PlatformRecords.Builder>> submissions) {
        PlatformRecords.Builder b = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025));
        submissions.forEach(c -> c.accept(b));
        return b.build();
    }

    @Test
    void everyRefusedRecordIsReportedAndTheRestGroupedBySeller() {
        PlatformRecords.Result r = build(submissions());
        assertThat(r.report().rejected()).extracting(Object::toString).containsExactly(
                "listing L-0-0: duplicate id (listing L-0-0 was submitted before)",
                "listing L-E: before its origin (posted 2024-12-31T23:59:59Z, before seller S-2's account opened 2025-01-01T00:00:00Z)",
                "listing L-X: unknown seller (seller S-404 is not in the records)",
                "transaction T-Y: unknown listing (listing L-X is not in the records or was refused)",
                "transaction T-Z: before its origin (completed 2025-01-01T00:00:00Z, before listing L-1-1 was posted 2025-01-01T02:00:00Z)");
        assertThat(r.report().accepted()).isEqualTo(6 + 18 + 18);
        assertThat(r.report().submitted()).isEqualTo(submissions().size());
        assertThat(r.records().sellers().map(a -> a.account().id())).containsExactly("S-0", "S-1", "S-2", "S-3", "S-4", "S-5");
        PlatformRecords.SellerActivity first = r.records().sellers().findFirst().orElseThrow();
        assertThat(first.listings()).extracting(PlatformListing::id).containsExactly("L-0-0", "L-0-1", "L-0-2");
        assertThat(first.listingOf(first.transactions().get(2)).id()).isEqualTo("L-0-2");
    }

    @Test
    void anIdIsTakenByTheFirstListingSubmittedWithItEvenARefusedOne() {
        SellerAccount seller = SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED).build();
        PlatformRecords.Result r = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025)).seller(seller)
                .listing(PlatformListing.of("L-1", "S-404", Category.BOOK, OPENED.plusSeconds(60)))
                .listing(PlatformListing.of("L-1", "S-1", Category.BOOK, OPENED.plusSeconds(120)))
                .build();
        assertThat(r.report().rejected()).extracting(Object::toString).containsExactly(
                "listing L-1: duplicate id (listing L-1 was submitted before)",
                "listing L-1: unknown seller (seller S-404 is not in the records)");
        assertThat(r.records().sellers().findFirst().orElseThrow().listings()).isEmpty();
    }

    @Test
    void aSecondTransactionWithAnIdAlreadyUsedIsRefused() {
        SellerAccount seller = SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED).build();
        PlatformRecords.Result r = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025)).seller(seller)
                .listing(PlatformListing.of("L-1", "S-1", Category.BOOK, OPENED))
                .listing(PlatformListing.of("L-2", "S-1", Category.BOOK, OPENED))
                .transaction(PlatformTransaction.of("T-1", "L-1", BuyerReference.of("B-1"), OPENED.plusSeconds(9), PRICE))
                .transaction(PlatformTransaction.of("T-1", "L-2", BuyerReference.of("B-2"), OPENED.plusSeconds(9), PRICE))
                .build();
        assertThat(r.report().rejected()).extracting(Object::toString)
                .containsExactly("transaction T-1: duplicate id (transaction T-1 was submitted before)");
        assertThat(r.records().sellers().findFirst().orElseThrow().transactions()).extracting(PlatformTransaction::listingId)
                .containsExactly("L-1");
    }

    @Test
    void unreadableRecordsAreCountedAllAndKeptUpToTheLimit() {
        PlatformRecords.Builder b = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025))
                .seller(SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, OPENED).build());
        int limit = io.github.circularj.model.lifecycle.Ledger.Builder.DEFAULT_UNREADABLE_LIMIT;
        for (int line = 2; line <= limit + 2; line++) {
            assertThat(b.unreadable(io.github.circularj.model.lifecycle.UnreadableRecord.ofLine("p.jsonl", line, "not JSON")))
                    .isSameAs(b);
        }
        PlatformRecords.Report report = b.build().report();
        assertThat(report.unreadableCount()).isEqualTo(limit + 1);
        assertThat(report.unreadable()).hasSize(limit);
        assertThat(report.unreadable().get(limit - 1).line()).isEqualTo(limit + 1);
        assertThat(report.submitted()).isEqualTo(1 + limit + 1);
        assertThat(report.isClean()).isFalse();
        assertThat(new PlatformRecords.Report(1, List.of(), List.of(), 0).isClean()).isTrue();
        assertThat(new PlatformRecords.Report(1, List.of(), List.of(), 1).isClean()).as("an unreadable line only").isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformRecords.Report(1, List.of(),
                List.of(io.github.circularj.model.lifecycle.UnreadableRecord.ofLine("p.jsonl", 2, "x")), 0))
                .withMessageContaining("unreadableCount \"0\" is less than the 1 unreadable records kept");
    }

    @Test
    void recordsThatStreamFromASourceAskItOnEveryPassAndEqualOnlyThemselves() {
        PlatformRecords held = build(submissions()).records();
        int[] passes = new int[1];
        PlatformRecords streaming = PlatformRecords.ofSupplier(PLATFORM, ReportingPeriod.ofYear(2025), held.sellerCount(),
                () -> {
                    passes[0]++;
                    return held.sellers();
                });
        assertThat(held.isInMemory()).isTrue();
        assertThat(streaming.isInMemory()).isFalse();
        assertThat(streaming.sellers().toList()).isEqualTo(held.sellers().toList());
        assertThat(streaming.sellers().count()).isEqualTo(6);
        assertThat(passes[0]).isEqualTo(2);
        assertThat(streaming.sellerCount()).isEqualTo(6);
        assertThat(streaming).isEqualTo(streaming).isNotEqualTo(held).hasSameHashCodeAs(streaming)
                .isNotEqualTo(PlatformRecords.ofSupplier(PLATFORM, ReportingPeriod.ofYear(2025), 6, held::sellers));
        assertThat(held).isNotEqualTo(streaming).isEqualTo(build(submissions()).records())
                .hasSameHashCodeAs(build(submissions()).records());
        assertThat(streaming.toString()).isEqualTo(PLATFORM.creditCode() + " 2025-01-01/2026-01-01, 6 sellers, streaming");
        assertThat(held.toString()).isEqualTo(PLATFORM.creditCode() + " 2025-01-01/2026-01-01, 6 sellers");
        assertThat(streaming.platform()).isEqualTo(PLATFORM);
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformRecords.ofSupplier(PLATFORM,
                ReportingPeriod.ofYear(2025), -1, held::sellers)).withMessage("sellerCount \"-1\" is negative; a count is zero or more");
        assertThat(PlatformRecords.ofSupplier(PLATFORM, ReportingPeriod.ofYear(2025), 0, java.util.stream.Stream::empty)
                .sellerCount()).isZero();
    }

    @Test
    void theOrderOfSubmissionDoesNotChangeTheRecordsOrTheReport() {
        PlatformRecords.Result expected = build(submissions());
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<Consumer<PlatformRecords.Builder>> shuffled = submissions();
            // keep the first-submitted of the duplicate pair first: which of two records with one id is kept is the
            // one documented order dependence
            Consumer<PlatformRecords.Builder> original = shuffled.remove(0 + 1);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.add(0, original);
            PlatformRecords.Result r = build(shuffled);
            assertThat(r.report()).isEqualTo(expected.report());
            assertThat(r.records().sellers().toList()).isEqualTo(expected.records().sellers().toList());
        });
    }
}
