package io.github.circularj.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand loop, the Easy Rules peer and the Drools peer compute the engine's findings (outcomes, measured values and
 * evidence per rule) on the same ledgers, so the benchmarks compare equal work.
 */
class SameFindingsTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.create();

    /** Every kind of enterprise (8 per city), with every violation planted at 5 %. */
    private static SyntheticPilot pilot(int items) {
        SyntheticPilot.Builder b = SyntheticPilot.builder().seed(11).cities(1).enterprisesPerCity(8)
                .itemsPerEnterprise(items).period(ReportingPeriod.ofYear(2026));
        for (Violation v : Violation.values()) {
            b.violationRate(v, 0.05);
        }
        return b.build();
    }

    private static PilotFindings engine(EnterpriseSubject s, LocalDate asOf) {
        return PilotFindings.of(ENGINE.score(s, SecondhandPilot.enterprisePack(), asOf));
    }

    @Test
    void theHandLoopFindsWhatTheEngineFindsForEveryKindOfEnterprise() {
        LocalDate asOf = LocalDate.of(2027, 1, 1);
        for (EnterpriseSubject s : pilot(400).enterpriseSubjects()) {
            assertThat(HandLoop.score(s, asOf)).as(s.name()).isEqualTo(engine(s, asOf));
        }
    }

    @Test
    void easyRulesFindsWhatTheEngineFindsForEveryKindOfEnterprise() {
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        for (EnterpriseSubject s : pilot(400).enterpriseSubjects()) {
            assertThat(EasyRulesPilot.score(s, asOf)).as(s.name()).isEqualTo(engine(s, asOf));
        }
    }

    @Test
    void droolsFindsWhatTheEngineFindsForEveryKindOfEnterpriseStatelessAndStateful() {
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        List<EnterpriseSubject> subjects = pilot(300).enterpriseSubjects();
        DroolsPilot drools = DroolsPilot.build(subjects.get(0), asOf);
        for (EnterpriseSubject s : subjects) {
            PilotFindings expected = engine(s, asOf);
            assertThat(drools.scoreStateless(s, asOf)).as("stateless, %s", s.name()).isEqualTo(expected);
            assertThat(drools.scoreStateful(s, asOf)).as("stateful, %s", s.name()).isEqualTo(expected);
        }
    }

    @Test
    void theDroolsRuleBaseHasOneRulePerDutyAndRefusesAnotherDate() {
        EnterpriseSubject s = pilot(20).enterpriseSubjects().get(0);
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        PilotDuties duties = new PilotDuties(s, SecondhandPilot.enterprisePack(), asOf);
        String drl = DroolsPilot.drl(duties);
        assertThat(drl.lines().filter(l -> l.startsWith("rule ")).count()).isEqualTo(duties.size() + 1);
        assertThat(drl).contains("from duties.judge(0, $item)").contains("counts.add(0, $tally, $item)");
        DroolsPilot drools = DroolsPilot.build(s, asOf);
        // as of 2027-01-01 the 2027 terms of the erasure rules have started: two duties more
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> drools.scoreStateless(s, LocalDate.of(2027, 1, 1)))
                .withMessageContaining("build the peer for the same as-of date");
    }

    @Test
    void allThreeAgreeOnAQuarterWhoseEdgesCutThroughTheLifecycles() {
        // The lifecycles span 2026; scored for Q2 only, many events fall before or after the period.
        SyntheticPilot pilot = pilot(300);
        LocalDate asOf = LocalDate.of(2026, 7, 1);
        for (EnterpriseSubject year : pilot.enterpriseSubjects()) {
            List<Lifecycle> lifecycles = year.records().collect(Collectors.toList());
            EnterpriseSubject quarter = EnterpriseSubject.of(year.enterprise(), year.profile(),
                    Ledger.of(year.enterprise(), ReportingPeriod.ofQuarter(2026, 2), lifecycles));
            PilotFindings expected = engine(quarter, asOf);
            assertThat(HandLoop.score(quarter, asOf)).as(year.name()).isEqualTo(expected);
            assertThat(EasyRulesPilot.score(quarter, asOf)).as(year.name()).isEqualTo(expected);
        }
    }

    @Test
    void theComparedFindingsAreNotTrivial() {
        // Guards the tests above: planted violations give failed rules with evidence, and clean rules pass.
        LocalDate asOf = LocalDate.of(2027, 1, 1);
        List<PilotFindings> all = new ArrayList<>();
        pilot(400).enterpriseSubjects().forEach(s -> all.add(engine(s, asOf)));
        List<PilotFindings.RuleFinding> rules = all.stream().flatMap(f -> f.rules().stream()).toList();
        assertThat(rules).extracting(PilotFindings.RuleFinding::outcome)
                .contains(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE);
        assertThat(rules).filteredOn(r -> r.offending() > 0).hasSizeGreaterThan(20);
        assertThat(rules).filteredOn(r -> r.ids().size() == Tallies.EVIDENCE_LIMIT).isNotEmpty();
        assertThat(rules).extracting(PilotFindings.RuleFinding::ruleId).contains("SRC-REGISTRATION",
                "CAR-TRANSFER-30D", "WEEE-HANDOVER", "ELV-HANDOVER", "DATA-ERASURE-METHOD");
        assertThat(rules).filteredOn(r -> r.ruleId().equals("CAR-TRANSFER-30D") && r.value().isPresent()).isNotEmpty();
    }
}
