package io.github.circularj.rules.report;

import static io.github.circularj.rules.report.ReportFixtures.ERASURE;
import static io.github.circularj.rules.report.ReportFixtures.PROHIBITED;
import static io.github.circularj.rules.report.ReportFixtures.RETENTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FmtScorecardTest {

    private final Scorecard dealerOne = ReportFixtures.dealerOne();
    private final List<Scorecard> pilot = ReportFixtures.pilot();

    @Test
    void namesAPackByIdAndVersion() {
        assertThat(Fmt.pack(ReportFixtures.pack())).isEqualTo("toy-enterprise 1");
    }

    @Test
    void joinsRuleIdsWithTheSeparator() {
        assertThat(Fmt.ruleIds(List.of(ERASURE, PROHIBITED), "; ")).isEqualTo("DATA-ERASURE; SRC-PROHIBITED");
        assertThat(Fmt.ruleIds(List.of(), "; ")).isEmpty();
    }

    @Test
    void showsTheScoreWithTwoDecimals() {
        assertThat(Fmt.score(dealerOne)).isEqualTo("75.00");
    }

    @Test
    void aCappedBandNamesTheCappingRules() {
        assertThat(dealerOne.cappedBy()).containsExactly(ERASURE);
        assertThat(Fmt.cappedBy(dealerOne, " / ")).isEqualTo("DATA-ERASURE");
        assertThat(Fmt.bandLine(dealerOne)).isEqualTo(dealerOne.band().name() + ", capped by DATA-ERASURE");
    }

    @Test
    void anUncappedBandIsJustItsName() {
        Scorecard e2 = pilot.get(1);
        assertThat(e2.cappedBy()).isEmpty();
        assertThat(Fmt.bandLine(e2)).isEqualTo(e2.band().name());
        assertThat(Fmt.cappedBy(e2, ", ")).isEmpty();
    }

    @Test
    void countsTheOutcomesIncludingThoseThatDidNotOccur() {
        Map<Outcome, Long> counts = Fmt.outcomes(dealerOne);
        assertThat(counts).hasSize(Outcome.values().length);
        assertThat(counts.get(Outcome.MET)).isEqualTo(2L);
        assertThat(counts.get(Outcome.NOT_MET)).isEqualTo(1L);
        assertThat(counts.get(Outcome.NOT_APPLICABLE)).isZero();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3L);
    }

    @Test
    void countsTheFindingsWhoseThresholdIsALibraryDefault() {
        assertThat(Fmt.libraryDefaults(dealerOne)).isEqualTo(1);
        assertThat(Fmt.anyLibraryDefault(dealerOne)).isTrue();
        assertThat(Fmt.isLibraryDefault(dealerOne.finding(RETENTION).orElseThrow())).isTrue();
        assertThat(Fmt.isLibraryDefault(dealerOne.finding(ERASURE).orElseThrow())).isFalse();
        Scorecard strict = ComplianceEngine.create().score(ReportFixtures.shops().get(0),
                ReportFixtures.packWithoutLibraryDefaults(), ReportFixtures.AS_OF);
        assertThat(Fmt.libraryDefaults(strict)).isZero();
        assertThat(Fmt.anyLibraryDefault(strict)).isFalse();
    }

    @Test
    void aFindingWithoutAttainmentShowsADash() {
        Scorecard e4 = pilot.get(3);
        assertThat(e4.finding(RETENTION).orElseThrow().attainment()).isEmpty();
        assertThat(Fmt.attainment(e4.finding(RETENTION).orElseThrow())).isEqualTo("-");
        assertThat(Fmt.attainment(dealerOne.finding(RETENTION).orElseThrow())).isNotEqualTo("-");
    }

    @Test
    void aTargetInForceIsShownWithoutAnOverrideNote() {
        var finding = dealerOne.finding(ERASURE).orElseThrow();
        assertThat(Fmt.target(finding)).isEqualTo(finding.term().orElseThrow().target().toString())
                .doesNotContain("overrides").isNotEqualTo("not in force");
    }
}
