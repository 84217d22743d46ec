package io.github.circularj.rules.experiment;

import io.github.circularj.rules.RuleId;
import java.util.Comparator;
import java.util.Objects;

/**
 * What one rule did in an experiment: for how many subjects its finding changed (outcome or attainment),
 * and how many of those subjects also changed band.
 *
 * <p>{@link ExperimentResult#ruleImpacts()} lists the rules whose finding changed for at least one
 * subject in {@link #RANKING} order. A subject that changed band is counted for every rule whose finding
 * changed for it: the band moves with all of them together, so the counts do not add up across rules.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the rule
 * @param subjectsChanged for how many subjects the rule's finding changed, at least 1
 * @param subjectsMovedBand how many of those subjects changed band, at most {@code subjectsChanged}
 */
public record RuleImpact(RuleId ruleId, int subjectsChanged, int subjectsMovedBand) {

    /**
     * The ranking: most subjects changed first, then most subjects moved band, then by rule id.
     */
    public static final Comparator<RuleImpact> RANKING = Comparator.comparingInt(RuleImpact::subjectsChanged)
            .reversed()
            .thenComparing(Comparator.comparingInt(RuleImpact::subjectsMovedBand).reversed())
            .thenComparing(RuleImpact::ruleId);

    /**
     * Validates the impact.
     *
     * @param ruleId the rule, not null
     * @param subjectsChanged the subjects whose finding changed, at least 1
     * @param subjectsMovedBand the subjects among them that changed band, in [0, subjectsChanged]
     * @throws IllegalArgumentException if a count is out of range
     */
    public RuleImpact {
        Objects.requireNonNull(ruleId, "ruleId");
        if (subjectsChanged < 1) {
            throw new IllegalArgumentException("rule impact of " + ruleId + ": subjectsChanged \"" + subjectsChanged
                    + "\" is below 1; only rules that changed a finding have an impact");
        }
        if (subjectsMovedBand < 0 || subjectsMovedBand > subjectsChanged) {
            throw new IllegalArgumentException("rule impact of " + ruleId + ": subjectsMovedBand \"" + subjectsMovedBand
                    + "\" is outside [0, " + subjectsChanged + "]; it counts some of the subjects changed");
        }
    }

    /**
     * Returns the impact as text, e.g. {@code "DATA-ERASURE: 3 subjects changed, 2 moved band"}.
     *
     * @return the impact as text
     */
    @Override
    public String toString() {
        return ruleId + ": " + subjectsChanged + (subjectsChanged == 1 ? " subject" : " subjects") + " changed, "
                + subjectsMovedBand + " moved band";
    }
}
