package io.github.circularj.testkit;

import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.circularj.model.Mass;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for Circular's model values, for users' own property tests.
 *
 * <p>Every generator yields only valid values: they are built through the public factories.
 * This class is stateless and thread-safe.
 */
public final class CircularGens {

    private CircularGens() {
    }

    /**
     * Generates masses between zero and {@code maxKilograms} inclusive.
     *
     * @param maxKilograms the largest mass in kilograms, finite and not negative
     * @return a generator of masses, never null
     * @throws IllegalArgumentException if {@code maxKilograms} is negative, NaN or infinite
     */
    public static Gen<Mass> masses(double maxKilograms) {
        Mass.ofKilograms(maxKilograms); // validates the bound with the model's own message
        return doubles().between(0.0, maxKilograms).map(Mass::ofKilograms);
    }
}
