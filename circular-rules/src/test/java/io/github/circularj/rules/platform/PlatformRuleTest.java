package io.github.circularj.rules.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleDescription;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each platform rule from the law's wording, with records on both sides of every threshold and date. */
class PlatformRuleTest {

    private static final City QUENMORA = City.of("338100", "Quenmora (synthetic)");
    private static final Enterprise PLATFORM = new Enterprise(CreditCode.parse("91338100MA27TX001"
            + CreditCode.checkCharacterFor("91338100MA27TX001")), "Example Secondhand Platform (synthetic)", QUENMORA,
            EnumSet.of(EnterpriseRole.PLATFORM));
    /** 2025-03-01 10:00 in Asia/Shanghai. */
    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final Money PRICE = Money.of("100.00", "CNY");

    static Instant days(long n) {
        return T0.plus(Duration.ofDays(n));
    }

    static SellerAccount.Builder seller(String id, SellerKind kind) {
        return SellerAccount.builder(id, kind, Instant.parse("2024-01-01T00:00:00Z"));
    }

    static PlatformListing listing(String id, String seller, Instant at) {
        return PlatformListing.of(id, seller, Category.PHONE, at);
    }

    static PlatformTransaction sale(String id, String listing, Instant at) {
        return PlatformTransaction.of(id, listing, BuyerReference.of("B-" + id), at, PRICE)
                .retainedUntil(LocalDate.ofInstant(at, PlatformOperator.ZONE).plusYears(3));
    }

    /** Records with the given sellers, listings and transactions. */
    static final class Records {
        final PlatformRecords.Builder b = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025));

        Records seller(SellerAccount.Builder s) {
            b.seller(s.build());
            return this;
        }

        Records listing(PlatformListing l) {
            b.listing(l);
            return this;
        }

        Records sale(PlatformTransaction t) {
            b.transaction(t);
            return this;
        }

        Scorecard score(RulePack<PlatformSubject, SellerActivity> pack, LocalDate asOf) {
            return ComplianceEngine.create().score(PlatformSubject.of(b.build(), EnterpriseProfile.UNDECLARED), pack, asOf);
        }

        Scorecard score() {
            return score(PlatformOperator.pack(), AS_OF);
        }
    }

    static Finding finding(Scorecard card, RuleId rule) {
        return card.finding(rule).orElseThrow();
    }

    static List<String> ids(Finding f) {
        return f.measurement().evidence().ids();
    }

    @Test
    void thePackIsFoundByNameAndCitesTheStatuteWithHonestBases() {
        assertThat(PlatformOperator.packNamed("platform")).contains(PlatformOperator.pack());
        assertThat(PlatformOperator.packNamed(PlatformOperator.PACK_ID)).contains(PlatformOperator.pack());
        assertThat(PlatformOperator.packNamed("city")).isEmpty();
        List<RuleDescription> rules = PlatformOperator.pack().describe();
        assertThat(rules).extracting(d -> d.id().toString()).containsExactly("PLAT-SELLER-VERIFIED",
                "PLAT-SELLER-RECHECK", "PLAT-LICENCE-DISPLAY", "PLAT-FREQUENT-SELLER", "PLAT-VIOLATION-ACTION",
                "PLAT-PROHIBITED", "PLAT-RECORD-RETENTION", "RECORD-INTEGRITY");
        RuleDescription recheck = rules.get(1);
        assertThat(recheck.title()).isEqualTo("Sellers re-checked within 6 months of the last check");
        assertThat(recheck.citation().sources().get(0).article()).contains("Art. 27");
        assertThat(recheck.parameters().get(0).values().get(0).citation().sources().get(0).basis()).isEqualTo(Basis.STATUTE);
        RuleDescription frequent = rules.get(3);
        assertThat(frequent.title()).contains("36 sales a year");
        assertThat(frequent.parameters().get(0).values().get(0).citation().sources().get(0).basis())
                .isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(rules.get(4).parameters().get(0).values().get(0).citation().sources().get(0).basis())
                .as("the action window is not in the statute").isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(rules.get(6).citation().sources().get(0).article()).contains("Art. 31");
    }

    @Test
    void anActiveSellerIsVerifiedBeforeItsFirstListing() {
        Scorecard card = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(0))))
                .listing(listing("L-1", "S-1", days(0))) // verified at the very instant: in time
                .seller(seller("S-2", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-2", days(2))))
                .listing(listing("L-2", "S-2", days(1)))
                .seller(seller("S-3", SellerKind.PRIVATE_PERSON))
                .listing(listing("L-3", "S-3", days(1)))
                .seller(seller("S-4", SellerKind.PRIVATE_PERSON)) // no listing in the period: not active
                .listing(listing("L-4", "S-4", Instant.parse("2024-06-01T00:00:00Z")))
                .seller(seller("S-5", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-5", Instant.parse("2026-01-05T00:00:00Z"))))
                .listing(listing("L-5", "S-5", days(1))) // verified after the as-of day: not yet evidence
                .score();
        Finding f = finding(card, PlatformOperator.SELLER_VERIFIED);
        assertThat(f.measurement().numerator()).hasValue(1);
        assertThat(f.measurement().denominator()).hasValue(4);
        assertThat(ids(f)).containsExactly("S-2: verified 2025-03-03, after its first listing on 2025-03-02",
                "S-3: never verified", "S-5: never verified");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(card.band().name()).isNotEqualTo("EXEMPLARY");
    }

    @Test
    void aReCheckIsDueSixMonthsAfterTheLastCheckAndOnlyDueDatesInThePeriodCount() {
        Scorecard card = new Records()
                // checked 2024-12-01, due 2025-06-01: re-checked at that very instant, then due 2025-12-01: re-checked
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON)
                        .verified(SellerCheck.of("K-1", Instant.parse("2024-11-30T16:00:00Z")))
                        .recheck(SellerCheck.of("K-1b", Instant.parse("2025-05-31T16:00:00Z")))
                        .recheck(SellerCheck.of("K-1c", Instant.parse("2025-11-20T00:00:00Z"))))
                .listing(listing("L-1", "S-1", days(0)))
                // checked 2025-01-10, due 2025-07-10: never re-checked
                .seller(seller("S-2", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-2", Instant.parse("2025-01-10T00:00:00Z"))))
                .listing(listing("L-2", "S-2", days(0)))
                // checked 2025-01-10, re-checked one second after the due instant
                .seller(seller("S-3", SellerKind.PRIVATE_PERSON)
                        .verified(SellerCheck.of("K-3", Instant.parse("2025-01-10T00:00:00Z")))
                        .recheck(SellerCheck.of("K-3b", Instant.parse("2025-07-10T00:00:01Z")))
                        .recheck(SellerCheck.of("K-3c", Instant.parse("2025-12-20T00:00:00Z"))))
                .listing(listing("L-3", "S-3", days(0)))
                // checked 2025-08-01: due 2026-02-01, after the period: nothing due yet
                .seller(seller("S-4", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-4", Instant.parse("2025-08-01T00:00:00Z"))))
                .listing(listing("L-4", "S-4", Instant.parse("2025-08-02T00:00:00Z")))
                // checked 2025-01-10, suspended 2025-05-01 before the check fell due: nothing due
                .seller(seller("S-5", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-5", Instant.parse("2025-01-10T00:00:00Z")))
                        .suspendedAt(Instant.parse("2025-05-01T00:00:00Z")))
                .listing(listing("L-5", "S-5", days(0)))
                .score();
        Finding f = finding(card, PlatformOperator.SELLER_RECHECK);
        assertThat(f.measurement().numerator()).hasValue(1);
        assertThat(f.measurement().denominator()).hasValue(3);
        assertThat(ids(f)).containsExactly("S-2: checked 2025-01-10, next due 2025-07-10, not re-checked",
                "S-3: checked 2025-01-10, next due 2025-07-10, re-checked only 2025-07-10");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.isMandatory()).isTrue();
    }

    @Test
    void anActiveEnterpriseSellerDisplaysItsLicence() {
        Scorecard card = new Records()
                .seller(seller("E-1", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-1", days(-30))).licenceDisplayed())
                .listing(listing("L-1", "E-1", days(0)))
                .seller(seller("E-2", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-2", days(-30))))
                .listing(listing("L-2", "E-2", days(0)))
                .seller(seller("P-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-3", days(-30))))
                .listing(listing("L-3", "P-1", days(0)))
                .score();
        Finding f = finding(card, PlatformOperator.LICENCE_DISPLAY);
        assertThat(f.measurement().denominator()).hasValue(2);
        assertThat(ids(f)).containsExactly("E-2: licence not displayed");
    }

    private static Records frequent(int salesOfP1, int salesOfP2, boolean p2Registered) {
        Records r = new Records();
        SellerAccount.Builder p2 = seller("P-2", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-2", days(-30)));
        if (p2Registered) {
            p2.operatorRegistration(SellerCheck.of("REG-2", days(-10)));
        }
        r.seller(seller("P-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30)))).seller(p2);
        for (int i = 0; i < Math.max(salesOfP1, salesOfP2); i++) {
            if (i < salesOfP1) {
                r.listing(listing("L1-" + i, "P-1", days(i))).sale(sale("T1-" + i, "L1-" + i, days(i).plusSeconds(60)));
            }
            if (i < salesOfP2) {
                r.listing(listing("L2-" + i, "P-2", days(i))).sale(sale("T2-" + i, "L2-" + i, days(i).plusSeconds(60)));
            }
        }
        return r;
    }

    @Test
    void aPrivateSellerOfMoreThanTheThresholdIsAnOperatorAndTheThresholdIsAParameter() {
        Finding f = finding(frequent(36, 37, false).score(), PlatformOperator.FREQUENT_SELLER);
        assertThat(f.measurement().denominator()).as("36 sales is not more than 36").hasValue(1);
        assertThat(ids(f)).containsExactly("P-2: 37 sales in the 12 months to 2025-12-31, not registered as an operator");
        assertThat(finding(frequent(36, 37, true).score(), PlatformOperator.FREQUENT_SELLER).outcome()).isEqualTo(Outcome.MET);
        // the policy experiment of the issue: a threshold of 20 sales a year
        RulePack<PlatformSubject, SellerActivity> twenty = PlatformOperator.pack()
                .withParameter(PlatformOperator.FREQUENT_SELLER, PlatformRule.SALES_PER_YEAR, 20);
        Finding at20 = finding(frequent(21, 37, true).score(twenty, AS_OF), PlatformOperator.FREQUENT_SELLER);
        assertThat(at20.measurement().denominator()).hasValue(2);
        assertThat(ids(at20)).containsExactly("P-1: 21 sales in the 12 months to 2025-12-31, not registered as an operator");
    }

    @Test
    void aFlaggedListingIsActedOnWithinTheWindowAndAnOpenWindowIsNotJudgedYet() {
        ListingFlag flag = ListingFlag.of(days(10), ListingFlag.Source.USER_REPORT, FlagReason.SUSPECTED_STOLEN);
        Instant deadline = days(13);
        Scorecard card = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", days(0)).withFlag(flag)
                        .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, deadline)))
                .listing(listing("L-2", "S-1", days(0)).withFlag(flag)
                        .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, deadline.plusSeconds(1))))
                .listing(listing("L-3", "S-1", days(0)).withFlag(flag))
                .listing(listing("L-4", "S-1", days(0)).withFlag(ListingFlag.of(Instant.parse("2025-12-30T02:00:00Z"),
                        ListingFlag.Source.PLATFORM_CHECK, FlagReason.PROHIBITED_CATEGORY)))
                .score();
        Finding f = finding(card, PlatformOperator.VIOLATION_ACTION);
        assertThat(f.measurement().numerator()).hasValue(1);
        assertThat(f.measurement().denominator()).as("L-4's three days are still running on the as-of day").hasValue(3);
        assertThat(ids(f)).containsExactly(
                "L-2: flagged 2025-03-11 (SUSPECTED_STOLEN), first action 2025-03-14, at most 3 days",
                "L-3: flagged 2025-03-11 (SUSPECTED_STOLEN), no action, at most 3 days");
        // with a 4-day window L-2 is in time
        RulePack<PlatformSubject, SellerActivity> four = PlatformOperator.pack()
                .withParameter(PlatformOperator.VIOLATION_ACTION, PlatformRule.ACTION_WINDOW, 4);
        assertThat(finding(new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-2", "S-1", days(0)).withFlag(flag)
                        .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, deadline.plusSeconds(1))))
                .score(four, AS_OF), PlatformOperator.VIOLATION_ACTION).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aFlaggedListingSoldAfterItsFlagIsCountedUnlessThePlatformClearedIt() {
        ListingFlag flag = ListingFlag.of(days(10), ListingFlag.Source.AUTHORITY, FlagReason.SEIZED);
        Scorecard card = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", days(0)).withFlag(flag))
                .sale(sale("T-1", "L-1", days(11)))
                .listing(listing("L-2", "S-1", days(0)).withFlag(flag)
                        .withAction(PlatformAction.of(PlatformAction.Type.CLEARED, days(10).plusSeconds(3600))))
                .sale(sale("T-2", "L-2", days(11)))
                .listing(listing("L-3", "S-1", days(0)).withFlag(flag))
                .sale(sale("T-3", "L-3", days(9))) // sold before the flag
                .score();
        Finding f = finding(card, PlatformOperator.PROHIBITED);
        assertThat(f.measurement().value()).hasValue(1.0);
        assertThat(ids(f)).containsExactly("L-1: flagged 2025-03-11 (SEIZED), sold 2025-03-12 (T-1)");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.isMandatory()).isTrue();
        assertThat(card.cappedBy()).isNotEmpty();
    }

    @Test
    void aTransactionRecordIsKeptThreeYearsFromItsCompletion() {
        Instant at = days(5); // 2025-03-06 in Shanghai
        Scorecard card = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", days(0)))
                .sale(PlatformTransaction.of("T-1", "L-1", BuyerReference.of("B-1"), at, PRICE)
                        .retainedUntil(LocalDate.of(2028, 3, 5)))
                .listing(listing("L-2", "S-1", days(0)))
                .sale(PlatformTransaction.of("T-2", "L-2", BuyerReference.of("B-2"), at, PRICE)
                        .retainedUntil(LocalDate.of(2028, 3, 4)))
                .listing(listing("L-3", "S-1", days(0)))
                .sale(PlatformTransaction.of("T-3", "L-3", BuyerReference.of("B-3"), at, PRICE))
                .score();
        Finding f = finding(card, PlatformOperator.RECORD_RETENTION);
        assertThat(f.measurement().numerator()).hasValue(1);
        assertThat(ids(f)).containsExactly("T-2: kept until 2028-03-04, to be kept until 2028-03-05",
                "T-3: no retention declared, to be kept until 2028-03-05");
    }

    @Test
    void aRefusedRecordLowersRecordIntegrityInsteadOfVanishing() {
        Records r = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))));
        for (int i = 0; i < 60; i++) {
            r.listing(listing("L-" + i, "S-1", days(i)));
        }
        r.listing(listing("L-X", "S-9", days(0))); // an unknown seller
        r.sale(sale("T-X", "L-404", days(1))); // an unknown listing
        Finding f = finding(r.score(), PlatformOperator.RECORD_INTEGRITY);
        assertThat(f.measurement().numerator()).hasValue(61);
        assertThat(f.measurement().denominator()).hasValue(63);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ids(f)).containsExactly("listing L-X: unknown seller (seller S-9 is not in the records)",
                "transaction T-X: unknown listing (listing L-404 is not in the records or was refused)");
    }

    @Test
    void aCleanPlatformMeetsEveryRuleThatHasSomethingInScope() {
        Records r = new Records();
        for (int s = 0; s < 5; s++) {
            String id = "E-" + s;
            r.seller(seller(id, SellerKind.ENTERPRISE).verified(SellerCheck.of("K-" + s, days(-30)))
                    .recheck(SellerCheck.of("K-" + s + "b", days(120))).recheck(SellerCheck.of("K-" + s + "c", days(250)))
                    .licenceDisplayed());
            r.listing(listing("L-" + s, id, days(s)).withFlag(ListingFlag.of(days(s + 1), ListingFlag.Source.USER_REPORT,
                    FlagReason.RECALLED)).withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, days(s + 2))));
            r.listing(listing("M-" + s, id, days(s))).sale(sale("T-" + s, "M-" + s, days(s + 3)));
        }
        Scorecard card = r.score();
        List<Outcome> outcomes = new ArrayList<>();
        card.findings().forEach(f -> outcomes.add(f.outcome()));
        assertThat(card.findings()).filteredOn(f -> f.outcome() != Outcome.NOT_APPLICABLE)
                .allSatisfy(f -> assertThat(f.outcome()).as(f.ruleId().toString()).isEqualTo(Outcome.MET));
        assertThat(card.finding(PlatformOperator.FREQUENT_SELLER).orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcomes).filteredOn(o -> o == Outcome.MET).hasSize(7);
        assertThat(card.score()).isEqualTo(100.0);
    }

    /** A platform of 40 sellers with a little of every offence, from a seed. */
    private static PlatformSubject mixed(long seed) {
        java.util.Random random = new java.util.Random(seed);
        Records r = new Records();
        for (int s = 0; s < 40; s++) {
            String id = String.format("S-%02d", s);
            SellerKind kind = random.nextBoolean() ? SellerKind.ENTERPRISE : SellerKind.PRIVATE_PERSON;
            SellerAccount.Builder a = seller(id, kind);
            if (random.nextInt(5) > 0) {
                a.verified(SellerCheck.of("K-" + s, days(random.nextInt(60) - 30)));
                if (random.nextBoolean()) {
                    a.recheck(SellerCheck.of("K-" + s + "b", days(150 + random.nextInt(60))));
                }
            }
            if (kind == SellerKind.ENTERPRISE && random.nextInt(4) > 0) {
                a.licenceDisplayed();
            }
            r.seller(a);
            int listings = 1 + random.nextInt(4);
            for (int k = 0; k < listings; k++) {
                String l = id + "-L" + k;
                PlatformListing listing = listing(l, id, days(random.nextInt(200)));
                if (random.nextInt(3) == 0) {
                    Instant flagged = listing.listedAt().plus(Duration.ofDays(1));
                    listing = listing.withFlag(ListingFlag.of(flagged, ListingFlag.Source.USER_REPORT, FlagReason.RECALLED));
                    if (random.nextBoolean()) {
                        listing = listing.withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN,
                                flagged.plus(Duration.ofDays(random.nextInt(6)))));
                    }
                }
                r.listing(listing);
                if (random.nextBoolean()) {
                    PlatformTransaction t = PlatformTransaction.of("T-" + l, l, BuyerReference.of("B-" + l),
                            listing.listedAt().plus(Duration.ofDays(2)), PRICE);
                    r.sale(random.nextBoolean() ? t.retainedUntil(LocalDate.of(2030, 1, 1)) : t);
                }
            }
        }
        return PlatformSubject.of(r.b.build(), EnterpriseProfile.UNDECLARED);
    }

    private static SellerActivity[] sellers(PlatformSubject s) {
        return s.records().toArray(SellerActivity[]::new);
    }

    @Test
    void everyRulesIndicatorMergesAnySplitOfTheSellersToTheOnePassMeasurement() {
        org.quicktheories.QuickTheory.qt().withExamples(60).forAll(
                org.quicktheories.generators.SourceDSL.longs().between(0, 1_000),
                org.quicktheories.generators.SourceDSL.integers().between(0, 40)).checkAssert((seed, cut) -> {
                    PlatformSubject subject = mixed(seed);
                    SellerActivity[] all = sellers(subject);
                    for (io.github.circularj.rules.Rule<PlatformSubject, SellerActivity> rule : PlatformOperator.pack().rules()) {
                        io.github.circularj.rules.EvaluationContext context = new io.github.circularj.rules.EvaluationContext(
                                AS_OF, 20).forParameters(rule.parameters());
                        assertThat(split(rule.measure().indicatorFor(subject, context), all, cut))
                                .as("%s split at %d", rule.id(), cut)
                                .isEqualTo(split(rule.measure().indicatorFor(subject, context), all, 0));
                    }
                });
    }

    private static <A> io.github.circularj.rules.Measurement split(io.github.circularj.rules.Indicator<SellerActivity, A> indicator,
            SellerActivity[] all, int cut) {
        A left = indicator.start();
        A right = indicator.start();
        for (int i = 0; i < all.length; i++) {
            indicator.accept(i < cut ? left : right, all[i]);
        }
        return indicator.finish(indicator.merge(left, right));
    }

    @Test
    void theMixedPlatformHasOffencesOfEveryKindSoTheSplitTestIsNotTrivial() {
        Scorecard card = ComplianceEngine.create().score(mixed(7), PlatformOperator.pack(), AS_OF);
        for (RuleId rule : List.of(PlatformOperator.SELLER_VERIFIED, PlatformOperator.SELLER_RECHECK,
                PlatformOperator.LICENCE_DISPLAY, PlatformOperator.VIOLATION_ACTION, PlatformOperator.PROHIBITED,
                PlatformOperator.RECORD_RETENTION)) {
            assertThat(ids(finding(card, rule))).as(rule.toString()).isNotEmpty();
        }
    }
}
