package io.github.circularj.rules.tradein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeInRuleTest {

    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static final City QUENMORA = City.of("338100", "Quenmora (synthetic)");
    private static final Actor STAFF = Actor.of("staff-01");
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static Enterprise enterprise(String first17, String name, EnterpriseRole role) {
        return new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)), name, QUENMORA, EnumSet.of(role));
    }

    private static final Enterprise SHOP = enterprise("91338100MA27TQ001", "Example Shop (synthetic)", EnterpriseRole.DEALER);
    private static final Enterprise OTHER = enterprise("91338100MA27TQ002", "Example Other Shop (synthetic)", EnterpriseRole.DEALER);

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Lifecycle sale(String id, Category category, int grade, SubsidyClaim claim, Instant at) {
        Product.Builder p = Product.builder("Acme", "X", category);
        if (grade > 0) {
            p.efficiencyGrade(EfficiencyGrade.energy(grade));
        }
        return History.of(Item.of(ItemId.of(id), p.build())).by(STAFF).at(at).soldNew(claim).lifecycle();
    }

    private static SubsidyClaim phone(String claimed, String price, String buyer) {
        return SubsidyClaim.of(ProgrammeCategory.PHONE, cny(claimed), cny(price), BuyerReference.of(buyer));
    }

    private static Scorecard score(Enterprise shop, LocalDate asOf, Lifecycle... lifecycles) {
        return ComplianceEngine.create().score(RetailerSubject.of(Ledger.of(shop, ReportingPeriod.ofYear(2025), List.of(lifecycles))),
                TradeInProgramme.pack(), asOf);
    }

    private static Finding finding(Scorecard card, io.github.circularj.rules.RuleId rule) {
        return card.finding(rule).orElseThrow();
    }

    @Test
    void thePackIsFoundByNameAndEveryNumberIsCitedWithAnHonestBasis() {
        assertThat(TradeInProgramme.packNamed("trade-in")).contains(TradeInProgramme.pack());
        assertThat(TradeInProgramme.packNamed("cn-trade-in-2025")).contains(TradeInProgramme.pack());
        assertThat(TradeInProgramme.packNamed("city")).isEmpty();
        assertThat(TradeInProgramme.pack().rules()).extracting(r -> r.id().toString())
                .containsExactly("PRICE-CAP", "RATE", "ITEM-CAP", "PER-PERSON", "ELIGIBLE", "RECORD-INTEGRITY",
                        "OLD-ITEM-TRACE");
        assertThat(TradeInProgramme.pack().mandatoryRules(AS_OF)).isEmpty();
        Rule<TradeInSubject, TradeInClaim> itemCap = TradeInRule.ITEM_CAP.rule();
        assertThat(itemCap.title()).isEqualTo("At most RMB 500 per digital item, RMB 2000 per appliance");
        assertThat(itemCap.parameter("digital-item-cap").orElseThrow().latest().citation().basis()).isEqualTo(Basis.POLICY_TARGET);
        Rule<TradeInSubject, TradeInClaim> eligible = TradeInRule.ELIGIBLE.rule();
        for (ProgrammeCategory c : ProgrammeCategory.values()) {
            Parameter listed = eligible.parameter(TradeInRule.listed(c)).orElseThrow();
            assertThat(listed.latest().citation().basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
        }
        Rule<TradeInSubject, TradeInClaim> trace = TradeInRule.OLD_ITEM_TRACE.rule();
        assertThat(trace.parameter("trace-window").orElseThrow().latest().citation().basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(trace.terms().get(0).citation().map(Citation::basis)).contains(Basis.LIBRARY_DEFAULT);
        for (Rule<TradeInSubject, TradeInClaim> r : TradeInProgramme.pack().rules()) {
            assertThat(r.citation().sources()).allSatisfy(s -> assertThat(s.basis()).isIn(Basis.POLICY_TARGET, Basis.LIBRARY_DEFAULT));
            assertThat(r.citation().sources().stream().filter(s -> s.basis() == Basis.POLICY_TARGET))
                    .allSatisfy(s -> assertThat(s.article()).contains("article not verified"));
        }
    }

    @Test
    void aClaimOverTheRateByOneFenOffendsAndAGradeOneApplianceMayClaimTwentyPercent() {
        Scorecard card = score(SHOP, AS_OF,
                sale("P-1", Category.PHONE, 0, phone("300.00", "2000.00", "B-1"), T0),
                sale("P-2", Category.PHONE, 0, phone("300.01", "2000.00", "B-2"), T0.plusSeconds(60)),
                sale("P-3", Category.PHONE, 0, phone("149.99", "999.99", "B-3"), T0.plusSeconds(120)));
        Finding rate = finding(card, TradeInProgramme.RATE);
        assertThat(rate.evidence().ids()).containsExactly("P-2-1: claimed RMB 300.01, at most RMB 300.00 (15 % of RMB 2000.00)");
        SubsidyClaim fridge = SubsidyClaim.of(ProgrammeCategory.REFRIGERATOR, cny("800.00"), cny("4000.00"), BuyerReference.of("B-9"));
        Scorecard grades = score(SHOP, AS_OF, sale("F-1", Category.LARGE_APPLIANCE, 1, fridge, T0),
                sale("F-2", Category.LARGE_APPLIANCE, 2, SubsidyClaim.of(ProgrammeCategory.WASHING_MACHINE, cny("800.00"),
                        cny("4000.00"), BuyerReference.of("B-9")), T0.plusSeconds(60)));
        assertThat(finding(grades, TradeInProgramme.RATE).evidence().ids())
                .containsExactly("F-2-1: claimed RMB 800.00, at most RMB 600.00 (15 % of RMB 4000.00)");
    }

    @Test
    void claimsOutsideTheProgrammeTermAreNotJudged() {
        Scorecard card = score(SHOP, AS_OF, sale("P-1", Category.PHONE, 0, phone("900.00", "9000.00", "B-1"),
                Instant.parse("2025-01-10T02:00:00Z")));
        // only the records are judged: the one claim read is an accepted record
        assertThat(card.findings()).filteredOn(f -> !f.ruleId().equals(TradeInProgramme.RECORD_INTEGRITY))
                .extracting(Finding::outcome).containsOnly(Outcome.NOT_APPLICABLE);
        assertThat(finding(card, TradeInProgramme.RECORD_INTEGRITY).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void anOldItemIsJudgedOnlyOnceItsWindowHasClosed() {
        ItemId oldId = ItemId.of("OLD-1");
        Lifecycle old = History.of(Item.of(oldId, Product.of("Acme", "Old", Category.LARGE_APPLIANCE))).by(STAFF)
                .at(T0.minus(Duration.ofHours(1))).collected(Intake.of(CollectionChannel.TRADE_IN,
                        PersonCounterparty.unverified("customer"))).lifecycle();
        SubsidyClaim claim = SubsidyClaim.of(ProgrammeCategory.REFRIGERATOR, cny("600.00"), cny("4000.00"), BuyerReference.of("B-1"))
                .withTradeIn(TradeInLink.of(oldId, EventId.of("OLD-1-1")));
        Lifecycle fridge = sale("F-1", Category.LARGE_APPLIANCE, 2, claim, T0);
        assertThat(finding(score(SHOP, LocalDate.of(2025, 4, 30), fridge, old), TradeInProgramme.OLD_ITEM_TRACE).outcome())
                .isEqualTo(Outcome.NOT_APPLICABLE);
        Finding late = finding(score(SHOP, AS_OF, fridge, old), TradeInProgramme.OLD_ITEM_TRACE);
        assertThat(late.evidence().ids()).containsExactly("F-1-1: old item OLD-1 collected 2025-03-01 reached neither resale"
                + " after inspection nor a licensed processor within 90 days");
        Finding missing = finding(score(SHOP, AS_OF, fridge), TradeInProgramme.OLD_ITEM_TRACE);
        assertThat(missing.evidence().ids()).containsExactly("F-1-1: old item OLD-1 is not in the retailer's records of trade-ins");
    }

    @Test
    void aRegionSeesAPersonsClaimsAtTwoRetailersAndRefusesARetailerTwice() {
        RetailerSubject a = RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025),
                List.of(sale("A-1", Category.PHONE, 0, phone("300.00", "2000.00", "B-1"), T0))));
        RetailerSubject b = RetailerSubject.of(Ledger.of(OTHER, ReportingPeriod.ofYear(2025),
                List.of(sale("B-1", Category.PHONE, 0, phone("300.00", "2000.00", "B-1"), T0.plus(Duration.ofDays(1))))));
        ProgrammeRegion region = ProgrammeRegion.of(DivisionCode.parse("338100"), "Quenmora (synthetic)", List.of(a, b));
        Finding f = ComplianceEngine.create().score(region, TradeInProgramme.pack(), AS_OF).finding(TradeInProgramme.PER_PERSON)
                .orElseThrow();
        assertThat(f.evidence().ids()).containsExactly("B-1-1: buyer B-1, 2 phone claims, at most 1");
        assertThat(ComplianceEngine.create().score(a, TradeInProgramme.pack(), AS_OF).finding(TradeInProgramme.PER_PERSON)
                .orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeRegion.of(DivisionCode.parse("338100"), "Quenmora (synthetic)",
                List.of(a, a))).withMessageContaining("list a retailer twice");
    }

    /** A ledger of two claimed phone sales, the second submitted twice (a duplicate event id), and an unreadable line. */
    private static Ledger.Result withARejectedClaim(Enterprise shop, String prefix) {
        Lifecycle first = sale(prefix + "-1", Category.PHONE, 0, phone("300.00", "3000.00", prefix + "-B1"), T0);
        Lifecycle second = sale(prefix + "-2", Category.PHONE, 0, phone("300.00", "3000.00", prefix + "-B2"), T0);
        Lifecycle forged = sale(prefix + "-2", Category.PHONE, 0, phone("500.00", "3000.00", prefix + "-B3"), T0.plusSeconds(60));
        return Ledger.builder(shop, ReportingPeriod.ofYear(2025))
                .item(first.item()).item(second.item())
                .events(first.events()).events(second.events())
                .event(forged.events().get(0)) // the same event id again, with another claim: rejected
                .unreadable(io.github.circularj.model.lifecycle.UnreadableRecord.ofLine("shop.jsonl", 7, "not JSON"))
                .build();
    }

    @Test
    void aRefusedOrUnreadableClaimLowersRecordIntegrityInsteadOfVanishing() {
        Ledger.Result read = withARejectedClaim(SHOP, "P");
        assertThat(read.report().rejected()).hasSize(1);
        Scorecard card = ComplianceEngine.create().score(RetailerSubject.of(read.ledger()), TradeInProgramme.pack(), AS_OF);
        Finding integrity = finding(card, TradeInProgramme.RECORD_INTEGRITY);
        // 2 claims read; 1 rejected sale with a claim and 1 unreadable line: 2 of 4 accepted, below 99 %
        assertThat(integrity.measurement().numerator()).hasValue(2);
        assertThat(integrity.measurement().denominator()).hasValue(4);
        assertThat(integrity.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(integrity.measurement().evidence().ids()).singleElement().asString().startsWith("P-2-1 (");
        assertThat(integrity.message()).contains("2 of 4 submitted claims and unreadable records (50 %) were rejected");
        // a clean ledger of the same claims meets it
        Lifecycle one = sale("P-1", Category.PHONE, 0, phone("300.00", "3000.00", "P-B1"), T0);
        assertThat(finding(score(SHOP, AS_OF, one), TradeInProgramme.RECORD_INTEGRITY).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aRegionCountsTheRejectionsOfEachOfItsRetailers() {
        RetailerSubject a = RetailerSubject.of(withARejectedClaim(SHOP, "P").ledger());
        RetailerSubject b = RetailerSubject.of(withARejectedClaim(OTHER, "Q").ledger());
        Scorecard region = ComplianceEngine.create().score(ProgrammeRegion.of(DivisionCode.parse("338100"), "Quenmora (synthetic)",
                List.of(a, b)), TradeInProgramme.pack(), AS_OF);
        Finding integrity = finding(region, TradeInProgramme.RECORD_INTEGRITY);
        assertThat(integrity.measurement().numerator()).hasValue(4);
        assertThat(integrity.measurement().denominator()).hasValue(8);
        assertThat(integrity.measurement().evidence().ids()).hasSize(2);
    }
}
