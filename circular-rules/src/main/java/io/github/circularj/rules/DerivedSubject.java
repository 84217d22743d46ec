package io.github.circularj.rules;

import java.util.function.Function;

/**
 * A subject built from the scorecards of other subjects, its constituents: a city from its enterprises'
 * scorecards plus its statistics, for example.
 *
 * <p>A policy change to the constituents' pack changes their scorecards and so the derived subject: an
 * experiment on cities must re-score the enterprises under each pack first.
 * {@link io.github.circularj.rules.experiment.PolicyExperiment#compareDerived} does that by deriving each subject twice, once with a scorer
 * for the baseline constituent pack and once with a scorer for the variant one. A derivation must give
 * a subject with the same id both times, and should read its constituents only through the scorer:
 *
 * <pre>{@code
 * DerivedSubject<Shop, Town> town = score -> new Town("330100", "Town", shops.stream().map(score).toList());
 * }</pre>
 *
 * <p>The scorer is thread-safe; it may be called lazily (from the derived subject's records stream)
 * or eagerly.
 *
 * @param <E> the type of the constituents, such as an enterprise
 * @param <S> the type of the derived subject, such as a city
 */
@FunctionalInterface
public interface DerivedSubject<E, S> {

    /**
     * Builds the subject from its constituents' scorecards under one pack.
     *
     * @param scorer scores a constituent against the constituent pack of one side of the experiment,
     *     not null
     * @return the subject, not null
     */
    S derive(Function<? super E, Scorecard> scorer);
}
