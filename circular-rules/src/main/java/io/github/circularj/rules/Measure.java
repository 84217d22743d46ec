package io.github.circularj.rules;

import java.util.Objects;

/**
 * How a rule measures a subject: gives the {@link Indicator} for one evaluation of one subject.
 *
 * <p>Most measures ignore the subject and read only its records (the built-in share, count, sum and
 * duration indicators); a profile measure reads the subject's declared data instead (for example an
 * enterprise's record-retention period or a city's statistics), which is why a rule holds a measure
 * rather than a bare indicator. The context gives the evidence limit of the evaluation.
 *
 * <p>An implementation must be stateless and thread-safe. The built-ins are in {@link Indicators}.
 *
 * @param <S> the type of the subject
 * @param <T> the type of the records
 */
@FunctionalInterface
public interface Measure<S, T> {

    /**
     * Gives the indicator that measures a subject.
     *
     * @param subject the subject being scored
     * @param context the evaluation's settings
     * @return the indicator, not null
     */
    Indicator<T, ?> indicatorFor(S subject, EvaluationContext context);

    /**
     * Wraps an indicator that needs neither the subject nor the context.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param indicator the indicator, not null, stateless
     * @return the measure
     */
    static <S, T> Measure<S, T> of(Indicator<T, ?> indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return (subject, context) -> indicator;
    }
}
