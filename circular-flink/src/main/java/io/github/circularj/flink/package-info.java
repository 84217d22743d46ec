/**
 * The rule packs on Apache Flink: {@link io.github.circularj.flink.RulePackAggregate}, a rule pack as a keyed
 * {@code AggregateFunction} whose accumulators Flink stores and ships with this package's serializer (no Kryo),
 * and {@link io.github.circularj.flink.PilotScoringJob}, a reference job that scores pilot enterprises' ledger
 * files. Flink itself is a provided dependency: the cluster, or the user's job, brings it.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.flink;

import javax.annotation.ParametersAreNonnullByDefault;
