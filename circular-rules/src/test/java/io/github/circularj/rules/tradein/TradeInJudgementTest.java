package io.github.circularj.rules.tradein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each trade-in rule's judgement of one claim, branch by branch, with the exact detail it gives; the describers'
 * messages; and the claims a retailer's ledger refused, whether its report kept them or its lifecycles carry them.
 */
class TradeInJudgementTest {

    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final Actor STAFF = Actor.of("staff-01");
    private static final City QUENMORA = City.of("338100", "Quenmora (synthetic)");
    private static final Enterprise SHOP = enterprise("91338100MA27TQ001", "Example Shop (synthetic)", EnterpriseRole.DEALER);
    private static final Enterprise PROCESSOR = enterprise("91338100MA27TQ003", "Example Processor (synthetic)",
            EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    private static final Enterprise UNLICENSED = enterprise("91338100MA27TQ004", "Example Scrap Yard (synthetic)",
            EnterpriseRole.DEALER);

    private static Enterprise enterprise(String first17, String name, EnterpriseRole role) {
        return new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)), name, QUENMORA,
                EnumSet.of(role));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static SubsidyClaim claim(ProgrammeCategory category, Money claimed, Money price) {
        return SubsidyClaim.of(category, claimed, price, BuyerReference.of("B-1"));
    }

    /** A claim for a new item of the category with the efficiency grade (0: none recorded), sold at T0. */
    private static TradeInClaim of(SubsidyClaim claim, Category category, int grade, Optional<Lifecycle> old) {
        Product.Builder p = Product.builder("Acme", "X", category);
        if (grade > 0) {
            p.efficiencyGrade(EfficiencyGrade.energy(grade));
        }
        Lifecycle l = History.of(Item.of(ItemId.of("N-1"), p.build())).by(STAFF).at(T0).soldNew(claim).lifecycle();
        return new TradeInClaim("R", l.item(), l.events(SoldNew.class).get(0), old);
    }

    private static TradeInClaim of(SubsidyClaim claim, Category category, int grade) {
        return of(claim, category, grade, Optional.empty());
    }

    private static Function<TradeInClaim, Verdict> judge(TradeInRule rule, LocalDate asOf) {
        return rule.bind(Parameters.of(rule.rule().parameters(), asOf));
    }

    private static Function<TradeInClaim, Verdict> judge(TradeInRule rule) {
        return judge(rule, AS_OF);
    }

    private static Verdict offends(String detail) {
        return Verdict.offends(detail);
    }

    @Test
    void eachDeclarationBuildsItsRuleAfreshWithItsIdAndCriterion() {
        for (TradeInRule r : TradeInRule.values()) {
            Rule<TradeInSubject, TradeInClaim> rule = r.rule();
            assertThat(rule.id()).isEqualTo(r.id()).isEqualTo(RuleId.of(r.name().replace('_', '-')));
            assertThat(rule.title()).isEqualTo(TradeInProgramme.pack().rule(r.id()).orElseThrow().title());
            assertThat(rule.terms()).isNotEmpty();
            assertThat(rule.citation().sources()).isNotEmpty();
        }
        assertThat(TradeInRule.PRICE_CAP.criterion()).isEqualTo(TradeInProgramme.AMOUNTS);
        assertThat(TradeInRule.PER_PERSON.criterion()).isEqualTo(TradeInProgramme.ELIGIBILITY);
        assertThat(TradeInRule.OLD_ITEM_TRACE.criterion()).isEqualTo(TradeInProgramme.CIRCULAR_LINK);
        assertThat(TradeInRule.OLD_ITEM_TRACE.rule().terms()).singleElement()
                .satisfies(t -> assertThat(t.target().threshold()).isEqualTo(0.9));
        assertThat(TradeInRule.RECORD_INTEGRITY.rule().terms()).singleElement()
                .satisfies(t -> assertThat(t.target().threshold()).isEqualTo(0.99));
        assertThat(TradeInRule.RATE.rule().terms()).singleElement()
                .satisfies(t -> assertThat(t.target().threshold()).isEqualTo(1.0));
        assertThatThrownBy(() -> TradeInRule.PER_PERSON.bind(Parameters.of(TradeInRule.PER_PERSON.rule().parameters(), AS_OF)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("PER-PERSON");
        assertThatThrownBy(() -> TradeInRule.RECORD_INTEGRITY.bind(Parameters.of(List.of(), AS_OF)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("RECORD-INTEGRITY");
    }

    @Test
    void priceCapJudgesDigitalProductsInYuanToTheFen() {
        Function<TradeInClaim, Verdict> j = judge(TradeInRule.PRICE_CAP);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("500.00"), cny("6000.00")), Category.PHONE, 0)))
                .isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("500.00"), cny("6000.01")), Category.PHONE, 0)))
                .isEqualTo(offends("unit price RMB 6000.01, at most RMB 6000.00"));
        assertThat(j.apply(of(claim(ProgrammeCategory.TABLET, Money.of("10.00", "USD"), Money.of("100.00", "USD")),
                Category.TABLET, 0))).isEqualTo(offends("unit price USD 100.00, at most RMB 6000.00"));
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("500.00"), cny("9000.00")), Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(Verdict.NONE);
    }

    @Test
    void rateGivesTheGradeOneBonusToAppliancesOnly() {
        Function<TradeInClaim, Verdict> j = judge(TradeInRule.RATE);
        SubsidyClaim fifth = claim(ProgrammeCategory.REFRIGERATOR, cny("800.00"), cny("4000.00"));
        assertThat(j.apply(of(fifth, Category.LARGE_APPLIANCE, 1))).isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("800.01"), cny("4000.00")), Category.LARGE_APPLIANCE, 1)))
                .isEqualTo(offends("claimed RMB 800.01, at most RMB 800.00 (20 % of RMB 4000.00, grade 1)"));
        assertThat(j.apply(of(fifth, Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(offends("claimed RMB 800.00, at most RMB 600.00 (15 % of RMB 4000.00)"));
        assertThat(j.apply(of(fifth, Category.LARGE_APPLIANCE, 0)))
                .isEqualTo(offends("claimed RMB 800.00, at most RMB 600.00 (15 % of RMB 4000.00)"));
        // a digital product of energy grade 1 gets no bonus
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("400.00"), cny("2000.00")), Category.PHONE, 1)))
                .isEqualTo(offends("claimed RMB 400.00, at most RMB 300.00 (15 % of RMB 2000.00)"));
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("300.00"), cny("2000.00")), Category.PHONE, 0)))
                .isEqualTo(Verdict.OK);
    }

    @Test
    void itemCapHasOneCapForDigitalProductsAndAnotherForAppliances() {
        Function<TradeInClaim, Verdict> j = judge(TradeInRule.ITEM_CAP);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("500.00"), cny("5000.00")), Category.PHONE, 0)))
                .isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("500.01"), cny("5000.00")), Category.PHONE, 0)))
                .isEqualTo(offends("claimed RMB 500.01, at most RMB 500.00"));
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("2000.00"), cny("20000.00")), Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("2000.01"), cny("20000.00")), Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(offends("claimed RMB 2000.01, at most RMB 2000.00"));
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, Money.of("5.00", "USD"), Money.of("50.00", "USD")), Category.PHONE, 0)))
                .isEqualTo(offends("claimed USD 5.00, at most RMB 500.00"));
    }

    @Test
    void eligibleChecksTheListTheItemsCategoryAndTheApplianceGrade() {
        Function<TradeInClaim, Verdict> j = judge(TradeInRule.ELIGIBLE);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("100.00"), cny("2000.00")), Category.PHONE, 0)))
                .isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("100.00"), cny("2000.00")), Category.LAPTOP, 0)))
                .isEqualTo(offends("item category " + Category.LAPTOP + " is not a " + ProgrammeCategory.PHONE));
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("100.00"), cny("2000.00")), Category.LARGE_APPLIANCE, 0)))
                .isEqualTo(offends("no efficiency grade recorded, grade 2 or better required"));
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("100.00"), cny("2000.00")), Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(Verdict.OK);
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("100.00"), cny("2000.00")), Category.LARGE_APPLIANCE, 3)))
                .isEqualTo(offends(EfficiencyGrade.energy(3) + ", grade 2 or better required"));
        // a province that leaves phones off its list
        Rule<TradeInSubject, TradeInClaim> noPhones = TradeInRule.ELIGIBLE.rule()
                .withParameter(TradeInRule.listed(ProgrammeCategory.PHONE), 0);
        Function<TradeInClaim, Verdict> province = TradeInRule.ELIGIBLE.bind(Parameters.of(noPhones.parameters(), AS_OF));
        assertThat(province.apply(of(claim(ProgrammeCategory.PHONE, cny("100.00"), cny("2000.00")), Category.PHONE, 0)))
                .isEqualTo(offends(ProgrammeCategory.PHONE + " is not on the product list"));
        assertThat(province.apply(of(claim(ProgrammeCategory.TABLET, cny("100.00"), cny("2000.00")), Category.TABLET, 0)))
                .isEqualTo(Verdict.OK);
        Rule<TradeInSubject, TradeInClaim> half = TradeInRule.ELIGIBLE.rule()
                .withParameter(TradeInRule.listed(ProgrammeCategory.TABLET), 0.5);
        assertThatIllegalArgumentException().isThrownBy(() -> TradeInRule.ELIGIBLE.bind(Parameters.of(half.parameters(), AS_OF)))
                .withMessage("parameter listed-tablet value \"0.5\" is neither 0 nor 1; a category is on the product"
                        + " list (1) or not (0)");
        Rule<TradeInSubject, TradeInClaim> grade3 = TradeInRule.ELIGIBLE.rule().withParameter(TradeInRule.WORST_GRADE, 3);
        assertThat(TradeInRule.ELIGIBLE.bind(Parameters.of(grade3.parameters(), AS_OF))
                .apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("100.00"), cny("2000.00")), Category.LARGE_APPLIANCE, 3)))
                .isEqualTo(Verdict.OK);
    }

    private static final ItemId OLD = ItemId.of("OLD-1");
    private static final Instant COLLECTED = T0.minus(Duration.ofHours(1));

    private static History oldItem(Category category, CollectionChannel channel) {
        return History.of(Item.of(OLD, Product.of("Acme", "Old", category))).by(STAFF).at(COLLECTED)
                .collected(Intake.of(channel, PersonCounterparty.unverified("customer")));
    }

    private static Inspection inspection() {
        return Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "Inspector", "INS-1");
    }

    private static TradeInClaim tradeIn(Lifecycle old) {
        SubsidyClaim c = claim(ProgrammeCategory.REFRIGERATOR, cny("600.00"), cny("4000.00"))
                .withTradeIn(TradeInLink.of(OLD, EventId.of("OLD-1-1")));
        return of(c, Category.LARGE_APPLIANCE, 2, Optional.of(old));
    }

    @Test
    void oldItemTraceAsksForAFormalEndWithinTheWindowOfTheTradeInCollection() {
        Function<TradeInClaim, Verdict> j = judge(TradeInRule.OLD_ITEM_TRACE);
        // a digital purchase is no trade-in
        assertThat(j.apply(of(claim(ProgrammeCategory.PHONE, cny("100.00"), cny("2000.00")), Category.PHONE, 0)))
                .isEqualTo(Verdict.NONE);
        assertThat(j.apply(of(claim(ProgrammeCategory.REFRIGERATOR, cny("100.00"), cny("2000.00")), Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(offends("no old item recorded"));
        SubsidyClaim linked = claim(ProgrammeCategory.REFRIGERATOR, cny("600.00"), cny("4000.00"))
                .withTradeIn(TradeInLink.of(OLD, EventId.of("OLD-1-1")));
        assertThat(j.apply(of(linked, Category.LARGE_APPLIANCE, 2)))
                .isEqualTo(offends("old item OLD-1 is not in the retailer's records of trade-ins"));
        History resold = oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).after(Duration.ofDays(2)).inspected(inspection())
                .after(Duration.ofDays(1)).sold(Sale.of(cny("300.00"), SalesChannel.PHYSICAL_STORE));
        assertThat(j.apply(tradeIn(resold.lifecycle()))).isEqualTo(Verdict.OK);
        // collected by another channel, or under another event id
        History bought = oldItem(Category.LARGE_APPLIANCE, CollectionChannel.BUY_BACK);
        assertThat(j.apply(tradeIn(bought.lifecycle()))).isEqualTo(offends("old item OLD-1 has no trade-in collection OLD-1-1"));
        Lifecycle otherId = History.of(Item.of(OLD, Product.of("Acme", "Old", Category.LARGE_APPLIANCE))).by(STAFF)
                .at(COLLECTED).id("OLD-1-X").collected(Intake.of(CollectionChannel.TRADE_IN,
                        PersonCounterparty.unverified("customer"))).lifecycle();
        assertThat(j.apply(tradeIn(otherId))).isEqualTo(offends("old item OLD-1 has no trade-in collection OLD-1-1"));
        // no end: offends once the window has closed, is not judged while it is open
        Lifecycle waiting = oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).lifecycle();
        assertThat(j.apply(tradeIn(waiting))).isEqualTo(offends("old item OLD-1 collected 2025-03-01 reached neither resale"
                + " after inspection nor a licensed processor within 90 days"));
        assertThat(judge(TradeInRule.OLD_ITEM_TRACE, LocalDate.of(2025, 5, 29)).apply(tradeIn(waiting))).isEqualTo(Verdict.NONE);
        // the deadline is 2025-05-30T09:00 in Shanghai: judged as of the end of that day
        assertThat(judge(TradeInRule.OLD_ITEM_TRACE, LocalDate.of(2025, 5, 30)).apply(tradeIn(waiting)).inScope()).isTrue();
        // the window is a parameter
        Rule<TradeInSubject, TradeInClaim> longer = TradeInRule.OLD_ITEM_TRACE.rule().withParameter(TradeInRule.TRACE_WINDOW, 400);
        assertThat(TradeInRule.OLD_ITEM_TRACE.bind(Parameters.of(longer.parameters(), AS_OF)).apply(tradeIn(waiting)))
                .isEqualTo(Verdict.NONE);
    }

    @Test
    void aFormalEndIsAResaleAfterInspectionAndErasureOrAHandoverToALicensedProcessor() {
        Instant from = COLLECTED;
        Instant deadline = from.plus(Duration.ofDays(90));
        // an appliance needs no erasure; inspection before the sale is enough
        History appliance = oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN);
        assertThat(TradeInRule.formalEnd(appliance.after(Duration.ofDays(1)).inspected(inspection()).after(Duration.ofDays(1))
                .sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE)).lifecycle(), from, deadline)).contains("resold");
        // sold without inspection: no end
        assertThat(TradeInRule.formalEnd(oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).after(Duration.ofDays(1))
                .sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE)).lifecycle(), from, deadline)).isEmpty();
        // a laptop holds personal data: inspected but not erased is no end; erased too is
        History laptop = oldItem(Category.LAPTOP, CollectionChannel.TRADE_IN).after(Duration.ofDays(1)).inspected(inspection());
        assertThat(TradeInRule.formalEnd(laptop.after(Duration.ofDays(1)).sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE))
                .lifecycle(), from, deadline)).isEmpty();
        History erased = oldItem(Category.LAPTOP, CollectionChannel.TRADE_IN).after(Duration.ofDays(1)).inspected(inspection())
                .after(Duration.ofDays(1)).erased(Erasure.overwrite(1, StorageMedium.FLASH));
        assertThat(TradeInRule.formalEnd(erased.after(Duration.ofDays(1)).sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE))
                .lifecycle(), from, deadline)).contains("resold");
        // erased and inspected but never sold: no end
        assertThat(TradeInRule.formalEnd(erased.lifecycle(), from, deadline)).isEmpty();
        // handed to a licensed processor, within the window; to an unlicensed one, no end
        assertThat(TradeInRule.formalEnd(oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).after(Duration.ofDays(90))
                .handedOver(PROCESSOR).lifecycle(), from, deadline)).contains("handed to Example Processor (synthetic)");
        assertThat(TradeInRule.formalEnd(oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).after(Duration.ofDays(1))
                .handedOver(UNLICENSED).lifecycle(), from, deadline)).isEmpty();
        // a handover a second after the deadline is too late
        assertThat(TradeInRule.formalEnd(oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN)
                .after(Duration.ofDays(90).plusSeconds(1)).handedOver(PROCESSOR).lifecycle(), from, deadline)).isEmpty();
        // events before the collection judged do not count: an inspection before it does not make a later sale formal
        Lifecycle twice = oldItem(Category.LARGE_APPLIANCE, CollectionChannel.TRADE_IN).after(Duration.ofDays(1)).inspected(inspection())
                .after(Duration.ofDays(1)).sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE)).after(Duration.ofDays(10))
                .collected(Intake.of(CollectionChannel.TRADE_IN, PersonCounterparty.unverified("customer")))
                .after(Duration.ofDays(1)).sold(Sale.of(cny("10.00"), SalesChannel.PHYSICAL_STORE)).lifecycle();
        Instant second = COLLECTED.plus(Duration.ofDays(12));
        assertThat(TradeInRule.formalEnd(twice, second, second.plus(Duration.ofDays(90)))).isEmpty();
        assertThat(TradeInRule.formalEnd(twice, from, deadline)).contains("resold");
    }

    private static final ComplianceEngine ONE = ComplianceEngine.builder().evidenceLimit(1).build();

    private static Lifecycle phoneSale(String id, String claimed, String buyer, Instant at) {
        SubsidyClaim c = SubsidyClaim.of(ProgrammeCategory.PHONE, cny(claimed), cny("2000.00"), BuyerReference.of(buyer));
        return History.of(Item.of(ItemId.of(id), Product.of("Acme", "X", Category.PHONE))).by(STAFF).at(at).soldNew(c).lifecycle();
    }

    @Test
    void aFindingListsTheOffendingClaimsAndSaysHowManyItLeftOut() {
        Ledger ledger = Ledger.of(SHOP, ReportingPeriod.ofYear(2025), List.of(phoneSale("P-1", "301.00", "B-1", T0),
                phoneSale("P-2", "302.00", "B-2", T0.plusSeconds(60)), phoneSale("P-3", "300.00", "B-3", T0.plusSeconds(120))));
        Finding rate = ONE.score(RetailerSubject.of(ledger), TradeInProgramme.pack(), AS_OF).finding(TradeInProgramme.RATE)
                .orElseThrow();
        assertThat(rate.evidence().ids()).containsExactly("P-1-1: claimed RMB 301.00, at most RMB 300.00 (15 % of RMB 2000.00)");
        assertThat(rate.message()).contains("(P-1-1: claimed RMB 301.00, at most RMB 300.00 (15 % of RMB 2000.00); 1 of 2 listed)");
        Finding all = ComplianceEngine.create().score(RetailerSubject.of(ledger), TradeInProgramme.pack(), AS_OF)
                .finding(TradeInProgramme.RATE).orElseThrow();
        assertThat(all.message()).contains("(P-1-1: claimed RMB 301.00, at most RMB 300.00 (15 % of RMB 2000.00); P-2-1: claimed"
                + " RMB 302.00, at most RMB 300.00 (15 % of RMB 2000.00))");
        Finding cap = ComplianceEngine.create().score(RetailerSubject.of(ledger), TradeInProgramme.pack(), AS_OF)
                .finding(TradeInProgramme.ITEM_CAP).orElseThrow();
        assertThat(cap.outcome()).isEqualTo(Outcome.MET);
        assertThat(cap.message()).startsWith("0 of 3 claims (0 %)").doesNotContain("listed").doesNotContain("P-1-1");
    }

    /** Two claimed phone sales of which the second was submitted again under its id (refused) and one unreadable line. */
    private static Ledger.Result refusedClaims() {
        Lifecycle first = phoneSale("P-1", "300.00", "B-1", T0);
        Lifecycle second = phoneSale("P-2", "300.00", "B-2", T0);
        Lifecycle forged = phoneSale("P-2", "500.00", "B-3", T0.plusSeconds(60));
        Lifecycle third = phoneSale("P-3", "300.00", "B-4", T0.plusSeconds(90));
        Lifecycle unknown = phoneSale("P-9", "300.00", "B-9", T0.plusSeconds(120));
        Lifecycle unclaimed = History.of(Item.of(ItemId.of("P-3"), Product.of("Acme", "X", Category.PHONE))).by(STAFF)
                .at(T0.plusSeconds(100)).id("P-3-9").soldNew().lifecycle();
        return Ledger.builder(SHOP, ReportingPeriod.ofYear(2025))
                .item(first.item()).item(second.item()).item(third.item())
                .events(first.events()).events(second.events()).events(third.events())
                .event(forged.events().get(0)) // the same event id again: refused, a claim
                .event(unclaimed.events().get(0)) // a second sale of P-3 new: refused, but no claim
                .event(unknown.events().get(0)) // an item never submitted: refused, a claim
                .unreadable(UnreadableRecord.ofLine("shop.jsonl", 7, "not JSON"))
                .build();
    }

    @Test
    void refusedClaimsCountWhetherTheReportKeptThemOrTheirLifecyclesCarryThem() {
        Ledger.Result read = refusedClaims();
        assertThat(read.report().rejected()).hasSize(3);
        Optional<LedgerReport> full = TradeInRule.claimReport(RetailerSubject.of(read.ledger()));
        assertThat(full).isPresent();
        assertThat(full.get().rejected()).extracting(e -> e.event().id().value()).containsExactlyInAnyOrder("P-2-1", "P-9-1");
        assertThat(full.get().unreadableCount()).isEqualTo(1);
        // a report that kept none of its rejections but the unknown item's: the refused claim comes from its lifecycle
        List<RejectedEvent> kept = new ArrayList<>();
        for (RejectedEvent e : read.report().rejected()) {
            if (e.reason() == RejectedEvent.Reason.UNKNOWN_ITEM) {
                kept.add(e);
            }
        }
        LedgerReport truncated = LedgerReport.of(read.report().accepted(), kept, read.report().rejectedByReason(),
                read.report().unreadable(), read.report().unreadableCount());
        assertThat(truncated.keepsEveryRejection()).isFalse();
        Ledger streamed = read.ledger().withReport(truncated);
        Optional<LedgerReport> fromLifecycles = TradeInRule.claimReport(RetailerSubject.of(streamed));
        assertThat(fromLifecycles.orElseThrow().rejected()).extracting(e -> e.event().id().value())
                .containsExactlyInAnyOrder("P-2-1", "P-9-1");
        assertThat(fromLifecycles.get().unreadableCount()).isEqualTo(1);
        Scorecard a = ComplianceEngine.create().score(RetailerSubject.of(read.ledger()), TradeInProgramme.pack(), AS_OF);
        Scorecard b = ComplianceEngine.create().score(RetailerSubject.of(streamed), TradeInProgramme.pack(), AS_OF);
        Finding integrity = a.finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        assertThat(integrity.measurement().numerator()).hasValue(3);
        assertThat(integrity.measurement().denominator()).hasValue(6);
        assertThat(b.finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow().measurement())
                .isEqualTo(integrity.measurement());
        // a ledger of validated lifecycles has no report
        assertThat(TradeInRule.claimReport(RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025),
                List.of(phoneSale("P-1", "300.00", "B-1", T0)))))).isEmpty();
    }

    @Test
    void recordIntegritySaysHowManyRejectionsItListed() {
        Ledger.Result read = refusedClaims();
        Finding one = ONE.score(RetailerSubject.of(read.ledger()), TradeInProgramme.pack(), AS_OF)
                .finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        assertThat(one.message()).startsWith("3 of 6 submitted claims and unreadable records (50 %) were rejected (")
                .contains("; 1 of 3 listed); the target");
        Finding all = ComplianceEngine.builder().evidenceLimit(10).build().score(RetailerSubject.of(read.ledger()),
                TradeInProgramme.pack(), AS_OF).finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        // the unreadable line has no event id to list
        assertThat(all.message()).contains("(1 unknown item, 1 duplicate event id, 1 unreadable; P-2-1 (duplicate event id),"
                + " P-9-1 (unknown item); 2 of 3 listed); the target");
        Lifecycle first = phoneSale("P-1", "300.00", "B-1", T0);
        Ledger.Result duplicate = Ledger.builder(SHOP, ReportingPeriod.ofYear(2025)).item(first.item()).events(first.events())
                .event(phoneSale("P-1", "500.00", "B-3", T0.plusSeconds(60)).events().get(0)).build();
        Finding every = ComplianceEngine.create().score(RetailerSubject.of(duplicate.ledger()), TradeInProgramme.pack(), AS_OF)
                .finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        assertThat(every.message()).startsWith("1 of 2 submitted claims and unreadable records (50 %) were rejected"
                + " (1 duplicate event id; P-1-1 (duplicate event id)); the target");
        Finding clean = ComplianceEngine.create().score(RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025),
                List.of(phoneSale("P-1", "300.00", "B-1", T0)))), TradeInProgramme.pack(), AS_OF)
                .finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        assertThat(clean.message()).startsWith("0 of 1 submitted claims and unreadable records (0 %) were rejected; the target");
    }

    @Test
    void perPersonCountsOnlyTheClaimsOfTheActPeriodAndHasItsOwnLimitForAirConditioners() {
        List<Lifecycle> sales = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SubsidyClaim ac = SubsidyClaim.of(ProgrammeCategory.AIR_CONDITIONER, cny("100.00"), cny("3000.00"),
                    BuyerReference.of("B-1"));
            Product p = Product.builder("Acme", "AC", Category.LARGE_APPLIANCE).efficiencyGrade(EfficiencyGrade.energy(1)).build();
            sales.add(History.of(Item.of(ItemId.of("AC-" + i), p)).by(STAFF).at(T0.plus(Duration.ofDays(i))).soldNew(ac)
                    .lifecycle());
        }
        // a phone claim of January 2025, before the programme's term, is not counted against the person
        sales.add(phoneSale("P-0", "100.00", "B-1", Instant.parse("2025-01-10T02:00:00Z")));
        sales.add(phoneSale("P-1", "100.00", "B-1", T0));
        Finding f = ComplianceEngine.create().score(RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025), sales)),
                TradeInProgramme.pack(), AS_OF).finding(TradeInProgramme.PER_PERSON).orElseThrow();
        assertThat(f.evidence().ids()).containsExactly("AC-3-1: buyer B-1, 4 air-conditioner claims, at most 3");
        assertThat(f.measurement().numerator()).hasValue(4);
        assertThat(f.measurement().denominator()).hasValue(5);
        Rule<TradeInSubject, TradeInClaim> two = TradeInRule.PER_PERSON.rule().withParameter(TradeInRule.AIR_CONDITIONERS, 2);
        Scorecard stricter = ComplianceEngine.create().score(RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025), sales)),
                TradeInProgramme.pack().withRule(two), AS_OF);
        assertThat(stricter.finding(TradeInProgramme.PER_PERSON).orElseThrow().evidence().ids())
                .containsExactly("AC-2-1: buyer B-1, 4 air-conditioner claims, at most 2", "AC-3-1: buyer B-1, 4 air-conditioner"
                        + " claims, at most 2");
    }
}
