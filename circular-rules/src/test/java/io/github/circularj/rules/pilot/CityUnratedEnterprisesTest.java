package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.ENGINE;
import static io.github.circularj.rules.pilot.PilotFixtures.EXAMPLE_CITY;
import static io.github.circularj.rules.pilot.PilotFixtures.PERIOD;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Scorecard;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city's enterprise rules count only rated enterprises: an enterprise with no accepted record weighs nothing in
 * the mean score and is not in the compliant share. And two city messages: the collection network's, and a growth
 * of exactly zero.
 */
class CityUnratedEnterprisesTest {

    private static final Enterprise EMPTY = PilotFixtures.enterprise(PilotFixtures.code("91330100MA27XK107"),
            "Example Empty Trading Co.", EnterpriseRole.DEALER);

    private static Scorecard city(List<EnterpriseSubject> enterprises, CityStatistics statistics) {
        CitySubject city = CitySubject.score(EXAMPLE_CITY, enterprises, SecondhandPilot.enterprisePack(), ENGINE,
                CityPackTest.MID_2026, statistics);
        return ENGINE.score(city, SecondhandPilot.cityPack(), CityPackTest.MID_2026);
    }

    @Test
    void anUnratedEnterpriseWeighsNothingAndIsNotCounted() {
        List<EnterpriseSubject> rated = CityPackTest.enterprises();
        List<EnterpriseSubject> withEmpty = new ArrayList<>(rated);
        withEmpty.add(EnterpriseSubject.of(EMPTY, THREE_YEARS, Ledger.of(EMPTY, PERIOD, List.of())));
        Scorecard without = city(rated, CityStatistics.none());
        Scorecard with = city(withEmpty, CityStatistics.none());
        Finding mean = with.finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE).orElseThrow();
        assertThat(mean.measurement()).isEqualTo(without.finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE).orElseThrow()
                .measurement());
        Finding share = with.finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE).orElseThrow();
        assertThat(share.measurement().denominator()).hasValue(2);
        assertThat(share.measurement()).isEqualTo(without.finding(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE)
                .orElseThrow().measurement());
    }

    @Test
    void theCollectionNetworksMessageAndAGrowthOfZero() {
        CityStatistics s = CityStatistics.builder().collectionNetwork(60, 100_000).collectionNetworkTarget(8.0)
                .usedCarTransactions(Year.of(2023), 1000.0).usedCarTransactions(Year.of(2026), 1000.0).build();
        Scorecard card = city(CityPackTest.enterprises(), s);
        assertThat(card.finding(SecondhandPilot.CITY_COLLECTION_NETWORK).orElseThrow().message())
                .startsWith("recycling points per 10,000 households reach 75 % of the city's own target");
        assertThat(card.finding(SecondhandPilot.CITY_USED_CAR_GROWTH).orElseThrow().message()).contains("changed by +0 %");
        CityStatistics fall = CityStatistics.builder().usedCarTransactions(Year.of(2023), 1000.0)
                .usedCarTransactions(Year.of(2026), 900.0).build();
        assertThat(city(CityPackTest.enterprises(), fall).finding(SecondhandPilot.CITY_USED_CAR_GROWTH).orElseThrow().message())
                .contains("changed by -10 %");
    }
}
