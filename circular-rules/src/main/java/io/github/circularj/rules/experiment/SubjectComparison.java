package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * One subject in an experiment: its scorecard under the baseline pack and under the variant pack.
 *
 * <p>A rule's finding <em>changed</em> when its outcome or its attainment differs between the two
 * scorecards. A rule that is in only one of the packs counts, on the other side, as
 * {@link Outcome#NOT_APPLICABLE} without attainment; so adding a rule that does not apply to a subject
 * changes nothing for it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param baseline the subject's scorecard under the baseline pack
 * @param variant the same subject's scorecard under the variant pack, as of the same date
 */
public record SubjectComparison(Scorecard baseline, Scorecard variant) {

    /**
     * Validates the pair.
     *
     * @param baseline the baseline scorecard, not null
     * @param variant the variant scorecard, not null
     * @throws IllegalArgumentException if the scorecards are of different subjects or as of different dates
     */
    public SubjectComparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(variant, "variant");
        if (!baseline.subjectId().equals(variant.subjectId())) {
            throw new IllegalArgumentException("comparison of subject \"" + baseline.subjectId()
                    + "\" with a variant scorecard of subject \"" + variant.subjectId()
                    + "\"; both scorecards must be of one subject");
        }
        if (!baseline.asOf().equals(variant.asOf())) {
            throw new IllegalArgumentException("comparison of subject \"" + baseline.subjectId() + "\" as of "
                    + baseline.asOf() + " with a variant scorecard as of " + variant.asOf()
                    + "; both scorecards must be as of one date");
        }
    }

    /**
     * Returns the subject's id.
     *
     * @return the id
     */
    public String subjectId() {
        return baseline.subjectId();
    }

    /**
     * Returns the subject's name, as the baseline scorecard gives it.
     *
     * @return the name
     */
    public String subjectName() {
        return baseline.subjectName();
    }

    /**
     * Returns the score delta.
     *
     * @return the variant's score minus the baseline's, in [-100, 100]
     */
    public double delta() {
        return variant.score() - baseline.score();
    }

    /**
     * Returns the band under the baseline.
     *
     * @return the band
     */
    public Band fromBand() {
        return baseline.band();
    }

    /**
     * Returns the band under the variant.
     *
     * @return the band
     */
    public Band toBand() {
        return variant.band();
    }

    /**
     * Returns whether the subject changed band.
     *
     * @return true if the two bands differ
     */
    public boolean movedBand() {
        return baseline.band() != variant.band();
    }

    /**
     * Returns the rules whose finding changed (see the class description), in rule-id order.
     *
     * @return the ids, unmodifiable
     */
    public List<RuleId> changedRules() {
        TreeSet<RuleId> ids = new TreeSet<>();
        baseline.findings().forEach(f -> ids.add(f.ruleId()));
        variant.findings().forEach(f -> ids.add(f.ruleId()));
        List<RuleId> changed = new ArrayList<>();
        for (RuleId id : ids) {
            Optional<Finding> before = baseline.finding(id);
            Optional<Finding> after = variant.finding(id);
            if (outcome(before) != outcome(after) || !attainment(before).equals(attainment(after))) {
                changed.add(id);
            }
        }
        return List.copyOf(changed);
    }

    private static Outcome outcome(Optional<Finding> finding) {
        return finding.map(Finding::outcome).orElse(Outcome.NOT_APPLICABLE);
    }

    private static OptionalDouble attainment(Optional<Finding> finding) {
        return finding.map(Finding::attainment).orElse(OptionalDouble.empty());
    }

    /**
     * Returns the comparison as text, e.g.
     * {@code "E1 (Dealer One): 100.00 EXEMPLARY → 75.00 NON_COMPLIANT (-25.00)"}.
     *
     * @return the comparison as text
     */
    @Override
    public String toString() {
        double delta = delta();
        return subjectId() + " (" + subjectName() + "): " + Statistics.twoDecimals(baseline.score()) + " "
                + baseline.band() + " → " + Statistics.twoDecimals(variant.score()) + " " + variant.band() + " ("
                + (delta > 0 ? "+" : "") + Statistics.twoDecimals(delta) + ")";
    }
}
