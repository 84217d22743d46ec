package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.EnterpriseRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SyntheticPilotTest {

    private static final ReportingPeriod Y2025 = ReportingPeriod.ofYear(2025);

    private static SyntheticPilot small(long seed) {
        return SyntheticPilot.builder().seed(seed).cities(2).enterprisesPerCity(8).itemsPerEnterprise(300)
                .period(Y2025).suspectedStolenShare(0.2).returnShare(0.3).endOfLifeShare(0.15).exportShare(0.1)
                .violationRate(Violation.DATA_ERASURE, 0.1).violationRate(Violation.REFUND_7DAY, 0.2).build();
    }

    private static List<Lifecycle> all(SyntheticPilot pilot) {
        List<Lifecycle> out = new ArrayList<>();
        for (SyntheticEnterprise e : pilot.enterprises()) {
            e.ledger().lifecycles().forEach(out::add);
        }
        return out;
    }

    @Test
    void theSameSeedGivesEqualLedgersStreamedTwice() {
        SyntheticPilot a = small(42);
        SyntheticPilot b = small(42);
        assertThat(all(a)).isEqualTo(all(b)).isEqualTo(all(a));
        assertThat(a.cities()).isEqualTo(b.cities());
        assertThat(a.enterprises()).extracting(SyntheticEnterprise::enterprise)
                .isEqualTo(b.enterprises().stream().map(SyntheticEnterprise::enterprise).toList());
        assertThat(a.cityStatistics()).isEqualTo(b.cityStatistics());
    }

    @Test
    void aDifferentSeedGivesDifferentData() {
        assertThat(all(small(1))).isNotEqualTo(all(small(2)));
    }

    @Test
    void parallelStreamsAndReversedGenerationYieldTheSameLifecycles() {
        SyntheticPilot pilot = small(7);
        for (SyntheticEnterprise e : pilot.enterprises()) {
            List<Lifecycle> sequential = e.ledger().lifecycles().toList();
            List<Lifecycle> parallel = e.ledger().lifecycles().parallel()
                    .sorted(Comparator.comparing(Lifecycle::itemId)).collect(Collectors.toList());
            List<Lifecycle> reversed = new ArrayList<>();
            for (long i = pilot.itemsPerEnterprise() - 1; i >= 0; i--) {
                reversed.add(0, pilot.lifecycle(e.index(), i));
            }
            assertThat(parallel).isEqualTo(sequential);
            assertThat(reversed).isEqualTo(sequential);
        }
    }

    @Test
    void anItemIsTheSameWhateverElseThePilotHolds() {
        SyntheticPilot few = SyntheticPilot.builder().seed(5).cities(1).itemsPerEnterprise(10).build();
        SyntheticPilot many = SyntheticPilot.builder().seed(5).cities(3).itemsPerEnterprise(500).build();
        for (int e = 0; e < 8; e++) {
            assertThat(many.lifecycle(e, 9)).isEqualTo(few.lifecycle(e, 9));
        }
    }

    @Test
    void everyLifecycleReplaysThroughTheBuilderAndLiesInsideThePeriod() {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(11).cities(2).itemsPerEnterprise(400)
                .period(ReportingPeriod.ofQuarter(2026, 1)).suspectedStolenShare(0.3).returnShare(0.5)
                .endOfLifeShare(0.2).exportShare(0.2).build();
        pilot.enterprises().forEach(e -> e.ledger().lifecycles().forEach(lc -> {
            Lifecycle.Builder replay = Lifecycle.builder(lc.item());
            lc.events().forEach(replay::append);
            assertThat(replay.build()).isEqualTo(lc);
            assertThat(lc.events().get(0)).isInstanceOf(Collected.class);
            for (LifecycleEvent event : lc.events()) {
                assertThat(pilot.period().contains(event.at(), SyntheticPilot.ZONE)).as("%s in %s", event, pilot.period())
                        .isTrue();
            }
        }));
    }

    @Test
    void aPlantedProhibitedTradeIsARefusedSaleThatTheEngineAndAnImportBothSee() throws java.io.IOException {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(17).cities(1).itemsPerEnterprise(300)
                .violationRate(Violation.SRC_PROHIBITED.ruleId(), 0.05).build();
        SyntheticEnterprise dealer = pilot.enterprises().stream().filter(e -> !pilot.refusedEvents(e.index()).isEmpty())
                .findFirst().orElseThrow();
        List<LifecycleEvent> refused = pilot.refusedEvents(dealer.index());
        io.github.circularj.rules.Scorecard card = io.github.circularj.rules.ComplianceEngine.create()
                .score(dealer.toSubject(), io.github.circularj.rules.pilot.SecondhandPilot.enterprisePack(),
                        LocalDate.of(2026, 1, 31));
        io.github.circularj.rules.Finding f = card.finding(io.github.circularj.rules.pilot.SecondhandPilot.SRC_PROHIBITED)
                .orElseThrow();

        assertThat(f.outcome()).isEqualTo(io.github.circularj.rules.Outcome.NOT_MET);
        assertThat(f.evidence().count()).isEqualTo(refused.size());
        assertThat(dealer.ledger().report().orElseThrow().rejected()).extracting(r -> r.event()).containsExactlyElementsOf(refused);
        assertThat(card.finding(io.github.circularj.rules.pilot.SecondhandPilot.RECORD_INTEGRITY).orElseThrow()
                .evidence().count()).isEqualTo(refused.size());

        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("planted");
        java.nio.file.Path file = dir.resolve(SyntheticFiles.fileName(dealer));
        SyntheticFiles.write(dealer, file);
        io.github.circularj.model.lifecycle.LedgerReport imported = io.github.circularj.io.LedgerReader.defaults()
                .read(file).report();
        assertThat(imported.rejected()).extracting(r -> r.event()).containsExactlyInAnyOrderElementsOf(refused);
        assertThat(imported.rejected()).allMatch(r -> r.reason() == io.github.circularj.model.lifecycle.RejectedEvent.Reason.ILLEGAL_TRANSITION);
    }

    @Test
    void aReportThatKeepsOnlyTheFirstRejectionsStillScoresEveryRefusedTradeExactly() throws java.io.IOException {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(17).cities(1).itemsPerEnterprise(400)
                .violationRate(Violation.SRC_PROHIBITED.ruleId(), 0.05).build();
        SyntheticEnterprise dealer = pilot.enterprises().stream().filter(e -> pilot.refusedEvents(e.index()).size() > 3)
                .findFirst().orElseThrow();
        int refused = pilot.refusedEvents(dealer.index()).size();
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("kept").resolve(SyntheticFiles.fileName(dealer));
        SyntheticFiles.write(dealer, file);
        io.github.circularj.io.LedgerImport imported = io.github.circularj.io.LedgerReader.defaults().withUnreadableLimit(2)
                .read(file);
        LocalDate asOf = LocalDate.of(2026, 1, 31);
        var engine = io.github.circularj.rules.ComplianceEngine.create();
        var pack = io.github.circularj.rules.pilot.SecondhandPilot.enterprisePack();
        io.github.circularj.rules.Scorecard fromFile = engine.score(io.github.circularj.rules.pilot.EnterpriseSubject.of(
                imported.ledger(), dealer.profile()), pack, asOf);
        io.github.circularj.rules.Scorecard inMemory = engine.score(dealer.toSubject(), pack, asOf);

        assertThat(imported.report().rejected()).as("kept").hasSize(2);
        assertThat(imported.report().rejectedCount()).as("counted").isEqualTo(refused);
        assertThat(imported.ledger().lifecycles().mapToLong(l -> l.refused().size()).sum()).as("carried").isEqualTo(refused);
        var prohibited = io.github.circularj.rules.pilot.SecondhandPilot.SRC_PROHIBITED;
        assertThat(fromFile.finding(prohibited).orElseThrow().evidence().count()).isEqualTo(refused);
        assertThat(fromFile.finding(prohibited)).isEqualTo(inMemory.finding(prohibited));
        var integrity = io.github.circularj.rules.pilot.SecondhandPilot.RECORD_INTEGRITY;
        assertThat(fromFile.finding(integrity).orElseThrow().evidence().count()).isEqualTo(refused);
        assertThat(fromFile.finding(integrity).orElseThrow().measurement().value())
                .isEqualTo(inMemory.finding(integrity).orElseThrow().measurement().value());
        assertThat(fromFile.score()).isEqualTo(inMemory.score());
    }

    @Test
    void atRateZeroNoRuleIsViolated() {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(3).cities(2).itemsPerEnterprise(1_000)
                .suspectedStolenShare(0.2).returnShare(0.3).endOfLifeShare(0.2).exportShare(0.2).build();
        Map<Violation, RuleOracle.Count> counts = count(pilot);
        for (Violation v : Violation.values()) {
            assertThat(counts.get(v).violations()).as(v.ruleId()).isZero();
            assertThat(counts.get(v).population()).as(v.ruleId()).isPositive();
        }
    }

    @Test
    void eachViolationRateIsRealisedWithinStatisticalTolerance() {
        SyntheticPilot.Builder builder = SyntheticPilot.builder().seed(2025).cities(2).itemsPerEnterprise(1_250)
                .suspectedStolenShare(0.25).returnShare(0.3).endOfLifeShare(0.15).exportShare(0.1).refurbishedShare(0.4);
        Map<Violation, Double> rates = new EnumMap<>(Violation.class);
        for (Violation v : Violation.values()) {
            rates.put(v, 0.05 + 0.02 * v.ordinal()); // all at once, each a different rate
            builder.violationRate(v.ruleId(), rates.get(v));
        }
        SyntheticPilot pilot = builder.build();
        assertThat(pilot.itemCount()).isEqualTo(20_000);
        Map<Violation, RuleOracle.Count> counts = count(pilot);
        for (Violation v : Violation.values()) {
            if (v == Violation.SRC_RETENTION) {
                continue; // enterprise-level: see the next test
            }
            assertWithinTolerance(v, counts.get(v), rates.get(v));
        }
    }

    @Test
    void theRetentionRateIsRealisedAcrossEnterprises() {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(9).cities(60).enterprisesPerCity(8).itemsPerEnterprise(0)
                .violationRate("SRC-RETENTION", 0.25).build();
        RuleOracle.Count n = RuleOracle.Count.NONE;
        for (SyntheticEnterprise e : pilot.enterprises()) {
            n = n.plus(RuleOracle.retention(e.profile(), e.enterprise()));
            assertThat(e.profile().recordRetentionYears()).isPresent();
        }
        assertWithinTolerance(Violation.SRC_RETENTION, n, 0.25);
    }

    @Test
    void aPerEnterpriseRateOverridesThePilotRateForThatEnterpriseOnly() {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(4).cities(1).itemsPerEnterprise(2_000)
                .violationRate(Violation.DATA_ERASURE, 0.0).violationRate(0, Violation.DATA_ERASURE, 0.5).build();
        assertThat(pilot.violationRate(0, Violation.DATA_ERASURE)).isEqualTo(0.5);
        assertThat(pilot.violationRate(1, Violation.DATA_ERASURE)).isZero();
        RuleOracle.Count first = RuleOracle.Count.NONE;
        RuleOracle.Count others = RuleOracle.Count.NONE;
        for (SyntheticEnterprise e : pilot.enterprises()) {
            for (Lifecycle lc : (Iterable<Lifecycle>) e.ledger().lifecycles()::iterator) {
                RuleOracle.Count c = RuleOracle.check(Violation.DATA_ERASURE, e.enterprise(), lc);
                if (e.index() == 0) {
                    first = first.plus(c);
                } else {
                    others = others.plus(c);
                }
            }
        }
        assertWithinTolerance(Violation.DATA_ERASURE, first, 0.5);
        assertThat(others.violations()).isZero();
        assertThat(others.population()).isPositive();
    }

    @Test
    void cityCodesAreStructurallyValidPrefecturesThatNoRealCityHas() {
        SyntheticPilot pilot = SyntheticPilot.builder().cities(SyntheticPilot.MAX_CITIES).enterprisesPerCity(1)
                .itemsPerEnterprise(0).build();
        Set<String> real = Set.of("110100", "120100", "310100", "500100", "330100", "370400", "440100", "440300",
                "429000", "469000", "659000", "130100", "650100", "540100");
        Set<DivisionCode> codes = new HashSet<>();
        for (City city : pilot.cities()) {
            DivisionCode code = city.code();
            assertThat(code.level()).isEqualTo(DivisionCode.Level.PREFECTURE);
            int prefecture = Integer.parseInt(code.toString().substring(2, 4));
            assertThat(prefecture).as(code.toString()).isBetween(81, 89); // unassigned under GB/T 2260
            assertThat(real).doesNotContain(code.toString());
            assertThat(codes.add(code)).as("unique %s", code).isTrue();
        }
        assertThat(pilot.cities().stream().map(City::name).distinct().count()).isEqualTo(SyntheticPilot.MAX_CITIES);
    }

    @Test
    void creditCodesAreValidUniqueAndCarryTheirCitysDivisionDigits() {
        SyntheticPilot pilot = SyntheticPilot.builder().cities(30).enterprisesPerCity(20).itemsPerEnterprise(0).build();
        Set<CreditCode> seen = new HashSet<>();
        for (SyntheticEnterprise e : pilot.enterprises()) {
            CreditCode code = e.enterprise().creditCode();
            String text = code.toString();
            assertThat(CreditCode.checkCharacterFor(text.substring(0, 17))).isEqualTo(text.charAt(17));
            assertThat(code.divisionDigits()).isEqualTo(e.enterprise().city().code().toString());
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void everyCityOfEightHasTheFullRoleMix() {
        SyntheticPilot pilot = SyntheticPilot.builder().cities(3).enterprisesPerCity(8).itemsPerEnterprise(0).build();
        for (City city : pilot.cities()) {
            Set<EnterpriseRole> roles = pilot.enterprisesOf(city).stream()
                    .flatMap(e -> e.enterprise().roles().stream()).collect(Collectors.toSet());
            assertThat(roles).contains(EnterpriseRole.DEALER, EnterpriseRole.REFURBISHER, EnterpriseRole.PLATFORM,
                    EnterpriseRole.RECYCLER, EnterpriseRole.AUCTIONEER, EnterpriseRole.WEEE_PROCESSOR_LICENSED,
                    EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED, EnterpriseRole.TRADE_IN_OPERATOR);
            assertThat(pilot.enterprisesOf(city)).allMatch(e -> e.enterprise().city().equals(city));
        }
    }

    @Test
    void everyDatasetIsMarkedSynthetic() {
        SyntheticPilot pilot = small(1);
        assertThat(pilot.isSynthetic()).isTrue();
        assertThat(pilot.cities()).allMatch(c -> c.name().endsWith(SyntheticPilot.MARKER));
        assertThat(pilot.enterprises()).allMatch(e -> e.isSynthetic() && e.enterprise().name().endsWith(SyntheticPilot.MARKER));
        assertThat(pilot.cityStatistics()).allMatch(SyntheticCityStatistics::isSynthetic);
        assertThat(pilot.lifecycle(0, 0).collected().get(0).intake().seller().displayName()).endsWith(SyntheticPilot.MARKER);
    }

    @Test
    void cityStatisticsRunFromThe2023BaselineToThePeriodsYear() {
        SyntheticPilot pilot = SyntheticPilot.builder().cities(4).period(ReportingPeriod.ofYear(2026)).build();
        for (City city : pilot.cities()) {
            SyntheticCityStatistics s = pilot.statisticsOf(city);
            assertThat(s.city()).isEqualTo(city);
            assertThat(s.applianceRecoveryUnits().keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.usedCarTransactions().keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.scrappedVehicleRecovery().keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.toCityStatistics().vehicleRecovery(java.time.Year.of(2026))).isPresent();
            assertThat(s.secondhandTransactionValue().keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.electronicsRecyclersWithCompliantErasure()).isLessThanOrEqualTo(s.electronicsRecyclers());
        }
    }

    @Test
    void aMillionItemLedgerStreamsWithoutHoldingItsItems() {
        SyntheticPilot pilot = SyntheticPilot.builder().seed(8).cities(1).enterprisesPerCity(1)
                .itemsPerEnterprise(1_000_000).build();
        SyntheticEnterprise dealer = pilot.enterprises().get(0);
        assertThat(dealer.ledger().isInMemory()).isFalse();
        // summing the sizes consumes every lifecycle (a bare count() of a sized stream would skip them)
        long events = dealer.ledger().lifecycles().parallel().mapToLong(Lifecycle::size).sum();
        assertThat(events).isGreaterThan(4_000_000);
        assertThat(pilot.itemCount()).isEqualTo(1_000_000);
    }

    @Test
    void refusesAPeriodTooShortForALifecycle() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SyntheticPilot.builder().period(ReportingPeriod.ofMonth(java.time.YearMonth.of(2025, 3))))
                .withMessage("period \"2025-03-01/2025-04-01\" has 31 days; a synthetic pilot needs at least 90 so that"
                        + " every lifecycle fits inside it");
    }

    @Test
    void refusesARateOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticPilot.builder().violationRate(Violation.DATA_ERASURE, 1.5))
                .withMessageContaining("rate \"1.5\" is outside [0, 1]");
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticPilot.builder().violationRate(Violation.DATA_ERASURE, Double.NaN))
                .withMessageContaining("\"NaN\"");
    }

    @Test
    void refusesAnUnknownRuleId() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticPilot.builder().violationRate("DATA-ERASER", 0.1))
                .withMessageStartingWith("ruleId \"DATA-ERASER\" has no synthetic violation");
    }

    @Test
    void refusesAnEnterpriseOverrideBeyondThePopulation() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticPilot.builder().cities(1).enterprisesPerCity(4)
                .violationRate(4, Violation.RETURN_7DAY, 0.1).build())
                .withMessageStartingWith("enterpriseIndex \"4\" of a violation rate is beyond the 4 enterprises");
    }

    @Test
    void violationsAreNamedByTheirRuleIds() {
        assertThat(Violation.ofRuleId("CAR-TRANSFER-30D")).isEqualTo(Violation.CAR_TRANSFER_30D);
        assertThat(Violation.values()).extracting(Violation::ruleId).doesNotHaveDuplicates()
                .allMatch(id -> id.equals(Violation.valueOf(id.replace('-', '_')).ruleId()));
    }

    @Test
    void periodStartDoesNotHaveToBeAYear() {
        SyntheticPilot pilot = SyntheticPilot.builder().period(ReportingPeriod.of(LocalDate.of(2025, 5, 10),
                LocalDate.of(2025, 8, 20))).itemsPerEnterprise(50).build();
        assertThat(LongStream.range(0, 50).mapToObj(i -> pilot.lifecycle(2, i)))
                .allMatch(lc -> lc.events().stream().allMatch(e -> pilot.period().contains(e.at(), SyntheticPilot.ZONE)));
    }

    private static Map<Violation, RuleOracle.Count> count(SyntheticPilot pilot) {
        Map<Violation, RuleOracle.Count> counts = new EnumMap<>(Violation.class);
        for (Violation v : Violation.values()) {
            counts.put(v, RuleOracle.Count.NONE);
        }
        for (SyntheticEnterprise e : pilot.enterprises()) {
            counts.merge(Violation.SRC_RETENTION, RuleOracle.retention(e.profile(), e.enterprise()), RuleOracle.Count::plus);
            for (long i = 0; i < pilot.itemsPerEnterprise(); i++) {
                Lifecycle lc = pilot.lifecycle(e.index(), i);
                java.util.Optional<LifecycleEvent> refused = pilot.refusedSale(e.index(), i);
                for (Violation v : Violation.values()) {
                    if (v != Violation.SRC_RETENTION) {
                        counts.merge(v, RuleOracle.check(v, e.enterprise(), lc, refused), RuleOracle.Count::plus);
                    }
                }
            }
        }
        return counts;
    }

    /** Within 4.5 standard deviations of a binomial proportion (a false alarm about once in 150,000 runs). */
    private static void assertWithinTolerance(Violation v, RuleOracle.Count n, double rate) {
        assertThat(n.population()).as("population of %s", v.ruleId()).isGreaterThanOrEqualTo(200);
        double observed = (double) n.violations() / n.population();
        double tolerance = 4.5 * Math.sqrt(rate * (1 - rate) / n.population()) + 1e-9;
        assertThat(observed).as("%s: %d of %d", v.ruleId(), n.violations(), n.population())
                .isBetween(rate - tolerance, rate + tolerance);
    }
}
