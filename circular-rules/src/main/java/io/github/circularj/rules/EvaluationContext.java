package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The settings of one evaluation that a {@link Measure} may need to build its indicator: the as-of date,
 * the evidence limit and the parameters of the rule being measured.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date the subject is judged as of
 * @param evidenceLimit the most offending ids a finding lists, not negative
 * @param parameters the parameters of the rule being measured, as of {@code asOf}
 */
public record EvaluationContext(LocalDate asOf, int evidenceLimit, Parameters parameters) {

    /** The evidence limit unless the engine is told otherwise. */
    public static final int DEFAULT_EVIDENCE_LIMIT = 20;

    /**
     * Validates the context.
     *
     * @param asOf the as-of date, not null
     * @param evidenceLimit the evidence limit, not negative
     * @param parameters the parameters, not null, as of {@code asOf}
     * @throws IllegalArgumentException if the limit is negative or the parameters are of another date
     */
    public EvaluationContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(parameters, "parameters");
        if (evidenceLimit < 0) {
            throw new IllegalArgumentException("evidenceLimit \"" + evidenceLimit + "\" is negative; it must be 0 or more");
        }
        if (!parameters.asOf().equals(asOf)) {
            throw new IllegalArgumentException("parameters as of \"" + parameters.asOf() + "\" differ from asOf \""
                    + asOf + "\"; a measure sees the values in force on the evaluation's date");
        }
    }

    /**
     * Obtains a context with no parameters.
     *
     * @param asOf the as-of date, not null
     * @param evidenceLimit the evidence limit, not negative
     * @throws IllegalArgumentException if the limit is negative
     */
    public EvaluationContext(LocalDate asOf, int evidenceLimit) {
        this(asOf, evidenceLimit, Parameters.of(List.of(), Objects.requireNonNull(asOf, "asOf")));
    }

    /**
     * Returns a copy for measuring a rule with these parameters.
     *
     * @param ruleParameters the rule's parameters, not null
     * @return the copy
     */
    public EvaluationContext forParameters(List<Parameter> ruleParameters) {
        return new EvaluationContext(asOf, evidenceLimit, Parameters.of(ruleParameters, asOf));
    }

    /**
     * Returns a copy whose measure counts only the acts of an act period (see {@link Parameters#actsIn()}).
     *
     * @param period the act period, not null
     * @return the copy
     */
    public EvaluationContext forActs(EffectivePeriod period) {
        return new EvaluationContext(asOf, evidenceLimit, parameters.forActs(period));
    }

    /**
     * Returns a copy whose measure counts only the records of a term's scope (see {@link Parameters#scope()}).
     *
     * @param scope the scope, not null, empty for every record
     * @return the copy
     */
    public EvaluationContext forScope(String scope) {
        return new EvaluationContext(asOf, evidenceLimit, parameters.forScope(scope));
    }
}
