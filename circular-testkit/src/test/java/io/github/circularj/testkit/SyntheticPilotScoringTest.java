package io.github.circularj.testkit;

import static io.github.circularj.testkit.CircularAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportSite;
import io.github.circularj.rules.report.ScorecardReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic pilot scored with the real built-in packs: what it plants, the packs find. */
class SyntheticPilotScoringTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static SyntheticPilot.Builder pilot() {
        return SyntheticPilot.builder().seed(7).cities(1).enterprisesPerCity(8).itemsPerEnterprise(400)
                .period(ReportingPeriod.ofYear(2026));
    }

    @Test
    void aFullyCompliantSyntheticPilotMeetsEveryApplicableEnterpriseRule() {
        SyntheticPilot clean = pilot().build();
        List<Scorecard> cards = ComplianceEngine.create()
                .scoreAll(clean.enterpriseSubjects(), SecondhandPilot.enterprisePack(), AS_OF);
        assertThat(cards).hasSize(8);
        for (Scorecard card : cards) {
            assertThat(card.findings()).allSatisfy(finding -> assertThat(finding.outcome())
                    .as("%s on %s: %s", finding.ruleId(), card.subjectName(), finding.message())
                    .isIn(Outcome.MET, Outcome.NOT_APPLICABLE));
        }
    }

    @Test
    void unerasedPhonesPlantedInTheDataAreFoundByTheDataErasureRule() {
        SyntheticPilot leaky = pilot().violationRate(Violation.DATA_ERASURE, 0.5).build();
        EnterpriseSubject dealer = leaky.enterpriseSubjects().get(0);
        Scorecard card = ComplianceEngine.create().score(dealer, SecondhandPilot.enterprisePack(), AS_OF);
        assertThat(card).hasFinding(SecondhandPilot.DATA_ERASURE).withOutcome(Outcome.NOT_MET);
        assertThat(card.finding(SecondhandPilot.DATA_ERASURE).orElseThrow().measurement().value().orElseThrow())
                .isBetween(0.35, 0.65);
    }

    @Test
    void citiesAreScoredFromTheirEnterprisesAndStatistics() {
        SyntheticPilot clean = pilot().build();
        List<CitySubject> cities = clean.citySubjects(SecondhandPilot.enterprisePack(), ComplianceEngine.create(), AS_OF);
        assertThat(cities).hasSize(1);
        assertThat(cities.get(0).results()).hasSize(8);
        Scorecard city = ComplianceEngine.create().score(cities.get(0), SecondhandPilot.cityPack(), AS_OF);
        assertThat(city.finding(SecondhandPilot.CITY_STANDARD_MARKETS)).isPresent();
        assertThat(city.finding(SecondhandPilot.CITY_MARKET_GROWTH).orElseThrow().outcome())
                .isNotEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void reportsOfTheSyntheticPilotAreStampedSyntheticByDefault() {
        SyntheticPilot clean = pilot().build();
        assertThat(clean.reportOptions().isSyntheticData()).isTrue();
        List<Scorecard> cards = ComplianceEngine.create()
                .scoreAll(clean.enterpriseSubjects(), SecondhandPilot.enterprisePack(), AS_OF);
        assertThat(ScorecardReport.of(cards.get(0), clean.reportOptions()).render(ReportFormat.TEXT))
                .contains("*** synthetic data ***");
        ReportSite site = clean.siteBuilder("Synthetic pilot").enterprises(cards).build();
        assertThat(site.options().isSyntheticData()).isTrue();
        assertThat(site.render()).allSatisfy((name, text) -> {
            if (name.endsWith(".html")) {
                assertThat(text).as(name).contains("<div class=\"stamp\">synthetic data</div>");
            }
        });
    }
}
