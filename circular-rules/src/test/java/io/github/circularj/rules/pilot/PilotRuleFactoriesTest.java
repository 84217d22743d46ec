package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each rule factory builds, afresh, the rule the pack holds under its id: same title, citation, scope
 * wording, weight and terms. The packs are built once, when the class loads; this test builds every
 * rule again so that each factory is checked on its own.
 */
class PilotRuleFactoriesTest {

    private static <S, T> void assertBuildsThePacksRule(RulePack<S, T> pack, Map<RuleId, Supplier<Rule<S, T>>> factories) {
        assertThat(factories.keySet()).containsExactlyInAnyOrderElementsOf(pack.rules().stream().map(Rule::id).toList());
        factories.forEach((id, factory) -> {
            Rule<S, T> fresh = factory.get();
            Rule<S, T> held = pack.rule(id).orElseThrow();
            assertThat(fresh.id()).isEqualTo(id);
            assertThat(fresh.title()).as("title of %s", id).isEqualTo(held.title());
            assertThat(fresh.citation()).as("citation of %s", id).isEqualTo(held.citation());
            assertThat(fresh.appliesTo()).as("scope of %s", id).isEqualTo(held.appliesTo());
            assertThat(fresh.weight()).as("weight of %s", id).isEqualTo(held.weight());
            assertThat(fresh.terms()).as("terms of %s", id).isEqualTo(held.terms());
        });
    }

    @Test
    void everyEnterpriseRuleFactoryBuildsThePacksRule() {
        Map<RuleId, Supplier<Rule<EnterpriseSubject, io.github.circularj.model.lifecycle.Lifecycle>>> factories = Map.ofEntries(
                Map.entry(SecondhandPilot.SRC_REGISTRATION, SecondhandPilot::registration),
                Map.entry(SecondhandPilot.SRC_PROVENANCE, SecondhandPilot::provenance),
                Map.entry(SecondhandPilot.SRC_RETENTION, SecondhandPilot::retention),
                Map.entry(SecondhandPilot.SRC_PROHIBITED, SecondhandPilot::prohibited),
                Map.entry(SecondhandPilot.SRC_POLICE_REPORT, () -> SecondhandPilot.policeReport(Judgements.POLICE_REPORT_WINDOW)),
                Map.entry(SecondhandPilot.DATA_ERASURE, SecondhandPilot::erasure),
                Map.entry(SecondhandPilot.DATA_ERASURE_METHOD, SecondhandPilot::erasureMethod),
                Map.entry(SecondhandPilot.DISC_SECONDHAND_LABEL, SecondhandPilot::secondhandLabel),
                Map.entry(SecondhandPilot.DISC_CONDITION, SecondhandPilot::condition),
                Map.entry(SecondhandPilot.DISC_REPAIR_HISTORY, SecondhandPilot::repairHistory),
                Map.entry(SecondhandPilot.DISC_VEHICLE_HISTORY, SecondhandPilot::vehicleHistory),
                Map.entry(SecondhandPilot.RETURN_7DAY, SecondhandPilot::sevenDayReturn),
                Map.entry(SecondhandPilot.REFUND_7DAY, SecondhandPilot::sevenDayRefund),
                Map.entry(SecondhandPilot.WARRANTY_REFURB, SecondhandPilot::refurbishedWarranty),
                Map.entry(SecondhandPilot.CAR_TRANSFER_30D, SecondhandPilot::carTransfer),
                Map.entry(SecondhandPilot.WEEE_HANDOVER, SecondhandPilot::weeeHandover),
                Map.entry(SecondhandPilot.ELV_HANDOVER, SecondhandPilot::elvHandover),
                Map.entry(SecondhandPilot.REUSE_RATE, SecondhandPilot::reuse));
        assertBuildsThePacksRule(SecondhandPilot.enterprisePack(), factories);
    }

    @Test
    void everyCityRuleFactoryBuildsThePacksRule() {
        Map<RuleId, Supplier<Rule<CitySubject, EnterpriseResult>>> factories = Map.ofEntries(
                Map.entry(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE, CityRules::enterpriseCompliance),
                Map.entry(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE, CityRules::compliantShare),
                Map.entry(SecondhandPilot.CITY_MARKET_GROWTH, CityRules::marketGrowth),
                Map.entry(SecondhandPilot.CITY_APPLIANCE_RECOVERY, CityRules::applianceRecovery),
                Map.entry(SecondhandPilot.CITY_USED_CAR_GROWTH, CityRules::usedCarGrowth),
                Map.entry(SecondhandPilot.CITY_COLLECTION_NETWORK, CityRules::collectionNetwork),
                Map.entry(SecondhandPilot.CITY_STANDARD_MARKETS, CityRules::standardMarkets),
                Map.entry(SecondhandPilot.CITY_ERASURE_CAPACITY, CityRules::erasureCapacity));
        assertBuildsThePacksRule(SecondhandPilot.cityPack(), factories);
        assertBuildsThePacksRule(CityRules.pack(), factories);
    }
}
