package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void oneLineReplacesLineBreaksAndControlCharactersBySpaces() {
        assertThat(Fmt.oneLine("杭州 Hangzhou")).isEqualTo("杭州 Hangzhou");
        assertThat(Fmt.oneLine("a\nb\tc")).isEqualTo("a b c");
        assertThat(Fmt.oneLine("\na")).isEqualTo(" a");
        assertThat(Fmt.oneLine("a\u2028b\u2029c")).isEqualTo("a b c");
        assertThat(Fmt.oneLine("ab\r")).isEqualTo("ab ");
    }

    @Test
    void evidenceShowsIdsUpToTheLimitAndCountsTheRest() {
        Evidence three = new Evidence(3, List.of("P1", "P2", "P3"));
        assertThat(Fmt.evidence(new Evidence(0, List.of()), ReportOptions.defaults())).isEqualTo("none");
        assertThat(Fmt.evidence(three, ReportOptions.defaults().withEvidenceLimit(3))).isEqualTo("3 offending: P1, P2, P3");
        assertThat(Fmt.evidence(three, ReportOptions.defaults().withEvidenceLimit(2)))
                .isEqualTo("3 offending: P1, P2, … (1 more)");
        assertThat(Fmt.evidence(three, ReportOptions.defaults().withEvidenceLimit(0))).isEqualTo("3 offending");
        assertThat(Fmt.shownIds(three, ReportOptions.defaults().withEvidenceLimit(3))).containsExactly("P1", "P2", "P3");
        assertThat(Fmt.omitted(three, ReportOptions.defaults().withEvidenceLimit(1))).isEqualTo(2);
    }

    @Test
    void roundsDecimalsAndCoordinatesHalfUp() {
        assertThat(Fmt.decimal(0.975)).isEqualTo("0.975");
        assertThat(Fmt.decimal(0.0)).isEqualTo("0");
        assertThat(Fmt.px(12.25)).isEqualTo("12.3");
        assertThat(Fmt.px(40.0)).isEqualTo("40");
        assertThat(Fmt.px(0.0)).isEqualTo("0");
    }

    @Test
    void fixed2RoundsHalfUpToTwoPlaces() {
        assertThat(Fmt.fixed2(0.125)).isEqualTo("0.13");
        assertThat(Fmt.fixed2(2.0)).isEqualTo("2.00");
        assertThat(Fmt.fixed2(-1.5)).isEqualTo("-1.50");
    }

    @Test
    void decimalKeepsSixPlacesAtMost() {
        assertThat(Fmt.decimal(1.0)).isEqualTo("1");
        assertThat(Fmt.decimal(0.0078125)).isEqualTo("0.007813");
        assertThat(Fmt.decimal(100.0)).isEqualTo("100");
        assertThat(Fmt.decimal(-0.0000001)).isEqualTo("0");
    }

    @Test
    void statShowsADashForAMissingValue() {
        assertThat(Fmt.stat(OptionalDouble.empty())).isEqualTo("-");
        assertThat(Fmt.stat(OptionalDouble.of(3.14159))).isEqualTo("3.14");
    }

    @Test
    void signedPutsAPlusBeforePositiveValuesOnly() {
        assertThat(Fmt.signed(1.5)).isEqualTo("+1.50");
        assertThat(Fmt.signed(-1.5)).isEqualTo("-1.50");
        assertThat(Fmt.signed(0.0)).isEqualTo("0.00");
        assertThat(Fmt.signed(0.004)).isEqualTo("0.00");
        assertThat(Fmt.signed(0.005)).isEqualTo("+0.01");
        assertThat(Fmt.signedStat(OptionalDouble.empty())).isEqualTo("-");
        assertThat(Fmt.signedStat(OptionalDouble.of(2.0))).isEqualTo("+2.00");
    }

    @Test
    void criterionScoreSaysNotRatedWhenMissing() {
        assertThat(Fmt.criterionScore(OptionalDouble.empty())).isEqualTo("not rated");
        assertThat(Fmt.criterionScore(OptionalDouble.of(87.456))).isEqualTo("87.46");
    }

    @Test
    void yesNoSpellsBooleans() {
        assertThat(Fmt.yesNo(true)).isEqualTo("yes");
        assertThat(Fmt.yesNo(false)).isEqualTo("no");
    }

    @Test
    void citationListsOnlyThePartsThatArePresent() {
        assertThat(Fmt.citation(Citation.of("Measures", "", Basis.STATUTE))).isEqualTo("Measures");
        assertThat(Fmt.citation(Citation.of("Measures", "Art. 5", Basis.STATUTE))).isEqualTo("Measures Art. 5");
        assertThat(Fmt.citation(new Citation("Measures", "Art. 5", "MOFCOM",
                Optional.of(LocalDate.of(2024, 1, 1)), Basis.STATUTE)))
                .isEqualTo("Measures Art. 5, MOFCOM, in force 2024-01-01");
        assertThat(Fmt.citation(new Citation("Measures", "", "MOFCOM", Optional.empty(), Basis.STATUTE)))
                .isEqualTo("Measures, MOFCOM");
        assertThat(Fmt.basis(Basis.LIBRARY_DEFAULT)).isEqualTo("library default");
    }

    @Test
    void evidenceWithinTheLimitHasNoMoreSuffix() {
        Evidence two = new Evidence(2, List.of("P1", "P2"));
        assertThat(Fmt.evidence(two, ReportOptions.defaults().withEvidenceLimit(2))).isEqualTo("2 offending: P1, P2");
        assertThat(Fmt.omitted(two, ReportOptions.defaults().withEvidenceLimit(2))).isZero();
        assertThat(Fmt.shownIds(two, ReportOptions.defaults().withEvidenceLimit(1))).containsExactly("P1");
    }
}
