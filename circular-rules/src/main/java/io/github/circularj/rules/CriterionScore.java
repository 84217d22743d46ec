package io.github.circularj.rules;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a subject scored on one criterion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the criterion's name
 * @param weight the criterion's weight in the pack
 * @param score the weighted mean attainment of its counted rules ×100, in [0, 100]; empty when no rule
 *     of the criterion counted, in which case the criterion is left out of the total
 * @param points what the criterion adds to the total score, in [0, 100]
 */
public record CriterionScore(String name, double weight, OptionalDouble score, double points) {

    /**
     * Validates the score.
     *
     * @param name the name, not null
     * @param weight the weight, not negative
     * @param score the score, not null
     * @param points the points, not negative
     */
    public CriterionScore {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(score, "score");
    }
}
