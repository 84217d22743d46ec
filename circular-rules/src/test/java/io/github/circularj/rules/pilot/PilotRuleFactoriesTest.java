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
    void everyEnterpriseRuleDeclarationBuildsThePacksRule() {
        Map<RuleId, Supplier<Rule<EnterpriseSubject, io.github.circularj.model.lifecycle.Lifecycle>>> factories =
                new java.util.LinkedHashMap<>();
        for (EnterpriseRule r : EnterpriseRule.values()) {
            factories.put(r.id(), r::rule);
        }
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
                Map.entry(SecondhandPilot.CITY_ELV_RECOVERY, CityRules::vehicleRecovery),
                Map.entry(SecondhandPilot.CITY_COLLECTION_NETWORK, CityRules::collectionNetwork),
                Map.entry(SecondhandPilot.CITY_STANDARD_MARKETS, CityRules::standardMarkets),
                Map.entry(SecondhandPilot.CITY_ERASURE_CAPACITY, CityRules::erasureCapacity));
        assertBuildsThePacksRule(SecondhandPilot.cityPack(), factories);
        assertBuildsThePacksRule(CityRules.pack(), factories);
    }
}
