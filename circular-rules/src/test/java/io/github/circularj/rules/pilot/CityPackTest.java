package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.DEALER;
import static io.github.circularj.rules.pilot.PilotFixtures.ENGINE;
import static io.github.circularj.rules.pilot.PilotFixtures.EXAMPLE_CITY;
import static io.github.circularj.rules.pilot.PilotFixtures.PERIOD;
import static io.github.circularj.rules.pilot.PilotFixtures.THREE_YEARS;
import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The city pack on a city with complete statistics, with none, and its pro-rated targets. */
class CityPackTest {

    static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);
    static final Enterprise SECOND_DEALER = PilotFixtures.enterprise(PilotFixtures.code("91330100MA27XK106"),
            "Example Second Trading Co.", EnterpriseRole.DEALER);

    /** A: three compliant phone sales (score 100). B: two sales, one intake unverified (capped). */
    static List<EnterpriseSubject> enterprises() {
        EnterpriseSubject a = EnterpriseSubject.of(DEALER, THREE_YEARS, Ledger.of(DEALER, PERIOD,
                List.of(goodPhone("A1").build(), goodPhone("A2").build(), goodPhone("A3").build())));
        EnterpriseSubject b = EnterpriseSubject.of(SECOND_DEALER, THREE_YEARS, Ledger.of(SECOND_DEALER, PERIOD,
                List.of(goodPhone("B1").build(), history("B2", Category.PHONE).collectedUnverified().inspected().erased()
                        .listed().sold().build())));
        return List.of(a, b);
    }

    static CityStatistics complete() {
        return CityStatistics.builder()
                .transactionValue(Year.of(2025), 100.0).transactionValue(Year.of(2026), 115.0)
                .applianceRecovery(Year.of(2023), 1000.0).applianceRecovery(Year.of(2026), 1200.0)
                .usedCarTransactions(Year.of(2023), 1000.0).usedCarTransactions(Year.of(2026), 1400.0)
                .vehicleRecovery(Year.of(2023), 1000.0).vehicleRecovery(Year.of(2026), 1800.0)
                .collectionNetwork(120, 100_000).collectionNetworkTarget(10.0)
                .standardMarkets(2)
                .electronicsRecyclers(4, 3)
                .build();
    }

    static Scorecard scoreCity(CityStatistics statistics, LocalDate asOf) {
        CitySubject city = CitySubject.score(EXAMPLE_CITY, enterprises(), SecondhandPilot.enterprisePack(), ENGINE, asOf, statistics);
        return ENGINE.score(city, SecondhandPilot.cityPack(), asOf);
    }

    static Finding finding(Scorecard card, RuleId rule) {
        return card.finding(rule).orElseThrow();
    }

    @Test
    void scoringTheCityRescoresItsEnterprisesAndWeighsThemBySales() {
        CitySubject city = CitySubject.score(EXAMPLE_CITY, enterprises(), SecondhandPilot.enterprisePack(), ENGINE, MID_2026,
                complete());

        assertThat(city.results()).extracting(EnterpriseResult::volume).containsExactly(3.0, 2.0);
        assertThat(city.results().get(0).scorecard().score()).isEqualTo(100.0);
        // B: traceability 4 of 5 counted rules met (weight 25; RECORD-INTEGRITY is met: nothing was rejected),
        // data security, disclosure and circularity met (20 + 20 + 5); the other criteria have nothing in
        // scope: (20 + 45) / 70.
        assertThat(city.results().get(1).scorecard().score()).isCloseTo(100.0 * 65 / 70.0, within(1e-9));
        assertThat(city.results().get(1).scorecard().band()).isEqualTo(Band.NON_COMPLIANT);
    }

    @Test
    void aCityWithCompleteStatisticsIsScoredOnEveryRuleInForce() {
        Scorecard card = scoreCity(complete(), MID_2026);

        double bScore = 100.0 * 65 / 70.0;
        Finding mean = finding(card, SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE);
        assertThat(mean.measurement().value().getAsDouble()).isCloseTo((3 * 100.0 + 2 * bScore) / 5, within(1e-9));
        assertThat(mean.outcome()).isEqualTo(Outcome.MET);
        Finding share = finding(card, SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE);
        assertThat(share.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(share.message()).startsWith("1 of 2 rated pilot enterprises (50 %) were below COMPLIANT (enterprise "
                + SECOND_DEALER.creditCode() + ")");
        assertThat(finding(card, SecondhandPilot.CITY_MARKET_GROWTH).measurement().value().getAsDouble())
                .isCloseTo(15.0, within(1e-9));
        assertThat(finding(card, SecondhandPilot.CITY_MARKET_GROWTH).outcome()).isEqualTo(Outcome.MET);
        Finding appliances = finding(card, SecondhandPilot.CITY_APPLIANCE_RECOVERY);
        assertThat(appliances.measurement().value().getAsDouble()).isCloseTo(20.0, within(1e-9));
        assertThat(appliances.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(finding(card, SecondhandPilot.CITY_USED_CAR_GROWTH).outcome()).isEqualTo(Outcome.MET);
        // Scrapped vehicles: +80 % in 2026 against the straight line between +50 % (2025) and twice 2023 (2027): +75 %.
        Finding vehicles = finding(card, SecondhandPilot.CITY_ELV_RECOVERY);
        assertThat(vehicles.measurement().value().getAsDouble()).isCloseTo(80.0, within(1e-9));
        assertThat(vehicles.target()).hasValue(io.github.circularj.rules.Target.atLeast(75, io.github.circularj.rules.Unit.PERCENT));
        assertThat(vehicles.citation().basis()).isEqualTo(io.github.circularj.rules.Basis.LIBRARY_DEFAULT);
        assertThat(vehicles.outcome()).isEqualTo(Outcome.MET);
        assertThat(finding(card, SecondhandPilot.CITY_COLLECTION_NETWORK).outcome()).isEqualTo(Outcome.MET);
        assertThat(finding(card, SecondhandPilot.CITY_STANDARD_MARKETS).outcome()).isEqualTo(Outcome.MET);
        assertThat(finding(card, SecondhandPilot.CITY_ERASURE_CAPACITY).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        // Enterprise compliance 1 of 2 (weight 40), market development 3 of 4 (30), infrastructure 2 of 2 (30).
        assertThat(card.score()).isCloseTo(40 * 0.5 + 30 * 3.0 / 4.0 + 30, within(1e-9));
        assertThat(card.band()).isEqualTo(Band.NEEDS_IMPROVEMENT);
    }

    @Test
    void theErasureCapacityRuleJudgesTheRecyclersFrom2027() {
        CityStatistics statistics = CityStatistics.builder().electronicsRecyclers(4, 3).build();
        CitySubject city = CitySubject.of(EXAMPLE_CITY, List.of(), statistics);

        Finding f = ENGINE.score(city, SecondhandPilot.cityPack(), LocalDate.of(2027, 3, 1))
                .finding(SecondhandPilot.CITY_ERASURE_CAPACITY).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.message()).startsWith("1 of 4 recyclers of electronics (25 %) do not erase data to the standard");
    }

    @Test
    void missingStatisticsAreInsufficientEvidenceNeverAZeroOrAHundred() {
        Scorecard card = scoreCity(CityStatistics.none(), MID_2026);

        for (RuleId rule : List.of(SecondhandPilot.CITY_MARKET_GROWTH, SecondhandPilot.CITY_APPLIANCE_RECOVERY,
                SecondhandPilot.CITY_ELV_RECOVERY,
                SecondhandPilot.CITY_USED_CAR_GROWTH, SecondhandPilot.CITY_STANDARD_MARKETS)) {
            assertThat(finding(card, rule).outcome()).as(rule.value()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        }
        assertThat(finding(card, SecondhandPilot.CITY_MARKET_GROWTH).message())
                .contains("insufficient evidence, secondhand transaction value for 2026 not supplied");
        assertThat(finding(card, SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aMissingBaselineIsInsufficientEvidenceAndSaysWhichYear() {
        CityStatistics statistics = CityStatistics.builder().applianceRecovery(Year.of(2026), 1200.0).build();

        Finding f = finding(scoreCity(statistics, MID_2026), SecondhandPilot.CITY_APPLIANCE_RECOVERY);

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(f.message()).contains("waste-appliance recovery volume for 2023 not supplied");
    }

    @Test
    void theCollectionNetworkIsNotJudgedUntilTheCityHasSetItsTarget() {
        CityStatistics noTarget = CityStatistics.builder().collectionNetwork(120, 100_000).build();
        CityStatistics targetOnly = CityStatistics.builder().collectionNetworkTarget(10.0).build();

        assertThat(finding(scoreCity(noTarget, MID_2026), SecondhandPilot.CITY_COLLECTION_NETWORK).outcome())
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(finding(scoreCity(targetOnly, MID_2026), SecondhandPilot.CITY_COLLECTION_NETWORK).outcome())
                .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void applianceRecoveryIsProRatedToPlus22AndAHalfPercentIn2026AndTheFindingSaysSo() {
        Finding f = finding(scoreCity(complete(), MID_2026), SecondhandPilot.CITY_APPLIANCE_RECOVERY);

        assertThat(f.target()).contains(Target.atLeast(22.5, Unit.PERCENT));
        assertThat(f.message()).contains("changed by +20 % against 2023; the target is at least 22.5 %")
                .contains("this library's straight line from the 2023 baseline");
    }

    @Test
    void theYearlyTargetsFollowTheReferenceDeadlines() {
        var appliances = SecondhandPilot.cityPack().rule(SecondhandPilot.CITY_APPLIANCE_RECOVERY).orElseThrow();
        var usedCars = SecondhandPilot.cityPack().rule(SecondhandPilot.CITY_USED_CAR_GROWTH).orElseThrow();

        assertThat(List.of(2024, 2025, 2026, 2027, 2030)).extracting(y -> threshold(appliances.termAsOf(LocalDate.of(y, 6, 1))
                .orElseThrow())).containsExactly(7.5, 15.0, 22.5, 30.0, 30.0);
        assertThat(List.of(2024, 2025, 2026, 2027)).extracting(y -> threshold(usedCars.termAsOf(LocalDate.of(y, 6, 1))
                .orElseThrow())).containsExactly(11.25, 22.5, 33.75, 45.0);
        assertThat(usedCars.termAsOf(LocalDate.of(2026, 6, 1)).orElseThrow().citation().orElseThrow().article())
                .contains("this library's straight line from the 2023 baseline");
        assertThat(appliances.termAsOf(LocalDate.of(2025, 6, 1)).orElseThrow().citation().orElseThrow().article())
                .doesNotContain("pro-rated");
    }

    private static double threshold(Term term) {
        return term.target().threshold();
    }

    @Test
    void statisticsRefuseNegativeValuesAndMoreCompliantRecyclersThanRecyclers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CityStatistics.builder().transactionValue(Year.of(2026), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transactionValue of 2026 \"-1.0\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CityStatistics.builder().electronicsRecyclers(2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds electronicsRecyclers \"2\"");
    }
}
