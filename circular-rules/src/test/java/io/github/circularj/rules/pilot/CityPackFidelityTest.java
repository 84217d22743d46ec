package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.ENGINE;
import static io.github.circularj.rules.pilot.PilotFixtures.EXAMPLE_CITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Criterion;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The city pack against the wording of the project's policy reference ("City indicators"): published
 * targets are POLICY_TARGET for their end years and the years between a straight line (LIBRARY_DEFAULT);
 * CITY-MARKET-GROWTH is "a benchmark from past national growth, not a target"; CITY-STANDARD-MARKETS is "a
 * LIBRARY_DEFAULT number on a STANDARD"; CITY-ENTERPRISE-COMPLIANCE is "none published: the citation must say
 * 'library default' and cite no document as if it set the number"; CITY-ELV-RECOVERY is "+50 % by 2025; ×2 by
 * 2027" against 2023. The expected numbers are the reference's, not the code's.
 */
class CityPackFidelityTest {

    private static final String TRADE_IN_PLAN = "商消费发〔2024〕58号";
    private static final String RECYCLING_PLAN = "商流通发〔2024〕18号";

    private static Rule<CitySubject, EnterpriseResult> rule(RuleId id) {
        return SecondhandPilot.cityPack().rule(id).orElseThrow();
    }

    private static Term term(RuleId id, int year) {
        return rule(id).termAsOf(LocalDate.of(year, 7, 1)).orElseThrow();
    }

    private static Citation citation(RuleId id, int year) {
        return term(id, year).citation().orElse(rule(id).citation());
    }

    private static List<String> titles(Citation c) {
        return c.sources().stream().map(Citation.Source::title).toList();
    }

    // ---- published end years and straight-line years between ----

    /** rule, year, target in percent over 2023, basis of every source of the term's citation. */
    @ParameterizedTest(name = "{0} {1}: +{2} % ({3})")
    @CsvSource({
        // waste appliances: +15 % by 2025; +30 % by 2027 (POLICY_TARGET); the years between by straight line
        "CITY-APPLIANCE-RECOVERY, 2024, 7.5, LIBRARY_DEFAULT",
        "CITY-APPLIANCE-RECOVERY, 2025, 15, POLICY_TARGET",
        "CITY-APPLIANCE-RECOVERY, 2026, 22.5, LIBRARY_DEFAULT",
        "CITY-APPLIANCE-RECOVERY, 2027, 30, POLICY_TARGET",
        "CITY-APPLIANCE-RECOVERY, 2031, 30, POLICY_TARGET",
        // used cars: +45 % by 2027 (POLICY_TARGET); the years before pro rata
        "CITY-USED-CAR-GROWTH, 2024, 11.25, LIBRARY_DEFAULT",
        "CITY-USED-CAR-GROWTH, 2025, 22.5, LIBRARY_DEFAULT",
        "CITY-USED-CAR-GROWTH, 2026, 33.75, LIBRARY_DEFAULT",
        "CITY-USED-CAR-GROWTH, 2027, 45, POLICY_TARGET",
        // scrapped vehicles: +50 % by 2025; x2 (+100 %) by 2027 (POLICY_TARGET); the years between by straight line
        "CITY-ELV-RECOVERY, 2024, 25, LIBRARY_DEFAULT",
        "CITY-ELV-RECOVERY, 2025, 50, POLICY_TARGET",
        "CITY-ELV-RECOVERY, 2026, 75, LIBRARY_DEFAULT",
        "CITY-ELV-RECOVERY, 2027, 100, POLICY_TARGET",
        "CITY-ELV-RECOVERY, 2031, 100, POLICY_TARGET",
    })
    void publishedYearsArePolicyTargetsAndTheYearsBetweenLibraryDefaults(String id, int year, double percent, Basis basis) {
        Term term = term(RuleId.of(id), year);
        Citation c = citation(RuleId.of(id), year);

        assertThat(term.target()).isEqualTo(Target.atLeast(percent, Unit.PERCENT));
        assertThat(term.mandatory()).isFalse();
        assertThat(c.sources()).extracting(Citation.Source::basis).containsOnly(basis);
        // Either way the citation names the documents the published end points come from.
        assertThat(titles(c)).containsExactlyElementsOf(titles(rule(RuleId.of(id)).citation()));
        if (basis == Basis.LIBRARY_DEFAULT) {
            assertThat(c.article()).contains("this library's straight-line interpolation between the published targets",
                    "not a published target");
            assertThat(c.toString()).endsWith("threshold a library default");
        } else {
            assertThat(c.article()).contains("by " + Math.min(year, 2027)).doesNotContain("interpolation");
        }
    }

    @Test
    void applianceRecoveryCitesItsTwoNoticesAsTwoSourcesInEveryTerm() {
        for (int year = 2024; year <= 2027; year++) {
            assertThat(titles(citation(SecondhandPilot.CITY_APPLIANCE_RECOVERY, year))).as("%d", year)
                    .containsExactly(TRADE_IN_PLAN, RECYCLING_PLAN);
        }
        assertThat(titles(rule(SecondhandPilot.CITY_USED_CAR_GROWTH).citation())).containsExactly(TRADE_IN_PLAN);
        assertThat(titles(rule(SecondhandPilot.CITY_ELV_RECOVERY).citation())).containsExactly(TRADE_IN_PLAN);
    }

    @Test
    void thePolicyDocumentsWhoseArticlesWereNotVerifiedSaySoAndNoCitySourceNamesAnArticleNumber() {
        for (Rule<CitySubject, EnterpriseResult> r : SecondhandPilot.cityPack().rules()) {
            List<Citation> all = new java.util.ArrayList<>(List.of(r.citation()));
            r.terms().forEach(t -> t.citation().ifPresent(all::add));
            for (Citation c : all) {
                for (Citation.Source s : c.sources()) {
                    assertThat(s.article()).as("%s %s", r.id(), s.title()).doesNotContainPattern("Art\\.|第.+条");
                }
            }
            // The rule's own citation and every published target name the documents without a verified article.
            List<Citation> stated = new java.util.ArrayList<>(List.of(r.citation()));
            r.terms().stream().flatMap(t -> t.citation().stream()).filter(c -> c.basis() == Basis.POLICY_TARGET)
                    .forEach(stated::add);
            stated.stream().flatMap(c -> c.sources().stream())
                    .filter(s -> s.title().equals(TRADE_IN_PLAN) || s.title().equals(RECYCLING_PLAN))
                    .forEach(s -> assertThat(s.article()).as("%s %s", r.id(), s.title()).contains("article not verified"));
        }
        assertThat(rule(SecondhandPilot.CITY_COLLECTION_NETWORK).citation().article()).contains("article not verified");
        assertThat(citation(SecondhandPilot.CITY_ELV_RECOVERY, 2025).article()).isEqualTo("+50 % by 2025 against 2023 (article not verified)");
    }

    // ---- benchmarks and defaults ----

    @Test
    void marketGrowthIsALibraryBenchmarkFromPastNationalGrowthNotATarget() {
        Rule<CitySubject, EnterpriseResult> growth = rule(SecondhandPilot.CITY_MARKET_GROWTH);
        Term term = growth.termAsOf(LocalDate.of(2026, 7, 1)).orElseThrow();
        Citation c = term.citation().orElse(growth.citation());

        assertThat(term.target()).isEqualTo(Target.atLeast(12, Unit.PERCENT));
        assertThat(c.sources()).extracting(Citation.Source::basis).containsOnly(Basis.LIBRARY_DEFAULT)
                .doesNotContain(Basis.POLICY_TARGET);
        assertThat(c.toString()).contains("benchmark from past national growth, not a published target")
                .contains("RMB 1.69 trillion in 2024", "+28 %");
        assertThat(c.title()).contains("MOFCOM figures, 2025");
    }

    @Test
    void theStandardMarketsCountIsALibraryDefaultOnAStandard() {
        Rule<CitySubject, EnterpriseResult> markets = rule(SecondhandPilot.CITY_STANDARD_MARKETS);
        Term term = markets.termAsOf(LocalDate.of(2026, 7, 1)).orElseThrow();

        // The duty: operate to the standard (STANDARD).
        assertThat(markets.citation().title()).isEqualTo("GB/T 33492-2024 二手货交易市场经营管理规范");
        assertThat(markets.citation().basis()).isEqualTo(Basis.STANDARD);
        // The number: at least 1 such market (LIBRARY_DEFAULT), cited on the same standard.
        assertThat(term.target()).isEqualTo(Target.atLeast(1, Unit.COUNT));
        Citation number = term.citation().orElseThrow();
        assertThat(number.title()).isEqualTo("GB/T 33492-2024 二手货交易市场经营管理规范");
        assertThat(number.basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
        assertThat(number.article()).contains("library's default");
    }

    @Test
    void theEnterpriseComplianceThresholdsSayLibraryDefaultAndCiteNoDocument() {
        for (RuleId id : List.of(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE, SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE)) {
            Citation c = citation(id, 2026);
            assertThat(c.sources()).as(id.value()).noneMatch(Citation.Source::isDocument)
                    .allMatch(s -> s.basis() == Basis.LIBRARY_DEFAULT);
            assertThat(titles(c)).as(id.value()).doesNotContain(SecondhandPilot.PILOT_WORK_PLAN, TRADE_IN_PLAN, RECYCLING_PLAN);
            assertThat(c.toString()).as(id.value()).startsWith("Circular library default: none published");
        }
        assertThat(term(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE, 2026).target()).isEqualTo(Target.atLeast(75, Unit.NUMBER));
        assertThat(term(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE, 2026).target()).isEqualTo(Target.atLeast(0.8, Unit.SHARE));
        assertThat(citation(SecondhandPilot.CITY_ENTERPRISE_COMPLIANCE, 2026).article()).contains("75");
        assertThat(citation(SecondhandPilot.CITY_ENTERPRISE_COMPLIANT_SHARE, 2026).article()).contains("80 %");
    }

    // ---- CITY-ELV-RECOVERY, scored ----

    private static Finding vehicles(CityStatistics statistics, LocalDate asOf) {
        Scorecard card = ENGINE.score(CitySubject.of(EXAMPLE_CITY, List.of(), statistics), SecondhandPilot.cityPack(), asOf);
        return card.finding(SecondhandPilot.CITY_ELV_RECOVERY).orElseThrow();
    }

    private static CityStatistics recovered(int year, double volume) {
        return CityStatistics.builder().vehicleRecovery(Year.of(2023), 1000).vehicleRecovery(Year.of(year), volume).build();
    }

    @Test
    void scrappedVehiclesMustGrowByHalfBy2025AgainstTheirPolicyTarget() {
        Finding met = vehicles(recovered(2025, 1500), LocalDate.of(2025, 12, 31));
        Finding short1 = vehicles(recovered(2025, 1499), LocalDate.of(2025, 12, 31));

        assertThat(met.outcome()).isEqualTo(Outcome.MET);
        assertThat(met.measurement().value().getAsDouble()).isEqualTo(50.0);
        assertThat(met.citation().basis()).isEqualTo(Basis.POLICY_TARGET);
        assertThat(short1.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(short1.message()).contains("scrapped-vehicle recovery volume changed by +49.9 % against 2023")
                .contains("at least 50 %");
    }

    @Test
    void scrappedVehiclesMustDoubleBy2027() {
        assertThat(vehicles(recovered(2027, 2000), LocalDate.of(2027, 6, 30)).outcome()).isEqualTo(Outcome.MET);
        Finding short1 = vehicles(recovered(2027, 1999), LocalDate.of(2027, 6, 30));
        assertThat(short1.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(short1.target()).hasValue(Target.atLeast(100, Unit.PERCENT));
        assertThat(short1.citation().basis()).isEqualTo(Basis.POLICY_TARGET);
        assertThat(short1.citation().article()).contains("twice the 2023 volume");
    }

    @Test
    void scrappedVehiclesWithoutTheYearOrWithAZeroBaseAreInsufficientEvidence() {
        Finding noYear = vehicles(CityStatistics.builder().vehicleRecovery(Year.of(2023), 1000).build(), LocalDate.of(2026, 6, 30));
        Finding noBase = vehicles(CityStatistics.builder().vehicleRecovery(Year.of(2026), 1000).build(), LocalDate.of(2026, 6, 30));
        Finding zeroBase = vehicles(CityStatistics.builder().vehicleRecovery(Year.of(2023), 0).vehicleRecovery(Year.of(2026), 10)
                .build(), LocalDate.of(2026, 6, 30));

        assertThat(List.of(noYear, noBase, zeroBase)).extracting(Finding::outcome).containsOnly(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(noYear.message()).contains("scrapped-vehicle recovery volume for 2026 not supplied");
        assertThat(noBase.message()).contains("scrapped-vehicle recovery volume for 2023 not supplied");
        assertThat(zeroBase.message()).contains("scrapped-vehicle recovery volume for 2023 is 0, so growth is undefined");
    }

    @Test
    void scrappedVehicleRecoveryIsAMarketDevelopmentRuleBesideTheOtherRecoveryAndGrowthRules() {
        Map<String, List<String>> byCriterion = new java.util.LinkedHashMap<>();
        for (Criterion<CitySubject, EnterpriseResult> c : SecondhandPilot.cityPack().criteria()) {
            byCriterion.put(c.name(), c.rules().stream().map(r -> r.id().value()).toList());
        }
        assertThat(byCriterion.get("Market development")).containsExactly("CITY-MARKET-GROWTH", "CITY-APPLIANCE-RECOVERY",
                "CITY-USED-CAR-GROWTH", "CITY-ELV-RECOVERY");
        assertThat(rule(SecondhandPilot.CITY_ELV_RECOVERY).title()).contains("Scrapped-vehicle recovery", "2023");
    }

    // ---- how the reports print a citation of no document ----

    @Test
    void everyReportFormatPrintsTheEnterpriseComplianceThresholdAsALibraryDefaultOfNoDocument() {
        Scorecard card = ENGINE.score(CitySubject.of(EXAMPLE_CITY, List.of(), CityStatistics.none()), SecondhandPilot.cityPack(),
                LocalDate.of(2026, 6, 30));
        String note = "Circular library default: none published; a volume-weighted mean score of at least 75 is this"
                + " library's default";

        assertThat(Reports.render(card, ReportFormat.TEXT)).contains("Citation: " + note + " (library default)");
        assertThat(Reports.render(card, ReportFormat.MARKDOWN)).contains(note + " | library default |");
        assertThat(Reports.render(card, ReportFormat.HTML)).contains(note.replace("'", "&#39;")
                + " <span class=\"badge library-default\"");
        String csvLine = Reports.render(card, ReportFormat.CSV).lines().filter(l -> l.contains(",CITY-ENTERPRISE-COMPLIANCE,"))
                .findFirst().orElseThrow();
        assertThat(csvLine).contains(",Circular library default,none published; a volume-weighted mean score of at least 75"
                + " is this library's default,,,LIBRARY_DEFAULT,true,");
        assertThat(Reports.render(card, ReportFormat.JSON)).contains("\"title\": \"Circular library default\"",
                "\"article\": \"none published; a volume-weighted mean score of at least 75 is this library's default\"");
    }
}
