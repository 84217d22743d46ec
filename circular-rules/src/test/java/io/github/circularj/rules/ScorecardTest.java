package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final RuleId RULE = RuleId.of("DATA-ERASURE");
    private static final Finding FINDING = new Finding(RULE, "Erasure", Outcome.MET, Measurement.of(1.0, Unit.SHARE),
            Optional.empty(), OptionalDouble.of(1.0), Citation.of("Measures", "", Basis.STATUTE), 1.0, 1.0, "ok");
    private static final CriterionScore CRITERION = new CriterionScore("Data", 1.0, OptionalDouble.of(100.0), 100.0);

    private static Scorecard card(String id, String name, String pack, String version, LocalDate asOf, double score,
            Band band, boolean rated, List<CriterionScore> criteria, List<Finding> findings, List<RuleId> capped,
            Explanation explanation) {
        return new Scorecard(id, name, pack, version, asOf, score, band, rated, criteria, findings, capped, explanation);
    }

    private static Scorecard sample() {
        return card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                List.of(FINDING), List.of(RULE), Explanation.of("why"));
    }

    @Test
    void readsBackItsComponents() {
        Scorecard s = sample();
        assertThat(s.subjectId()).isEqualTo("E1");
        assertThat(s.subjectName()).isEqualTo("Enterprise One");
        assertThat(s.packId()).isEqualTo("pack");
        assertThat(s.packVersion()).isEqualTo("1");
        assertThat(s.asOf()).isEqualTo(AS_OF);
        assertThat(s.score()).isEqualTo(87.5);
        assertThat(s.band()).isEqualTo(Band.COMPLIANT);
        assertThat(s.isRated()).isTrue();
        assertThat(s.criterionScores()).containsExactly(CRITERION);
        assertThat(s.findings()).containsExactly(FINDING);
        assertThat(s.cappedBy()).containsExactly(RULE);
        assertThat(s.explain()).isEqualTo(Explanation.of("why"));
    }

    @Test
    void findsAFindingByRule() {
        assertThat(sample().finding(RULE)).contains(FINDING);
        assertThat(sample().finding(RuleId.of("OTHER-RULE"))).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> sample().finding(null)).withMessage("ruleId");
    }

    @Test
    void copiesItsListsAndHandsThemOutUnmodifiable() {
        List<Finding> findings = new ArrayList<>(List.of(FINDING));
        Scorecard s = card("E1", "n", "p", "1", AS_OF, 1, Band.COMPLIANT, true, List.of(), findings, List.of(),
                Explanation.of("x"));
        findings.clear();
        assertThat(s.findings()).containsExactly(FINDING);
        assertThatThrownBy(() -> s.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.cappedBy().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.criterionScores().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsANullSubject() {
        assertThatNullPointerException().isThrownBy(() -> card(null, "n", "p", "1", AS_OF, 1, Band.COMPLIANT, true,
                List.of(), List.of(), List.of(), Explanation.of("x"))).withMessage("subjectId");
        assertThatNullPointerException().isThrownBy(() -> card("E1", null, "p", "1", AS_OF, 1, Band.COMPLIANT, true,
                List.of(), List.of(), List.of(), Explanation.of("x"))).withMessage("subjectName");
    }

    @Test
    void equalsAnEqualCopy() {
        assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        assertThat(sample()).isNotEqualTo(null).isNotEqualTo("E1");
    }

    @Test
    void differsInEachComponent() {
        Explanation why = Explanation.of("why");
        List<Scorecard> others = List.of(
                card("E2", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise Two", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "other", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "2", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF.plusDays(1), 87.5, Band.COMPLIANT, true,
                        List.of(CRITERION), List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.25, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.EXEMPLARY, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, false, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(),
                        List.of(FINDING), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(), List.of(RULE), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(), why),
                card("E1", "Enterprise One", "pack", "1", AS_OF, 87.5, Band.COMPLIANT, true, List.of(CRITERION),
                        List.of(FINDING), List.of(RULE), Explanation.of("other")));
        for (Scorecard other : others) {
            assertThat(sample()).as("%s", other).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(sample());
        }
        assertThat(sample().hashCode()).isNotEqualTo(others.get(0).hashCode()).isNotEqualTo(others.get(5).hashCode())
                .isNotEqualTo(others.get(6).hashCode()).isNotEqualTo(others.get(9).hashCode());
    }

    @Test
    void showsSubjectPackDateScoreAndBand() {
        assertThat(sample()).hasToString("E1 (Enterprise One) pack 1 as of 2026-06-01: 87.50 COMPLIANT");
    }
}
