package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.ValueContract;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScoringCurveTest {

    private static final Target AT_LEAST_80 = Target.atLeast(0.8, Unit.SHARE);
    private static final Target AT_MOST_7 = Target.atMost(7, Unit.DAYS);

    @Test
    void aStepCurveHasNoFloorAndGivesAllOrNothing() {
        ScoringCurve step = ScoringCurve.step();
        assertThat(step.floor()).isEmpty();
        assertThat(step.attainment(0.8, AT_LEAST_80)).isEqualTo(1.0);
        assertThat(step.attainment(0.79, AT_LEAST_80)).isEqualTo(0.0);
        assertThat(step).hasToString("step");
    }

    @Test
    void aLinearCurveInterpolatesBetweenFloorAndThreshold() {
        ScoringCurve linear = ScoringCurve.linear(0.4);
        assertThat(linear.floor()).isEqualTo(OptionalDouble.of(0.4));
        assertThat(linear.attainment(0.6, AT_LEAST_80)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(linear.attainment(0.4, AT_LEAST_80)).isEqualTo(0.0);
        assertThat(linear.attainment(0.1, AT_LEAST_80)).isEqualTo(0.0);
        assertThat(linear.attainment(0.8, AT_LEAST_80)).isEqualTo(1.0);
        assertThat(linear).hasToString("linear from 0.4");
    }

    @Test
    void aLinearCurveStaysBelowOneJustShortOfTheTarget() {
        double justBelow = Math.nextDown(0.8);
        assertThat(ScoringCurve.linear(0.4).attainment(justBelow, AT_LEAST_80)).isLessThan(1.0).isGreaterThan(0.99);
    }

    @Test
    void aLinearCurveInterpolatesDownwardsForAnUpperLimit() {
        assertThat(ScoringCurve.linear(10).attainment(8.5, AT_MOST_7)).isEqualTo(0.5);
        assertThat(ScoringCurve.linear(10).attainment(12, AT_MOST_7)).isEqualTo(0.0);
    }

    @Test
    void zeroToleranceIsAllOrNothingWhateverTheCurve() {
        Target zero = Target.zeroTolerance(Unit.COUNT);
        assertThat(ScoringCurve.linear(5).attainment(0, zero)).isEqualTo(1.0);
        assertThat(ScoringCurve.linear(5).attainment(1, zero)).isEqualTo(0.0);
        assertThatNoException().isThrownBy(() -> ScoringCurve.linear(5).checkFits(zero, "R"));
    }

    @Test
    void rejectsANonFiniteFloor() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringCurve.linear(Double.NaN))
                .withMessageStartingWith("scoring curve floor \"NaN\" is not a finite number of magnitude at most 1000000000");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringCurve.linear(Double.NEGATIVE_INFINITY))
                .withMessageStartingWith("scoring curve floor \"-Infinity\" is not a finite number");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringCurve.linear(-1.0e300))
                .withMessageContaining("so that every score is finite");
    }

    @Test
    void rejectsANullTarget() {
        assertThatNullPointerException().isThrownBy(() -> ScoringCurve.step().attainment(1, null))
                .withMessage("target");
    }

    @Test
    void aFloorMustLieOnTheFailingSideOfTheThreshold() {
        assertThatNoException().isThrownBy(() -> ScoringCurve.linear(0.79).checkFits(AT_LEAST_80, "R"));
        assertThatNoException().isThrownBy(() -> ScoringCurve.linear(7.5).checkFits(AT_MOST_7, "R"));
        assertThatNoException().isThrownBy(() -> ScoringCurve.step().checkFits(AT_LEAST_80, "R"));
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringCurve.linear(0.8).checkFits(AT_LEAST_80, "R-1"))
                .withMessageStartingWith("R-1: scoring curve floor \"0.8\" must be below the target threshold \"0.8\" (");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringCurve.linear(7).checkFits(AT_MOST_7, "R-2"))
                .withMessageStartingWith("R-2: scoring curve floor \"7\" must be above the target threshold \"7\" (");
    }

    @Test
    void hasValueSemantics() {
        ValueContract.assertValueSemantics(ScoringCurve.linear(0.5), ScoringCurve.linear(0.5),
                List.of(ScoringCurve.linear(0.25), ScoringCurve.step()));
    }
}
