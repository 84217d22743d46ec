/**
 * Policy experiments: what changes if a rule pack changes.
 *
 * <p>{@link io.github.circularj.rules.experiment.PolicyExperiment} scores one population against a
 * baseline pack and a variant pack (say, the data-erasure target raised to 100 %, or the weight of
 * traceability doubled) and reports, per subject, both scorecards and the score delta; the
 * {@link io.github.circularj.rules.experiment.BandMigration band-migration matrix}; summary
 * {@link io.github.circularj.rules.experiment.Statistics statistics}; and the
 * {@link io.github.circularj.rules.experiment.RuleImpact rules} whose findings changed, ranked.
 * {@link io.github.circularj.rules.experiment.Sensitivity} sweeps one threshold or weight over a list of
 * values and summarises the population at each, to chart how the parameter moves it.
 *
 * <p>Both read the population once, in order, holding only the subjects of the batch being scored, so a
 * population may be streamed; both score in parallel when the
 * {@link io.github.circularj.rules.ComplianceEngine} given has a parallelism above 1; and both give
 * results that do not depend on the thread count or on the order of the population: per-subject results
 * are sorted by subject id, and statistics are computed from sorted values.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.experiment;

import javax.annotation.ParametersAreNonnullByDefault;
