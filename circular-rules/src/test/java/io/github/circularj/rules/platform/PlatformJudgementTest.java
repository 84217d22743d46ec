package io.github.circularj.rules.platform;

import static io.github.circularj.rules.platform.PlatformRuleTest.AS_OF;
import static io.github.circularj.rules.platform.PlatformRuleTest.days;
import static io.github.circularj.rules.platform.PlatformRuleTest.finding;
import static io.github.circularj.rules.platform.PlatformRuleTest.ids;
import static io.github.circularj.rules.platform.PlatformRuleTest.listing;
import static io.github.circularj.rules.platform.PlatformRuleTest.sale;
import static io.github.circularj.rules.platform.PlatformRuleTest.seller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.platform.PlatformRuleTest.Records;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The platform rules' declarations and the edges of their judgements: what is outside the period or recorded after
 * the as-of day is not evidence, which sellers are in scope, and how evidence is listed when there is more than the
 * limit.
 */
class PlatformJudgementTest {

    private static final Instant AFTER_AS_OF = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant BEFORE_PERIOD = Instant.parse("2024-06-01T00:00:00Z");

    private static Scorecard score(Records r, int evidenceLimit) {
        return ComplianceEngine.builder().evidenceLimit(evidenceLimit).build()
                .score(PlatformSubject.of(r.b.build(), EnterpriseProfile.UNDECLARED), PlatformOperator.pack(), AS_OF);
    }

    @Test
    void eachDeclarationBuildsItsRuleAsThePackHoldsIt() {
        for (PlatformRule r : PlatformRule.values()) {
            Rule<PlatformSubject, SellerActivity> rule = r.rule();
            Rule<PlatformSubject, SellerActivity> packed = PlatformOperator.pack().rule(r.id()).orElseThrow();
            assertThat(rule.id()).isEqualTo(RuleId.of(r.name().replace('_', '-')));
            assertThat(rule.title()).isEqualTo(packed.title());
            assertThat(rule.parameters()).isEqualTo(packed.parameters());
            assertThat(rule.citation()).isEqualTo(packed.citation());
            assertThat(r.perSeller()).isEqualTo(r != PlatformRule.RECORD_INTEGRITY);
        }
        assertThat(PlatformRule.PLAT_SELLER_VERIFIED.criterion()).isEqualTo(PlatformOperator.SELLERS);
        assertThat(PlatformRule.PLAT_PROHIBITED.criterion()).isEqualTo(PlatformOperator.LISTINGS);
        assertThat(PlatformRule.RECORD_INTEGRITY.criterion()).isEqualTo(PlatformOperator.RECORDS);
        assertThat(PlatformRule.ecommerce("Art. 31").sources()).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("电子商务法"));
        assertThatThrownBy(() -> PlatformRule.RECORD_INTEGRITY.judgement(PlatformSubject.of(new Records().b.build(),
                EnterpriseProfile.UNDECLARED), Parameters.of(List.of(), AS_OF)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("RECORD-INTEGRITY");
    }

    @Test
    void earliestIsTheEarliestOfThreeInAnyOrder() {
        Instant a = days(1);
        Instant b = days(2);
        Instant c = days(3);
        for (Instant[] order : new Instant[][] {{a, b, c}, {a, c, b}, {b, a, c}, {b, c, a}, {c, a, b}, {c, b, a}}) {
            assertThat(PlatformRule.earliest(order[0], order[1], order[2])).isEqualTo(a);
        }
        assertThat(PlatformRule.earliest(b, b, c)).isEqualTo(b);
    }

    @Test
    void aReCheckRecordedAfterTheAsOfDayIsNotEvidenceButNamed() {
        Scorecard card = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON)
                        .verified(SellerCheck.of("K-1", Instant.parse("2025-01-10T00:00:00Z")))
                        .recheck(SellerCheck.of("K-1b", AFTER_AS_OF)))
                .listing(listing("L-1", "S-1", days(0)))
                // verified only after the as-of day: PLAT-SELLER-VERIFIED's, not this rule's
                .seller(seller("S-2", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-2", AFTER_AS_OF)))
                .listing(listing("L-2", "S-2", days(0)))
                .score();
        Finding f = finding(card, PlatformOperator.SELLER_RECHECK);
        assertThat(f.measurement().denominator()).hasValue(1);
        assertThat(ids(f)).containsExactly("S-1: checked 2025-01-10, next due 2025-07-10, not re-checked");
        assertThat(ids(finding(card, PlatformOperator.SELLER_VERIFIED))).containsExactly("S-2: never verified");
    }

    @Test
    void onlyActiveEnterpriseSellersDisplayTheirLicence() {
        Scorecard card = new Records()
                .seller(seller("E-1", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "E-1", BEFORE_PERIOD)) // not active in the period
                .seller(seller("E-2", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-2", days(-30))))
                .listing(listing("L-2", "E-2", AFTER_AS_OF)) // listed after the as-of day: not yet known
                .seller(seller("E-3", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-3", days(-30))))
                .listing(listing("L-3", "E-3", days(0)))
                .score();
        Finding f = finding(card, PlatformOperator.LICENCE_DISPLAY);
        assertThat(f.measurement().denominator()).hasValue(1);
        assertThat(ids(f)).containsExactly("E-3: licence not displayed");
    }

    @Test
    void aFrequentSellerCountsTheSalesOfTheTwelveMonthsToTheAsOfDayAndARegistrationKnownByThen() {
        Records r = new Records()
                // an enterprise seller is an operator already
                .seller(seller("E-1", SellerKind.ENTERPRISE).verified(SellerCheck.of("K-E", days(-30))))
                // 36 sales in the year and 5 more before it and after the as-of day: not frequent
                .seller(seller("P-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                // 37 sales, registered only after the as-of day
                .seller(seller("P-2", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-2", days(-30)))
                        .operatorRegistration(SellerCheck.of("REG-2", AFTER_AS_OF)));
        for (int i = 0; i < 41; i++) {
            r.listing(listing("LE-" + i, "E-1", days(i))).sale(sale("TE-" + i, "LE-" + i, days(i).plusSeconds(60)));
        }
        for (int i = 0; i < 36; i++) {
            r.listing(listing("L1-" + i, "P-1", days(i))).sale(sale("T1-" + i, "L1-" + i, days(i).plusSeconds(60)));
        }
        // 2024-12-31T15:59:59Z is 2024-12-31 in Shanghai, a second before the 12 months
        r.listing(listing("L1-x", "P-1", Instant.parse("2024-12-01T00:00:00Z")))
                .sale(sale("T1-x", "L1-x", Instant.parse("2024-12-31T15:59:59Z")));
        // the first instant of 2026 in Shanghai is after the as-of day
        r.listing(listing("L1-y", "P-1", days(40))).sale(sale("T1-y", "L1-y", Instant.parse("2025-12-31T16:00:00Z")));
        for (int i = 0; i < 37; i++) {
            r.listing(listing("L2-" + i, "P-2", days(i))).sale(sale("T2-" + i, "L2-" + i, days(i).plusSeconds(60)));
        }
        Finding f = finding(r.score(), PlatformOperator.FREQUENT_SELLER);
        assertThat(f.measurement().denominator()).hasValue(1);
        assertThat(ids(f)).containsExactly("P-2: 37 sales in the 12 months to 2025-12-31, not registered as an operator");
        // the first sale of the 12 months counts: the 2025-01-01T00:00 sale in Shanghai makes P-1 frequent
        r.listing(listing("L1-z", "P-1", Instant.parse("2024-12-01T00:00:00Z")))
                .sale(sale("T1-z", "L1-z", Instant.parse("2024-12-31T16:00:00Z")));
        assertThat(finding(r.score(), PlatformOperator.FREQUENT_SELLER).measurement().denominator()).hasValue(2);
    }

    private static final ListingFlag FLAG = ListingFlag.of(days(10), ListingFlag.Source.USER_REPORT, FlagReason.SUSPECTED_STOLEN);

    @Test
    void aFlagOrAnActionRecordedAfterTheAsOfDayOrAFlagBeforeThePeriodIsNotJudged() {
        Records r = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", days(0)).withFlag(ListingFlag.of(AFTER_AS_OF, ListingFlag.Source.USER_REPORT,
                        FlagReason.RECALLED)))
                .listing(listing("L-2", "S-1", BEFORE_PERIOD).withFlag(ListingFlag.of(BEFORE_PERIOD.plusSeconds(60),
                        ListingFlag.Source.USER_REPORT, FlagReason.RECALLED)))
                // acted on, but the action is recorded only after the as-of day: no action known
                .listing(listing("L-3", "S-1", days(0)).withFlag(FLAG)
                        .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, AFTER_AS_OF)))
                .listing(listing("L-4", "S-1", days(0)).withFlag(FLAG)
                        .withAction(PlatformAction.of(PlatformAction.Type.SELLER_WARNED, days(11))));
        Finding f = finding(r.score(), PlatformOperator.VIOLATION_ACTION);
        assertThat(f.measurement().denominator()).hasValue(2);
        assertThat(ids(f)).containsExactly("L-3: flagged 2025-03-11 (SUSPECTED_STOLEN), no action, at most 3 days");
    }

    @Test
    void aSaleOfAFlaggedListingCountsOnlyInThePeriodAndWhenKnownAndOnlyAClearanceBetweenFlagAndSaleExcusesIt() {
        ListingFlag old = ListingFlag.of(BEFORE_PERIOD, ListingFlag.Source.AUTHORITY, FlagReason.SEIZED);
        Records r = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                // flagged before the period and not sold in it: not judged
                .listing(listing("L-1", "S-1", BEFORE_PERIOD).withFlag(old))
                // flagged before the period, sold in it: judged and offends
                .listing(listing("L-2", "S-1", BEFORE_PERIOD).withFlag(old))
                .sale(sale("T-2", "L-2", days(1)))
                // sold before the period after its flag: that sale is not this period's
                .listing(listing("L-3", "S-1", BEFORE_PERIOD).withFlag(old))
                .sale(sale("T-3", "L-3", BEFORE_PERIOD.plusSeconds(3600)))
                // sold after the as-of day: not yet known
                .listing(listing("L-4", "S-1", days(0)).withFlag(FLAG))
                .sale(sale("T-4", "L-4", AFTER_AS_OF))
                // flagged after the as-of day: the flag is not yet known
                .listing(listing("L-5", "S-1", days(0)).withFlag(ListingFlag.of(AFTER_AS_OF, ListingFlag.Source.USER_REPORT,
                        FlagReason.RECALLED)))
                .sale(sale("T-5", "L-5", days(200)))
                // cleared before the flag, or after the sale, or taken down: none excuses the sale
                .listing(listing("L-6", "S-1", days(0)).withFlag(FLAG)
                        .withAction(PlatformAction.of(PlatformAction.Type.CLEARED, days(9)))
                        .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, days(10).plusSeconds(60)))
                        .withAction(PlatformAction.of(PlatformAction.Type.CLEARED, days(12))))
                .sale(sale("T-6", "L-6", days(11)))
                // cleared at the very instant of the sale: excused
                .listing(listing("L-7", "S-1", days(0)).withFlag(FLAG)
                        .withAction(PlatformAction.of(PlatformAction.Type.CLEARED, days(11))))
                .sale(sale("T-7", "L-7", days(11)));
        Finding f = finding(r.score(), PlatformOperator.PROHIBITED);
        assertThat(ids(f)).containsExactly("L-2: flagged 2024-06-01 (SEIZED), sold 2025-03-02 (T-2)",
                "L-6: flagged 2025-03-11 (SUSPECTED_STOLEN), sold 2025-03-12 (T-6)");
        assertThat(f.measurement().value()).hasValue(2.0);
        assertThat(f.message()).startsWith("2 flagged listings sold after the flag (L-2: flagged 2024-06-01 (SEIZED), sold"
                + " 2025-03-02 (T-2); L-6:");
        Finding one = finding(score(r, 1), PlatformOperator.PROHIBITED);
        assertThat(one.message()).contains("(L-2: flagged 2024-06-01 (SEIZED), sold 2025-03-02 (T-2); 1 of 2 listed)");
        // no seller at all: nothing sold, and the plain words say so
        Finding none = finding(new Records().score(), PlatformOperator.PROHIBITED);
        assertThat(none.message()).doesNotContain("flagged listings sold");
    }

    @Test
    void onlyTheTransactionsOfThePeriodKnownByTheAsOfDayAreJudgedForRetention() {
        Records r = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", BEFORE_PERIOD))
                .sale(PlatformTransaction.of("T-1", "L-1", BuyerReference.of("B-1"), BEFORE_PERIOD.plusSeconds(60),
                        Money.of("1.00", "CNY")))
                .listing(listing("L-2", "S-1", days(0)))
                .sale(PlatformTransaction.of("T-2", "L-2", BuyerReference.of("B-2"), days(1), Money.of("1.00", "CNY")));
        Finding f = finding(r.score(), PlatformOperator.RECORD_RETENTION);
        assertThat(ids(f)).containsExactly("T-2: no retention declared, to be kept until 2028-03-01");
        // as of 2025-03-01 the sale of 2025-03-02 is not yet known
        Scorecard early = ComplianceEngine.create().score(PlatformSubject.of(r.b.build(), EnterpriseProfile.UNDECLARED),
                PlatformOperator.pack(), LocalDate.of(2025, 3, 1));
        assertThat(finding(early, PlatformOperator.RECORD_RETENTION).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void recordIntegrityListsTheRefusedRecordsAndTheUnreadableLinesInOneOrderUpToTheLimit() {
        // lines 9 and 10 of a file, in file order: "line 10" sorts first
        PlatformRecords.Report report = new PlatformRecords.Report(5, List.of(), List.of(
                UnreadableRecord.ofLine("p.jsonl", 9, "not JSON"), UnreadableRecord.ofLine("p.jsonl", 10, "not JSON")), 4);
        Measurement m = PlatformRule.integrity(report, 10);
        assertThat(m.numerator()).hasValue(5);
        assertThat(m.denominator()).hasValue(9);
        assertThat(m.evidence().count()).isEqualTo(4);
        assertThat(m.evidence().ids()).containsExactly("p.jsonl line 10: unreadable", "p.jsonl line 9: unreadable");
        assertThat(PlatformRule.integrity(report, 1).evidence().ids()).containsExactly("p.jsonl line 10: unreadable");
        // a refused transaction sorts after an unreadable line, a refused listing before it
        Records r = new Records()
                .seller(seller("S-1", SellerKind.PRIVATE_PERSON).verified(SellerCheck.of("K-1", days(-30))))
                .listing(listing("L-1", "S-1", days(0)))
                .listing(listing("L-Z", "S-9", days(0)))
                .listing(listing("L-A", "S-8", days(0)))
                .sale(sale("T-X", "L-404", days(1)));
        r.b.unreadable(UnreadableRecord.ofLine("p.jsonl", 2, "not JSON"));
        Finding all = finding(score(r, 10), PlatformOperator.RECORD_INTEGRITY);
        assertThat(ids(all)).containsExactly("listing L-A: unknown seller (seller S-8 is not in the records)",
                "listing L-Z: unknown seller (seller S-9 is not in the records)", "p.jsonl line 2: unreadable",
                "transaction T-X: unknown listing (listing L-404 is not in the records or was refused)");
        assertThat(all.measurement().numerator()).as("the seller and L-1").hasValue(2);
        assertThat(all.measurement().denominator()).hasValue(6);
        Finding two = finding(score(r, 2), PlatformOperator.RECORD_INTEGRITY);
        assertThat(ids(two)).containsExactly("listing L-A: unknown seller (seller S-8 is not in the records)",
                "listing L-Z: unknown seller (seller S-9 is not in the records)");
        assertThat(two.message()).contains("; 2 of 4 listed)");
    }
}
