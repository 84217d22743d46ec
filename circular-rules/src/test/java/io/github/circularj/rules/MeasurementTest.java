package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aShareIsAFractionFromZeroToOneInclusive() {
        assertThat(Measurement.of(0.0, Unit.SHARE).value()).hasValue(0.0);
        assertThat(Measurement.of(1.0, Unit.SHARE).value()).hasValue(1.0);
        assertThatIllegalArgumentException().isThrownBy(() -> Measurement.of(1.0000001, Unit.SHARE))
                .withMessage("measurement value \"1.0000001\" is outside [0, 1]; a share is a fraction");
        assertThatIllegalArgumentException().isThrownBy(() -> Measurement.of(-0.0000001, Unit.SHARE))
                .withMessage("measurement value \"-1.0E-7\" is outside [0, 1]; a share is a fraction");
        assertThat(Measurement.of(3.0, Unit.YEARS).value()).as("other units are not bounded").hasValue(3.0);
    }

    @Test
    void refusesAShareWithNegativeCountsOrMoreCompliantThanInScope() {
        for (long[] bad : List.of(new long[] {-1, 3}, new long[] {0, -1}, new long[] {4, 3})) {
            assertThatIllegalArgumentException().isThrownBy(() -> Measurement.share(bad[0], bad[1], Evidence.none()))
                    .withMessage("share \"" + bad[0] + " of " + bad[1]
                            + "\" is not valid; a share needs 0 <= numerator <= denominator");
        }
        assertThat(Measurement.share(3, 3, Evidence.none())).hasToString(Unit.SHARE.format(1.0) + " (3 of 3)");
        assertThat(Measurement.share(0, 3, Evidence.none()).value()).hasValue(0.0);
    }

    @Test
    void onlyADefinedMeasurementHasAValue() {
        assertThat(Measurement.of(0.5, Unit.SHARE).isDefined()).isTrue();
        assertThat(Measurement.notApplicable(Unit.SHARE, "nothing in scope").isDefined()).isFalse();
        assertThat(Measurement.notApplicable(Unit.SHARE, "nothing in scope").value()).isEmpty();
        assertThat(Measurement.insufficientEvidence(Unit.YEARS, "not declared").isDefined()).isFalse();
        assertThat(Measurement.insufficientEvidence(Unit.YEARS, "not declared").value()).isEmpty();
        assertThat(Measurement.share(0, 0, Evidence.none()).isDefined()).isFalse();
    }

    @Test
    void printsEachStatusInItsOwnWords() {
        assertThat(Measurement.notApplicable(Unit.SHARE, "nothing in scope")).hasToString("not applicable (nothing in scope)");
        assertThat(Measurement.insufficientEvidence(Unit.YEARS, "not declared"))
                .hasToString("insufficient evidence (not declared)");
        assertThat(Measurement.of(3.0, Unit.YEARS)).hasToString(Unit.YEARS.format(3.0));
    }

    @Test
    void readsANegativeZeroValueAsZero() {
        assertThat(Double.doubleToRawLongBits(Measurement.of(-0.0, Unit.YEARS).value().getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void measurementsDifferingInAnyComponentAreNotEqual() {
        Measurement m = Measurement.share(2, 3, new Evidence(1, List.of("P1")));
        Measurement copy = Measurement.share(2, 3, new Evidence(1, List.of("P1")));
        assertThat(m.equals(m)).isTrue();
        assertThat(m.equals(copy)).isTrue();
        assertThat(m.hashCode()).isEqualTo(copy.hashCode());
        assertThat(m.equals(null)).isFalse();
        assertThat(m.equals("2 of 3")).isFalse();
        for (Measurement other : List.of(
                Measurement.share(1, 3, new Evidence(1, List.of("P1"))),
                Measurement.share(2, 4, new Evidence(1, List.of("P1"))),
                Measurement.share(2, 3, new Evidence(1, List.of("P2"))),
                Measurement.of(2.0 / 3.0, Unit.SHARE, new Evidence(1, List.of("P1"))),
                Measurement.of(0.5, Unit.SHARE),
                Measurement.of(0.5, Unit.YEARS),
                Measurement.notApplicable(Unit.SHARE, "a"),
                Measurement.insufficientEvidence(Unit.SHARE, "a"))) {
            assertThat(m.equals(other)).as("%s", other).isFalse();
            assertThat(m.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
        assertThat(Measurement.notApplicable(Unit.SHARE, "a")).isNotEqualTo(Measurement.notApplicable(Unit.SHARE, "b"));
    }
}
