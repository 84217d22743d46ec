package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.ValueContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final RuleId ID = RuleId.of("CITY-TEST");
    private static final Measurement MEASUREMENT = Measurement.of(0.5, Unit.SHARE);
    private static final Term TERM = Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.8, Unit.SHARE), true);
    private static final Citation CITATION = Citation.of("Measures", "Art. 5", Basis.STATUTE);

    private static Finding finding(RuleId id, String title, Outcome outcome, Measurement measurement,
            Optional<Term> term, OptionalDouble attainment, Citation citation, double weight, double points,
            String message) {
        return new Finding(id, title, outcome, measurement, term, attainment, citation, weight, points, message);
    }

    private static Finding sample() {
        return finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM), OptionalDouble.of(0.625),
                CITATION, 2.0, 1.25, "below target");
    }

    @Test
    void readsBackItsComponents() {
        Finding f = sample();
        assertThat(f.ruleId()).isEqualTo(ID);
        assertThat(f.title()).isEqualTo("Test rule");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.measurement()).isEqualTo(MEASUREMENT);
        assertThat(f.term()).contains(TERM);
        assertThat(f.target()).contains(Target.atLeast(0.8, Unit.SHARE));
        assertThat(f.isMandatory()).isTrue();
        assertThat(f.attainment()).isEqualTo(OptionalDouble.of(0.625));
        assertThat(f.evidence()).isEqualTo(MEASUREMENT.evidence());
        assertThat(f.citation()).isEqualTo(CITATION);
        assertThat(f.weight()).isEqualTo(2.0);
        assertThat(f.points()).isEqualTo(1.25);
        assertThat(f.message()).isEqualTo("below target");
    }

    @Test
    void isNotMandatoryWithoutATermOrWithAnAdvisoryOne() {
        Finding noTerm = finding(ID, "t", Outcome.NOT_APPLICABLE, MEASUREMENT, Optional.empty(),
                OptionalDouble.empty(), CITATION, 1.0, 0.0, "m");
        assertThat(noTerm.isMandatory()).isFalse();
        assertThat(noTerm.target()).isEmpty();
        Finding advisory = finding(ID, "t", Outcome.MET, MEASUREMENT,
                Optional.of(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.8, Unit.SHARE), false)),
                OptionalDouble.empty(), CITATION, 1.0, 0.0, "m");
        assertThat(advisory.isMandatory()).isFalse();
    }

    @Test
    void rejectsNullComponentsByName() {
        Optional<Term> t = Optional.of(TERM);
        OptionalDouble a = OptionalDouble.empty();
        assertThatNullPointerException().isThrownBy(
                () -> finding(null, "t", Outcome.MET, MEASUREMENT, t, a, CITATION, 1, 1, "m")).withMessage("ruleId");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, null, Outcome.MET, MEASUREMENT, t, a, CITATION, 1, 1, "m")).withMessage("title");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", null, MEASUREMENT, t, a, CITATION, 1, 1, "m")).withMessage("outcome");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", Outcome.MET, null, t, a, CITATION, 1, 1, "m")).withMessage("measurement");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", Outcome.MET, MEASUREMENT, null, a, CITATION, 1, 1, "m")).withMessage("term");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", Outcome.MET, MEASUREMENT, t, null, CITATION, 1, 1, "m"))
                .withMessage("attainment");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", Outcome.MET, MEASUREMENT, t, a, null, 1, 1, "m")).withMessage("citation");
        assertThatNullPointerException().isThrownBy(
                () -> finding(ID, "t", Outcome.MET, MEASUREMENT, t, a, CITATION, 1, 1, null)).withMessage("message");
    }

    @Test
    void hasValueSemantics() {
        ValueContract.assertValueSemantics(sample(), sample(), List.of(
                finding(RuleId.of("CITY-OTHER"), "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "below target"),
                finding(ID, "Test rule", Outcome.PARTIALLY_MET, MEASUREMENT, Optional.of(TERM),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "below target"),
                finding(ID, "Test rule", Outcome.NOT_MET, Measurement.of(0.4, Unit.SHARE), Optional.of(TERM),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "below target"),
                finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.empty(),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "below target"),
                finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                        OptionalDouble.of(0.5), CITATION, 2.0, 1.25, "below target"),
                finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.5, "below target"),
                finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                        OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "other message")));
    }

    @Test
    void differsInTitleCitationOrWeight() {
        Finding f = sample();
        assertThat(f).isNotEqualTo(finding(ID, "Other title", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                OptionalDouble.of(0.625), CITATION, 2.0, 1.25, "below target"));
        assertThat(f).isNotEqualTo(finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                OptionalDouble.of(0.625), CITATION.inForceFrom(LocalDate.of(2024, 1, 1)), 2.0, 1.25,
                "below target"));
        assertThat(f).isNotEqualTo(finding(ID, "Test rule", Outcome.NOT_MET, MEASUREMENT, Optional.of(TERM),
                OptionalDouble.of(0.625), CITATION, 3.0, 1.25, "below target"));
    }

    @Test
    void showsRuleOutcomeAndMessageAsText() {
        assertThat(sample()).hasToString("CITY-TEST NOT_MET: below target");
    }
}
