package io.github.circularj.rules.pilot;

import io.github.circularj.rules.blocks.TallyIndicator;
import io.github.circularj.rules.blocks.Tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.EvaluationContext;
import io.github.circularj.rules.Indicator;
import io.github.circularj.rules.Rule;
import io.github.circularj.testkit.CircularGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The enterprise pack's indicators pass over an item whose history holds none of the event types their
 * rule is about ({@link TallyIndicator#concerns}) without judging it. That is sound only if the judgement
 * of such an item is always {@link Tally#NONE}; this checks it for every rule on generated lifecycles.
 *
 * <p>It lives in the testkit's tests for the generators, and in the pack's package because the filter and
 * the judgements are package-private.
 */
class AboutFilterTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 1); // every rule in force

    private static List<TallyIndicator> indicatorsFor(EnterpriseSubject subject) {
        List<TallyIndicator> out = new ArrayList<>();
        for (Rule<EnterpriseSubject, Lifecycle> rule : SecondhandPilot.enterprisePack().rules()) {
            Indicator<Lifecycle, ?> indicator = rule.measure()
                    .indicatorFor(subject, new EvaluationContext(AS_OF, EvaluationContext.DEFAULT_EVIDENCE_LIMIT)
                            .forParameters(rule.parameters()));
            if (indicator instanceof TallyIndicator t) {
                out.add(t);
            }
        }
        return out;
    }

    /** An enterprise's subject with an empty ledger: the indicators read only the subject's window and roles. */
    private static EnterpriseSubject subjectOf(Enterprise enterprise) {
        return EnterpriseSubject.of(enterprise, EnterpriseProfile.UNDECLARED,
                Ledger.of(enterprise, ReportingPeriod.ofYear(2025), List.of()));
    }

    @Test
    void everyItemLevelRuleOfThePackIsFiltered() {
        qt().withExamples(1).forAll(CircularGens.enterprises()).checkAssert(enterprise -> {
            EnterpriseSubject subject = subjectOf(enterprise);
            // 19 rules; SRC-RETENTION reads the profile and RECORD-INTEGRITY the ledger report, not items
            assertThat(indicatorsFor(subject)).hasSize(SecondhandPilot.enterprisePack().rules().size() - 2);
        });
    }

    @Test
    void anItemTheFilterPassesOverWouldHaveBeenJudgedNone() {
        qt().withExamples(300).forAll(CircularGens.enterprises(), CircularGens.lifecycles(25)).checkAssert((enterprise, lc) -> {
            EnterpriseSubject subject = subjectOf(enterprise);
            for (TallyIndicator indicator : indicatorsFor(subject)) {
                if (!indicator.concerns(lc)) {
                    assertThat(indicator.judge(lc)).as("%s", lc.events()).isEqualTo(Tally.NONE);
                }
            }
        });
    }

    @Test
    void aSalesIndicatorConcernsExactlyTheItemsThatWereSold() {
        EventTypes sales = EventTypes.of(EventType.SOLD);
        TallyIndicator indicator = TallyIndicator.share(sales, l -> Tally.item(true, true), 20);
        qt().withExamples(200).forAll(CircularGens.lifecycles(25)).checkAssert(lc ->
                assertThat(indicator.concerns(lc)).isEqualTo(lc.has(EventType.SOLD)));
    }
}
