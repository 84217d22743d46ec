package io.github.circularj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class MassTest {

    @Test
    void convertsBetweenUnits() {
        assertThat(Mass.ofGrams(250).kilograms()).isEqualTo(0.25);
        assertThat(Mass.ofTonnes(1.5).kilograms()).isEqualTo(1_500.0);
        assertThat(Mass.ofKilograms(2).grams()).isEqualTo(2_000.0);
        assertThat(Mass.ofKilograms(300).tonnes()).isEqualTo(0.3);
    }

    @Test
    void rejectsANegativeMassNamingTheFieldAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofKilograms(-0.5))
                .withMessage("mass kilograms \"-0.5\" is negative; a mass is never negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofGrams(-1))
                .withMessageContaining("grams \"-1.0\"");
    }

    @Test
    void rejectsNanAndInfinity() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofKilograms(Double.NaN))
                .withMessageContaining("\"NaN\" is not a finite number");
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofTonnes(Double.POSITIVE_INFINITY))
                .withMessageContaining("tonnes \"Infinity\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofTonnes(Double.MAX_VALUE))
                .withMessageContaining("kilograms \"Infinity\"");
    }

    @Test
    void addsScalesAndDivides() {
        Mass a = Mass.ofKilograms(3);
        assertThat(a.plus(Mass.ofKilograms(1))).isEqualTo(Mass.ofKilograms(4));
        assertThat(a.times(2)).isEqualTo(Mass.ofKilograms(6));
        assertThat(Mass.ofKilograms(1).ratio(Mass.ofKilograms(4))).isEqualTo(0.25);
        assertThatIllegalArgumentException().isThrownBy(() -> a.ratio(Mass.ZERO))
                .withMessageContaining("zero");
        assertThatIllegalArgumentException().isThrownBy(() -> a.times(-1))
                .withMessageContaining("factor \"-1.0\"");
    }

    @Test
    void negativeZeroEqualsZero() {
        assertThat(Mass.ofKilograms(-0.0)).isEqualTo(Mass.ZERO).hasSameHashCodeAs(Mass.ZERO);
        assertThat(Mass.ZERO.isZero()).isTrue();
    }

    @Test
    void printsKilograms() {
        assertThat(Mass.ofGrams(1250)).hasToString("1.25 kg");
        assertThat(Mass.ofTonnes(2)).hasToString("2000 kg");
    }

    @Test
    void additionIsCommutativeAndOrdersConsistently() {
        qt().forAll(doubles().between(0, 1e9), doubles().between(0, 1e9)).checkAssert((x, y) -> {
            Mass a = Mass.ofKilograms(x);
            Mass b = Mass.ofKilograms(y);
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
            assertThat(a.plus(b).compareTo(a)).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void namesTheTonnesGivenWhenTheirKilogramsOverflow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofTonnes(1e306))
                .withMessageStartingWith("mass tonnes \"1.0E306\" is too large");
    }
    @Test
    void mayBeScaledByZeroButNotByNanOrInfinity() {
        Mass a = Mass.ofKilograms(3);
        assertThat(a.times(0)).isEqualTo(Mass.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> a.times(Double.NaN))
                .withMessage("mass factor \"NaN\" is not a finite, non-negative number; a mass times it would not be a mass");
        assertThatIllegalArgumentException().isThrownBy(() -> a.times(Double.POSITIVE_INFINITY))
                .withMessageStartingWith("mass factor \"Infinity\" is not a finite, non-negative number");
    }

    @Test
    void comparesAndEqualsByKilograms() {
        Mass three = Mass.ofKilograms(3);
        assertThat(three.compareTo(Mass.ofKilograms(4))).isNegative();
        assertThat(Mass.ofKilograms(4).compareTo(three)).isPositive();
        assertThat(three.compareTo(Mass.ofGrams(3000))).isZero();
        io.github.circularj.model.ValueContract.assertValueSemantics(three, Mass.ofGrams(3000),
                java.util.List.of(Mass.ofKilograms(3.001), Mass.ZERO));
    }
}
