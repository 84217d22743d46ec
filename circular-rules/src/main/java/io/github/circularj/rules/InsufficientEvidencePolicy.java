package io.github.circularj.rules;

/** How a pack scores a rule whose outcome is {@link Outcome#INSUFFICIENT_EVIDENCE}. */
public enum InsufficientEvidencePolicy {
    /** The rule counts with attainment 0: missing data earns nothing (the default). */
    COUNT_AS_ZERO,
    /** The rule is left out of the score, like a rule that does not apply. */
    EXCLUDE
}
