package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule dated by act with several terms: each act judged by the term of its day, the finding decided by the failed
 * mandatory term first, then the least attainment, then the earliest term; its measurement pooled over the terms;
 * acts after the as-of date not yet evidence; and a rule's minimum of acts in scope.
 */
class ActDatedTermsTest {

    private static final LocalDate NEW_TERM = LocalDate.of(2027, 1, 1);
    private static final RuleId SHARE = RuleId.of("DATED-SHARE");
    private static final RuleId COUNT = RuleId.of("DATED-COUNT");

    /** An act on a day: complying or not, and whether it is a prohibited one. */
    record Act(String id, LocalDate day, boolean ok, boolean prohibited) {
    }

    private static Subject<Act> subject(List<Act> acts) {
        return Subject.of("S1", "Subject one", acts::stream);
    }

    private static Act act(String id, String day, boolean ok) {
        return new Act(id, LocalDate.parse(day), ok, !ok);
    }

    private static Rule<Subject<Act>, Act> share(boolean laterMandatory, double earlier, double later) {
        return Rule.<Subject<Act>, Act>builder(SHARE, "Acts complying")
                .citation(Citation.of("Test statute", "Art. 1", Basis.STATUTE))
                .datedByAct(true)
                .measure((s, c) -> Indicators.<Subject<Act>, Act>share(a -> c.parameters().actsIn().contains(a.day()), Act::ok,
                        Act::id).indicatorFor(s, c))
                .term(Term.of(EffectivePeriod.until(NEW_TERM), Target.atLeast(earlier, Unit.SHARE), false))
                .term(Term.of(EffectivePeriod.from(NEW_TERM), Target.atLeast(later, Unit.SHARE), laterMandatory))
                .describedAs(Describer.share("acts", "did not comply"))
                .build();
    }

    private static Rule<Subject<Act>, Act> count() {
        return Rule.<Subject<Act>, Act>builder(COUNT, "No prohibited acts")
                .citation(Citation.of("Test statute", "Art. 2", Basis.STATUTE))
                .datedByAct(true)
                .measure((s, c) -> Indicators.<Subject<Act>, Act>count(a -> c.parameters().actsIn().contains(a.day())
                        && a.prohibited(), Act::id).indicatorFor(s, c))
                .term(Term.of(EffectivePeriod.until(NEW_TERM), Target.zeroTolerance(Unit.COUNT), false))
                .term(Term.of(EffectivePeriod.from(NEW_TERM), Target.zeroTolerance(Unit.COUNT), false))
                .describedAs(Describer.count("prohibited acts"))
                .build();
    }

    private static RulePack<Subject<Act>, Act> pack(Rule<Subject<Act>, Act> rule) {
        return RulePack.<Subject<Act>, Act>builder("test-dated", "1").criterion("Acts", 1, rule).build();
    }

    /** 2026: 4 acts, 3 complying (75 %); 2027: 2 acts, 1 complying (50 %); one act after the as-of date. */
    private static final List<Act> ACTS = List.of(act("A1", "2026-03-01", true), act("A2", "2026-04-01", false),
            act("A3", "2026-05-01", true), act("A4", "2026-06-01", true), act("B1", "2027-02-01", false),
            act("B2", "2027-03-01", true), act("C1", "2027-08-01", false));
    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

    @Test
    void aFailedMandatoryTermDecidesAndTheMeasurementPoolsBothTerms() {
        Finding f = ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.5, 1.0)), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(f.parts()).hasSize(2);
        assertThat(f.parts().get(0).outcome()).isEqualTo(Outcome.MET);
        assertThat(f.parts().get(1).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.term().orElseThrow().period().start()).isEqualTo(NEW_TERM);
        // pooled: 3 + 1 complying of 4 + 2; C1 is after the as-of date
        assertThat(f.measurement().numerator()).hasValue(4);
        assertThat(f.measurement().denominator()).hasValue(6);
        assertThat(f.evidence().ids()).containsExactly("A2", "B1");
        assertThat(f.evidence().count()).isEqualTo(2);
        assertThat(ComplianceEngine.builder().evidenceLimit(1).build().score(subject(ACTS), pack(share(true, 0.5, 1.0)), AS_OF)
                .finding(SHARE).orElseThrow().evidence().ids()).containsExactly("A2");
        assertThat(ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.5, 1.0)), AS_OF).cappedBy())
                .containsExactly(SHARE);
    }

    @Test
    void withoutAMandatoryFailureTheLeastAttainmentDecidesAndATieGoesToTheEarlierTerm() {
        // 75 % against 80 % fails the earlier term; 50 % against 40 % meets the later one: the earlier decides
        Finding f = ComplianceEngine.create().score(subject(ACTS), pack(share(false, 0.8, 0.4)), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.term().orElseThrow().period().start()).isEqualTo(LocalDate.MIN);
        // both fail, neither mandatory: a tie in attainment (0), the earlier term decides
        Finding tie = ComplianceEngine.create().score(subject(ACTS), pack(share(false, 0.9, 0.9)), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(tie.term().orElseThrow().period().start()).isEqualTo(LocalDate.MIN);
        // both fail, the later mandatory: it decides although the earlier fails as much
        Finding mandatory = ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.9, 0.9)), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(mandatory.term().orElseThrow().period().start()).isEqualTo(NEW_TERM);
        // both met: the earlier term decides
        Finding met = ComplianceEngine.create().score(subject(ACTS), pack(share(false, 0.5, 0.5)), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(met.outcome()).isEqualTo(Outcome.MET);
        assertThat(met.term().orElseThrow().period().start()).isEqualTo(LocalDate.MIN);
        assertThat(met.message()).startsWith("2 of 6 acts (33.33 %) did not comply; the target is at least 50 %; each act judged"
                + " by the term of its day: before 2027-01-01: 75 % (3 of 4) against at least 50 %, MET; from 2027-01-01:");
    }

    @Test
    void countsOfSeveralTermsAreSummed() {
        Finding f = ComplianceEngine.create().score(subject(ACTS), pack(count()), AS_OF).finding(COUNT).orElseThrow();
        assertThat(f.parts()).hasSize(2);
        assertThat(f.measurement().value()).hasValue(2.0);
        assertThat(f.measurement().denominator()).isEmpty();
        assertThat(f.evidence().ids()).containsExactly("A2", "B1");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void actsAfterTheAsOfDateAreNotYetEvidenceAndATermNotYetInForceJudgesNothing() {
        Finding f = ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.5, 1.0)), LocalDate.of(2026, 12, 31))
                .finding(SHARE).orElseThrow();
        assertThat(f.measurement().numerator()).hasValue(3);
        assertThat(f.measurement().denominator()).hasValue(4);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        // as of 2026-04-15: only A1 and A2 are acts yet
        Finding early = ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.5, 1.0)), LocalDate.of(2026, 4, 15))
                .finding(SHARE).orElseThrow();
        assertThat(early.measurement().denominator()).hasValue(2);
        // as of 2027-02-01: B1 of that very day counts
        Finding first = ComplianceEngine.create().score(subject(ACTS), pack(share(true, 0.5, 1.0)), LocalDate.of(2027, 2, 1))
                .finding(SHARE).orElseThrow();
        assertThat(first.measurement().denominator()).hasValue(5);
    }

    @Test
    void aRuleNeedsItsMinimumOfActsInScope() {
        Rule<Subject<Act>, Act> three = share(false, 0.5, 0.5).withParameter(Rule.MINIMUM_ACTS, 3);
        List<Act> two = List.of(act("A1", "2026-03-01", true), act("A2", "2026-04-01", true));
        Finding f = ComplianceEngine.create().score(subject(two), pack(three), AS_OF).finding(SHARE).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(f.measurement().reason()).isEqualTo("only 2 acts in scope; a finding needs at least 3 (parameter"
                + " minimum-acts)");
        assertThat(f.message()).contains("parameter minimum-acts is 3 (overridden; the source's value is 1)");
        Finding one = ComplianceEngine.create().score(subject(two.subList(0, 1)), pack(three), AS_OF).finding(SHARE)
                .orElseThrow();
        assertThat(one.measurement().reason()).startsWith("only 1 act in scope;");
        List<Act> enough = new ArrayList<>(two);
        enough.add(act("A3", "2026-05-01", true));
        assertThat(ComplianceEngine.create().score(subject(enough), pack(three), AS_OF).finding(SHARE).orElseThrow().outcome())
                .isEqualTo(Outcome.MET);
        // no act at all is not applicable, not insufficient
        assertThat(ComplianceEngine.create().score(subject(List.of()), pack(three), AS_OF).finding(SHARE).orElseThrow()
                .outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void scoringManySubjectsInParallelGivesTheSequentialScorecardsAndRethrowsWhatARuleThrows() {
        List<Subject<Act>> subjects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subjects.add(Subject.of("S" + i, "Subject " + i, ACTS.subList(0, i + 2)::stream));
        }
        RulePack<Subject<Act>, Act> pack = pack(share(true, 0.5, 1.0));
        List<Scorecard> sequential = ComplianceEngine.create().scoreAll(subjects, pack, AS_OF);
        assertThat(ComplianceEngine.builder().parallelism(3).build().scoreAll(subjects, pack, AS_OF)).isEqualTo(sequential);
        Subject<Act> broken = Subject.of("X", "Broken", () -> Stream.of((Act) null));
        List<Subject<Act>> withBroken = new ArrayList<>(subjects);
        withBroken.add(2, broken);
        assertThatThrownBy(() -> ComplianceEngine.builder().parallelism(2).build().scoreAll(withBroken, pack, AS_OF))
                .isInstanceOf(NullPointerException.class);
        Subject<Act> failing = Subject.of("Y", "Failing", () -> {
            throw new AssertionError("records unavailable");
        });
        List<Subject<Act>> withFailing = new ArrayList<>(subjects);
        withFailing.add(failing);
        assertThatThrownBy(() -> ComplianceEngine.builder().parallelism(2).build().scoreAll(withFailing, pack, AS_OF))
                .isInstanceOf(AssertionError.class).hasMessage("records unavailable");
    }
}
