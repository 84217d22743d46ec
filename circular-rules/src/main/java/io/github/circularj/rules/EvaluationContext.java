package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The settings of one evaluation that a {@link Measure} may need to build its indicator.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date the subject is judged as of
 * @param evidenceLimit the most offending ids a finding lists, not negative
 */
public record EvaluationContext(LocalDate asOf, int evidenceLimit) {

    /** The evidence limit unless the engine is told otherwise. */
    public static final int DEFAULT_EVIDENCE_LIMIT = 20;

    /**
     * Validates the context.
     *
     * @param asOf the as-of date, not null
     * @param evidenceLimit the evidence limit, not negative
     * @throws IllegalArgumentException if the limit is negative
     */
    public EvaluationContext {
        Objects.requireNonNull(asOf, "asOf");
        if (evidenceLimit < 0) {
            throw new IllegalArgumentException("evidenceLimit \"" + evidenceLimit + "\" is negative; it must be 0 or more");
        }
    }
}
