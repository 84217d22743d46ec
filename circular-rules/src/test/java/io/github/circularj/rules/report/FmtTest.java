package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Evidence;
import java.util.List;
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
}
