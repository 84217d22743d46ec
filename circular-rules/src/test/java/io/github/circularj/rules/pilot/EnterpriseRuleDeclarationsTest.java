package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.AUCTIONEER;
import static io.github.circularj.rules.pilot.PilotFixtures.DEALER;
import static io.github.circularj.rules.pilot.PilotFixtures.PLATFORM;
import static io.github.circularj.rules.pilot.PilotFixtures.PROCESSOR;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static io.github.circularj.rules.pilot.PilotFixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.blocks.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The declarations of {@link EnterpriseRule} read directly: which records each scope holds, how SRC-RETENTION
 * reads a profile by role, which refused events SRC-PROHIBITED judges, and how an offending item is named.
 */
class EnterpriseRuleDeclarationsTest {

    private static final LocalDate AS_OF = PilotFixtures.AS_OF;

    private static Parameters parameters(EnterpriseRule r, String scope) {
        Rule<EnterpriseSubject, Lifecycle> rule = SecondhandPilot.enterprisePack().rule(r.id()).orElseThrow();
        return Parameters.of(rule.parameters(), AS_OF).forScope(scope);
    }

    private static Lifecycle item(String id, Category category) {
        return history(id, category).collected().build();
    }

    @Test
    void electricalProductsAreTheCataloguesTheDataHoldingAndEverythingUnderElectronicsOrAppliance() {
        // "used electrical and electronic products" (旧电器电子产品流通管理办法)
        assertThat(Judgements.electrical(Category.TELEVISION)).as("WEEE").isTrue();
        assertThat(Judgements.electrical(Category.WEARABLE)).as("holds data, not WEEE").isTrue();
        assertThat(Judgements.electrical(Category.SMALL_APPLIANCE)).as("an appliance, not WEEE").isTrue();
        assertThat(Judgements.electrical(Category.custom("electronics/drone", "Drone").build())).isTrue();
        assertThat(Judgements.electrical(Category.custom("appliance/kettle", "Kettle").build())).isTrue();
        assertThat(Judgements.electrical(Category.custom("electronicsx", "Not electronics").build())).isFalse();
        assertThat(Judgements.electrical(Category.FURNITURE)).isFalse();
        assertThat(Judgements.electrical(Category.PASSENGER_CAR)).isFalse();
    }

    @Test
    void eachScopeHoldsItsRecordsAndOtherGoodsTheRest() {
        EnterpriseSubject dealer = subject(DEALER, THREE_YEARS);
        EnterpriseSubject pawnshop = subject(PilotFixtures.enterprise(PilotFixtures.code("91330100MA27XK106"), "Example Pawn Co.",
                io.github.circularj.model.party.EnterpriseRole.PAWNSHOP), THREE_YEARS);
        Lifecycle phone = item("P1", Category.PHONE);
        Lifecycle car = item("C1", Category.PASSENGER_CAR);
        Lifecycle sofa = item("F1", Category.FURNITURE);
        Lifecycle refurbishedSofa = history("F2", Category.FURNITURE).collected().refurbished().build();

        Predicate<Lifecycle> statutory = EnterpriseRule.SRC_REGISTRATION.scope(EnterpriseRule.STATUTORY_INTAKES, dealer);
        assertThat(List.of(phone, car, sofa)).map(statutory::test).containsExactly(true, true, false);
        assertThat(EnterpriseRule.SRC_REGISTRATION.scope(EnterpriseRule.OTHER_GOODS, dealer).test(sofa)).isTrue();
        assertThat(EnterpriseRule.SRC_REGISTRATION.scope(EnterpriseRule.STATUTORY_INTAKES, pawnshop).test(sofa))
                .as("every intake of a pawnshop").isTrue();

        Predicate<Lifecycle> labelled = EnterpriseRule.DISC_SECONDHAND_LABEL.scope(EnterpriseRule.ELECTRICAL_OR_REFURBISHED, dealer);
        assertThat(List.of(phone, car, sofa, refurbishedSofa)).map(labelled::test).containsExactly(true, false, false, true);

        EnterpriseRule w = EnterpriseRule.WARRANTY_REFURB;
        assertThat(List.of(phone, car, sofa)).map(w.scope(EnterpriseRule.ELECTRICAL, dealer)::test).containsExactly(true, false, false);
        assertThat(List.of(phone, car, sofa)).map(w.scope(EnterpriseRule.VEHICLES, dealer)::test).containsExactly(false, true, false);
        assertThat(List.of(phone, car, sofa)).map(w.scope(EnterpriseRule.OTHER_GOODS, dealer)::test).containsExactly(false, false, true);
    }

    @Test
    void anUnknownScopeIsRefusedByName() {
        EnterpriseSubject dealer = subject(DEALER, THREE_YEARS);
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseRule.SRC_REGISTRATION.scope("pets", dealer))
                .withMessage("rule SRC-REGISTRATION: scope \"pets\" is unknown; its scopes are \"" + EnterpriseRule.STATUTORY_INTAKES
                        + "\" and \"other goods\"");
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseRule.REUSE_RATE.judgement(dealer,
                        parameters(EnterpriseRule.REUSE_RATE, "pets")))
                .withMessage("rule REUSE-RATE has no scoped terms; scope \"pets\" is unknown");
    }

    @Test
    void aScopedJudgementCountsOnlyItsScope() {
        EnterpriseSubject dealer = subject(DEALER, THREE_YEARS);
        Lifecycle unverifiedSofa = history("F1", Category.FURNITURE).collectedUnverified().build();
        Function<Lifecycle, Tally> statutory = EnterpriseRule.SRC_REGISTRATION.judgement(dealer,
                parameters(EnterpriseRule.SRC_REGISTRATION, EnterpriseRule.STATUTORY_INTAKES));
        Function<Lifecycle, Tally> other = EnterpriseRule.SRC_REGISTRATION.judgement(dealer,
                parameters(EnterpriseRule.SRC_REGISTRATION, EnterpriseRule.OTHER_GOODS));
        Function<Lifecycle, Tally> all = EnterpriseRule.SRC_REGISTRATION.judgement(dealer,
                parameters(EnterpriseRule.SRC_REGISTRATION, ""));
        assertThat(statutory.apply(unverifiedSofa)).isEqualTo(Tally.NONE);
        assertThat(other.apply(unverifiedSofa)).isEqualTo(Tally.of(1, 0));
        assertThat(all.apply(unverifiedSofa)).isEqualTo(Tally.of(1, 0));
    }

    @Test
    void retentionIsJudgedInTheScopeOfTheEnterprisesRole() {
        EnterpriseProfile two = EnterpriseProfile.retainingRecordsFor(2);
        Map<String, EnterpriseSubject> byRole = Map.of("a platform", subject(PLATFORM, two), "a WEEE processor",
                subject(PROCESSOR, two), "an auctioneer", subject(AUCTIONEER, two), "an operator", subject(DEALER, two));
        byRole.forEach((who, s) -> {
            boolean statutory = !who.equals("an operator");
            Measurement inStatute = EnterpriseRule.retention(s, parameters(EnterpriseRule.SRC_RETENTION, EnterpriseRule.STATUTORY_KEEPERS));
            Measurement inOther = EnterpriseRule.retention(s, parameters(EnterpriseRule.SRC_RETENTION, EnterpriseRule.OTHER_OPERATORS));
            Measurement judged = statutory ? inStatute : inOther;
            assertThat((statutory ? inOther : inStatute).isNotApplicable()).as(who).isTrue();
            int required = who.equals("an auctioneer") ? 5 : 3;
            assertThat(judged.value()).as(who).hasValue(required - 2.0);
            assertThat(judged.reason()).isEqualTo("keeps records 2 years; " + required + " are required of " + who);
        });
        Measurement oneYear = EnterpriseRule.retention(subject(DEALER, EnterpriseProfile.retainingRecordsFor(1)),
                parameters(EnterpriseRule.SRC_RETENTION, EnterpriseRule.OTHER_OPERATORS));
        assertThat(oneYear.reason()).isEqualTo("keeps records 1 year; 3 are required of an operator");
        assertThat(EnterpriseRule.retention(subject(DEALER, THREE_YEARS), parameters(EnterpriseRule.SRC_RETENTION,
                EnterpriseRule.OTHER_OPERATORS)).value()).hasValue(0.0);
    }

    @Test
    void prohibitedTradeJudgesRefusedIntakesAndSalesButNotOtherRefusalsOrUnknownItems() {
        Lifecycle held = history("P3", Category.PHONE).collected().flagged(FlagReason.SEIZED).build();
        Sold sale = (Sold) goodPhone("P3").build().events().get(4);
        java.time.Instant after = held.events().get(1).at().plusSeconds(3600);
        LifecycleEvent refusedSale = new Sold(EventId.of("P3-sale"), held.itemId(), after, sale.actor(), sale.sale());
        LifecycleEvent refusedListing = history("P3", Category.PHONE).at(after).collected().listed().build().events().get(1);
        LifecycleEvent ghostSale = new Sold(EventId.of("G-sale"), ItemId.of("GHOST"), after, sale.actor(), sale.sale());
        Ledger.Result built = Ledger.builder(DEALER, PilotFixtures.PERIOD).item(held.item()).events(held.events())
                .event(refusedSale).event(refusedListing).event(ghostSale).build();
        Lifecycle carried = built.ledger().lifecycles().findFirst().orElseThrow();

        assertThat(built.report().rejected()).hasSize(3);
        assertThat(carried.refused()).extracting(r -> r.event()).containsExactlyInAnyOrder(refusedSale, refusedListing);
        assertThat(EnterpriseRule.refusedTrades(carried)).containsExactly(refusedSale);
        assertThat(EnterpriseRule.refusedTrades(goodPhone("P1").build())).isEmpty();
    }

    @Test
    void anOffendingItemOfDataErasureIsNamedWithWhatIsMissingAndAnyOtherByItsId() {
        EnterpriseSubject dealer = subject(DEALER, THREE_YEARS);
        Lifecycle unerased = history("P2", Category.PHONE).collected().listed().sold().build();
        Function<Lifecycle, String> erasure = EnterpriseRule.DATA_ERASURE.evidenceId(dealer, parameters(EnterpriseRule.DATA_ERASURE, ""));
        assertThat(erasure.apply(unerased)).startsWith("P2: no erasure since it was collected on ");
        assertThat(EnterpriseRule.SRC_PROVENANCE.evidenceId(dealer, parameters(EnterpriseRule.SRC_PROVENANCE, ""))
                .apply(unerased)).isEqualTo("P2");
    }

    @Test
    void theRulesDeclareTheirCriterionAndWhetherTheyJudgeItems() {
        assertThat(EnterpriseRule.SRC_REGISTRATION.criterion()).isEqualTo(SecondhandPilot.TRACEABILITY);
        assertThat(EnterpriseRule.DATA_ERASURE.criterion()).isEqualTo(SecondhandPilot.DATA_SECURITY);
        assertThat(EnterpriseRule.REUSE_RATE.criterion()).isEqualTo(SecondhandPilot.CIRCULARITY);
        assertThat(EnterpriseRule.values()).filteredOn(r -> !r.isPerItem())
                .containsExactly(EnterpriseRule.SRC_RETENTION, EnterpriseRule.RECORD_INTEGRITY);
        assertThat(EnterpriseRule.SRC_RETENTION.rule().isDatedByAct()).isFalse();
        assertThat(EnterpriseRule.RECORD_INTEGRITY.rule().isDatedByAct()).isFalse();
        assertThat(EnterpriseRule.DATA_ERASURE.rule().isDatedByAct()).isTrue();
    }
}
