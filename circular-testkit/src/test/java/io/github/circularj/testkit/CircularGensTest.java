package io.github.circularj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class CircularGensTest {

    @Test
    void generatedMassesStayWithinTheBound() {
        qt().forAll(CircularGens.masses(25.0))
                .checkAssert(mass -> assertThat(mass.kilograms()).isBetween(0.0, 25.0));
    }

    @Test
    void refusesANegativeBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> CircularGens.masses(-1))
                .withMessageContaining("\"-1.0\" is negative");
    }
}
