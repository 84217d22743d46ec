package io.github.circularj.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Checks the {@code equals}/{@code hashCode} contract of a value type without reflection: a value equals
 * itself and an equal copy (both ways, with the same hash code), never {@code null} nor an object of
 * another type, and none of the given values that differ from it in exactly one component. Distinct
 * values are expected to have distinct hash codes too, so a constant hash code is caught.
 */
public final class ValueContract {

    private ValueContract() {
    }

    /**
     * Asserts the contract.
     *
     * @param value a value
     * @param equalCopy a distinct instance equal to {@code value}
     * @param different values that each differ from {@code value} in one component
     * @param <T> the value type
     */
    public static <T> void assertValueSemantics(T value, T equalCopy, List<? extends T> different) {
        assertThat(value.equals(value)).as("reflexive").isTrue();
        assertThat(value.equals(equalCopy)).as("equal copy").isTrue();
        assertThat(equalCopy.equals(value)).as("symmetric").isTrue();
        assertThat(value.hashCode()).as("hash of equal copy").isEqualTo(equalCopy.hashCode());
        assertThat(value.equals(null)).as("never equal to null").isFalse();
        assertThat(value.equals(new Object())).as("never equal to another type").isFalse();
        assertThat(value.toString()).as("toString of equal copy").isEqualTo(equalCopy.toString());
        for (T other : different) {
            assertThat(value.equals(other)).as("differs from %s", other).isFalse();
            assertThat(other.equals(value)).as("%s differs from value", other).isFalse();
            assertThat(value.hashCode()).as("hash differs from that of %s", other).isNotEqualTo(other.hashCode());
        }
    }
}
