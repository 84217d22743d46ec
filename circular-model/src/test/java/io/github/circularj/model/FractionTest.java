package io.github.circularj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void readsPercentages() {
        assertThat(Fraction.ofPercent(15).value()).isEqualTo(0.15);
        assertThat(Fraction.of(0.25).percent()).isEqualTo(25.0);
        assertThat(Fraction.ofPercent(100)).isEqualTo(Fraction.ONE);
    }

    @Test
    void acceptsTheBounds() {
        assertThat(Fraction.of(0)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(1)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(-0.0)).isEqualTo(Fraction.ZERO).hasSameHashCodeAs(Fraction.ZERO);
    }

    @Test
    void rejectsAValueAboveOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(1.01))
                .withMessage("fraction \"1.01\" is outside [0, 1]; a fraction lies in [0, 1]");
    }

    @Test
    void rejectsANegativeValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(-0.1))
                .withMessageContaining("fraction \"-0.1\" is outside [0, 1]");
    }

    @Test
    void rejectsAPercentageAboveOneHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.ofPercent(150))
                .withMessage("percent \"150.0\" is outside [0, 100]; a fraction lies in [0, 100]");
    }

    @Test
    void rejectsNanAndInfinities() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(Double.NaN))
                .withMessage("fraction \"NaN\" is not a finite number; a fraction must be finite");
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.ofPercent(Double.NEGATIVE_INFINITY))
                .withMessageContaining("percent \"-Infinity\" is not a finite number");
    }

    @Test
    void theComplementCompletesTheWhole() {
        assertThat(Fraction.of(0.25).complement()).isEqualTo(Fraction.of(0.75));
        assertThat(Fraction.ONE.complement()).isEqualTo(Fraction.ZERO);
        qt().forAll(doubles().between(0, 1)).checkAssert(x -> {
            Fraction f = Fraction.of(x);
            assertThat(f.complement().value()).isBetween(0.0, 1.0);
            assertThat(f.value() + f.complement().value()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        });
    }

    @Test
    void printsAPlainDecimal() {
        assertThat(Fraction.of(0.25)).hasToString("0.25");
        assertThat(Fraction.ONE).hasToString("1");
        assertThat(Fraction.ZERO).hasToString("0");
    }

    @Test
    void ordersByValue() {
        assertThat(Fraction.of(0.2)).isLessThan(Fraction.of(0.3));
    }

    @Test
    void fractionsAreEqualExactlyWhenTheirValuesAre() {
        assertThat(Fraction.of(0.5)).isEqualTo(Fraction.of(0.5)).hasSameHashCodeAs(Fraction.of(0.5));
        assertThat(Fraction.of(0.5)).isNotEqualTo(Fraction.of(0.25)).isNotEqualTo(0.5);
        assertThat(Fraction.of(0.5).hashCode()).isNotEqualTo(Fraction.of(0.25).hashCode());
    }
}
