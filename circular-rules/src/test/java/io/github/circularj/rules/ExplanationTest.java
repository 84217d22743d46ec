package io.github.circularj.rules;

import static io.github.circularj.rules.Fixtures.AFTER_STANDARD;
import static io.github.circularj.rules.Fixtures.dealer;
import static io.github.circularj.rules.Fixtures.pack;
import static io.github.circularj.rules.Fixtures.phones;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private final Scorecard capped = ComplianceEngine.create().score(dealer(phones(480, 12)), pack(), AFTER_STANDARD);

    @Test
    void theRootStatesPackSubjectDateScoreAndBand() {
        assertThat(capped.explain().text()).isEqualTo(
                "Pack test-enterprise 1 for E1 (Dealer One) as of 2027-03-01: score 75.00 of 100, band NON_COMPLIANT");
    }

    @Test
    void itSaysWhichMandatoryRuleCappedTheBand() {
        assertThat(capped.explain().children().get(0).text()).isEqualTo("Band capped at NON_COMPLIANT (the score alone"
                + " earns COMPLIANT) because mandatory rule DATA-ERASURE did not meet its target");
    }

    @Test
    void itShowsTheTermSelectedAsOfTheDate() {
        assertThat(capped.explain().render()).contains(
                "term from 2027-01-01: target 100 %, mandatory (selected as of 2027-03-01 from 2 terms)");
    }

    @Test
    void itWalksFromCriterionToRuleToMeasurementAttainmentAndPoints() {
        String text = capped.explain().render();
        assertThat(text).contains("\n  Criterion \"Data protection\" (weight 1 of 4): score 0.00 of 100 → 0.00 points\n"
                + "    Rule DATA-ERASURE \"Data erased before resale\": NOT_MET [mandatory]\n");
        assertThat(text).contains("      measured 97.5 % (468 of 480) against target 100 %\n"
                + "      attainment 0.000 (curve step)\n"
                + "      weight 1 of 1 in the criterion → 0.00 points\n"
                + "      evidence: 12 offending: P000, P001, P002, P003, P004, P005, P006, P007, P008, P009, P010, P011\n");
        assertThat(text).contains("  Criterion \"Sourcing\" (weight 3 of 4): score 100.00 of 100 → 75.00 points\n");
    }

    @Test
    void renderIndentsChildrenByTwoSpaces() {
        Explanation tree = new Explanation("a", List.of(new Explanation("b", List.of(Explanation.of("c")))));
        assertThat(tree.render()).isEqualTo("a\n  b\n    c\n");
    }
}
