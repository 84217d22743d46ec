package io.github.circularj.rules;

/** The judgement of one rule on one subject. */
public enum Outcome {
    /** The target is met; attainment 1. */
    MET,
    /** The target is not met but the scoring curve gives some credit; attainment strictly between 0 and 1. */
    PARTIALLY_MET,
    /** The target is not met; attainment 0. */
    NOT_MET,
    /**
     * The rule does not apply: not in force on the as-of date, not for this kind of subject, or nothing
     * in scope. It is left out of the score.
     */
    NOT_APPLICABLE,
    /** The rule applies but data it needs is missing; it counts as 0 unless the pack says otherwise. */
    INSUFFICIENT_EVIDENCE
}
