package io.github.circularj.rules;

/** The rating a score earns under a pack's {@link BandThresholds}, best first. */
public enum Band {
    /** At or above the exemplary threshold (90 by default). */
    EXEMPLARY,
    /** At or above the compliant threshold (75 by default). */
    COMPLIANT,
    /** At or above the needs-improvement threshold (60 by default). */
    NEEDS_IMPROVEMENT,
    /** Below the needs-improvement threshold, or capped by a failed mandatory rule. */
    NON_COMPLIANT
}
