package io.github.circularj.model.subsidy;

import io.github.circularj.model.internal.Checks;

/**
 * The pseudonymous reference of the person a subsidy claim is for, such as the programme platform's token for
 * a verified buyer ({@code "BUYER-7f3a9c"}): the same person gets the same reference in every claim, so that
 * the programme's one-item-per-category-per-person limit can be checked, but the reference is not the person's
 * identity.
 *
 * <p>The model never holds an identity-card or mobile number (个人信息保护法): a reference holding what looks
 * like one, as a run of digits of its own, is refused, and so is a blank, padded or over-long reference or one
 * with hidden characters. Two claims are for the same person exactly when their references are equal; a
 * programme region that combines retailers' claims must use references of one issuer (the programme
 * platform's), or repeats across retailers stay unseen.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the reference, as given
 */
public record BuyerReference(String value) implements Comparable<BuyerReference> {

    /** The longest reference accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    /**
     * Validates the reference.
     *
     * @param value the reference, not null, 1 to {@value #MAX_LENGTH} visible characters, not padded, holding no
     *     identity-card or mobile number
     * @throws IllegalArgumentException if the reference is blank, too long, padded, holds a hidden character, or
     *     holds what looks like an identity-card or mobile number (the message masks it)
     */
    public BuyerReference {
        Checks.text("buyer reference", value, MAX_LENGTH);
    }

    /**
     * Obtains a buyer reference.
     *
     * @param value the reference, as for the constructor
     * @return the reference
     * @throws IllegalArgumentException if the reference is not valid
     */
    public static BuyerReference of(String value) {
        return new BuyerReference(value);
    }

    /**
     * Compares by value.
     *
     * @param other the other reference, not null
     * @return the comparison of the values
     */
    @Override
    public int compareTo(BuyerReference other) {
        return value.compareTo(other.value);
    }

    /**
     * Prints the value.
     *
     * @return the reference
     */
    @Override
    public String toString() {
        return value;
    }
}
