package io.github.circularj.rules;

/**
 * The rating a score earns under a pack's {@link BandThresholds}, best first, and {@link #NOT_RATED} last
 * for a subject without evidence, so that ranking by band puts it after every rated subject.
 */
public enum Band {
    /** At or above the exemplary threshold (90 by default). */
    EXEMPLARY,
    /** At or above the compliant threshold (75 by default). */
    COMPLIANT,
    /** At or above the needs-improvement threshold (60 by default). */
    NEEDS_IMPROVEMENT,
    /** Below the needs-improvement threshold, or capped by a failed mandatory rule. */
    NON_COMPLIANT,
    /**
     * Not rated: the subject holds no accepted record, or no rule of the pack found evidence to judge. Not a
     * judgement of compliance either way; never averaged into a city's or a population's score.
     */
    NOT_RATED
}
