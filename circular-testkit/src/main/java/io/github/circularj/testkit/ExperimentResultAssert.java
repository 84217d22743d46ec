package io.github.circularj.testkit;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.RuleImpact;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link ExperimentResult}. Obtain one with
 * {@link CircularAssertions#assertThat(ExperimentResult)}.
 *
 * <p>Failure messages show the subjects concerned with both scorecards' explanations, pruned to the
 * rules whose findings changed, so an analyst sees why a subject moved or did not.
 */
public final class ExperimentResultAssert extends AbstractAssert<ExperimentResultAssert, ExperimentResult> {

    /** The most subjects whose explanations a failure message shows. */
    private static final int SHOWN = 5;

    /** A score rise smaller than this is rounding, not an improvement: half the reports' last digit. */
    private static final double IMPROVEMENT = 0.005;

    /** How an actual count is held against an expected one. */
    private enum Bound {
        EXACTLY(""), AT_LEAST("at least "), AT_MOST("at most ");

        private final String words;

        Bound(String words) {
            this.words = words;
        }

        boolean holds(int actual, int expected) {
            return this == EXACTLY ? actual == expected : this == AT_LEAST ? actual >= expected : actual <= expected;
        }

        String words(int expected) {
            return words + expected;
        }
    }

    ExperimentResultAssert(ExperimentResult actual) {
        super(actual, ExperimentResultAssert.class);
    }

    private SubjectComparison subject(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        isNotNull();
        Optional<SubjectComparison> c = actual.comparison(subjectId);
        if (c.isEmpty()) {
            List<String> ids = actual.comparisons().stream().map(SubjectComparison::subjectId).limit(20).toList();
            failWithMessage("%s", "Expecting subject \"" + subjectId + "\" in the experiment but it has no such subject;"
                    + " its subjects are " + ids + (actual.size() > ids.size() ? " and " + (actual.size() - ids.size())
                            + " more" : ""));
        }
        return c.orElseThrow();
    }

    /**
     * Verifies that a subject went from one band to another.
     *
     * @param subjectId the subject's id, not null
     * @param from the band under the baseline, not null
     * @param to the band under the variant, not null
     * @return this assertion
     * @throws AssertionError if the subject is missing or its bands differ
     */
    public ExperimentResultAssert movesBand(String subjectId, Band from, Band to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SubjectComparison c = subject(subjectId);
        if (c.fromBand() != from || c.toBand() != to) {
            failWithMessage("%s", "Expecting " + subjectId + " to move from " + from + " to " + to + " but it went "
                    + (c.movedBand() ? "from " + c.fromBand() + " to " + c.toBand() : "nowhere: it stayed " + c.fromBand())
                    + ": " + c + ".\nWhy:\n" + Excerpts.comparison(c));
        }
        return this;
    }

    /**
     * Verifies that a subject kept its band.
     *
     * @param subjectId the subject's id, not null
     * @return this assertion
     * @throws AssertionError if the subject is missing or changed band
     */
    public ExperimentResultAssert doesNotMoveBand(String subjectId) {
        SubjectComparison c = subject(subjectId);
        if (c.movedBand()) {
            failWithMessage("%s", "Expecting " + subjectId + " to keep its band but it moved from " + c.fromBand() + " to "
                    + c.toBand() + ": " + c + ".\nWhy:\n" + Excerpts.comparison(c));
        }
        return this;
    }

    /**
     * Verifies one cell of the band-migration matrix.
     *
     * @param from the band under the baseline, not null
     * @param to the band under the variant, not null
     * @param count how many subjects went from {@code from} to {@code to}
     * @return this assertion
     * @throws AssertionError if the count differs
     */
    public ExperimentResultAssert hasMigrations(Band from, Band to, int count) {
        return migrations(from, to, Bound.EXACTLY, count);
    }

    /**
     * Verifies that at least so many subjects went from one band to another.
     *
     * @param from the band under the baseline, not null
     * @param to the band under the variant, not null
     * @param count the fewest subjects expected to go from {@code from} to {@code to}
     * @return this assertion
     * @throws AssertionError if fewer did
     */
    public ExperimentResultAssert hasMigrationsAtLeast(Band from, Band to, int count) {
        return migrations(from, to, Bound.AT_LEAST, count);
    }

    /**
     * Verifies that at most so many subjects went from one band to another.
     *
     * @param from the band under the baseline, not null
     * @param to the band under the variant, not null
     * @param count the most subjects expected to go from {@code from} to {@code to}
     * @return this assertion
     * @throws AssertionError if more did
     */
    public ExperimentResultAssert hasMigrationsAtMost(Band from, Band to, int count) {
        return migrations(from, to, Bound.AT_MOST, count);
    }

    private ExperimentResultAssert migrations(Band from, Band to, Bound bound, int count) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        isNotNull();
        int actualCount = actual.migration().count(from, to);
        if (!bound.holds(actualCount, count)) {
            List<SubjectComparison> concerned = actual.comparisons().stream()
                    .filter(c -> c.fromBand() == from || c.toBand() == to).toList();
            failWithMessage("%s", "Expecting " + bound.words(count) + " subjects to move from " + from + " to " + to
                    + " but " + actualCount + " did; the matrix is " + actual.migration() + ".\nSubjects from " + from
                    + " or to " + to + ":\n" + explain(concerned));
        }
        return this;
    }

    /**
     * Verifies a rule's impact.
     *
     * @param ruleId the rule, not null
     * @param subjectsChanged for how many subjects its finding changed
     * @param subjectsMovedBand how many of them changed band
     * @return this assertion
     * @throws AssertionError if the rule changed no finding or its counts differ
     */
    public ExperimentResultAssert hasRuleImpact(RuleId ruleId, int subjectsChanged, int subjectsMovedBand) {
        return ruleImpact(ruleId, Bound.EXACTLY, subjectsChanged, subjectsMovedBand);
    }

    /**
     * Verifies that a rule changed at least so many subjects' findings, and moved at least so many of
     * them to another band.
     *
     * @param ruleId the rule, not null
     * @param subjectsChanged the fewest subjects whose finding changed
     * @param subjectsMovedBand the fewest of them that changed band; 0 to leave bands out
     * @return this assertion
     * @throws AssertionError if either count is lower (a rule that changed nothing counts 0 and 0)
     */
    public ExperimentResultAssert hasRuleImpactAtLeast(RuleId ruleId, int subjectsChanged, int subjectsMovedBand) {
        return ruleImpact(ruleId, Bound.AT_LEAST, subjectsChanged, subjectsMovedBand);
    }

    /**
     * Verifies that a rule changed at most so many subjects' findings, and moved at most so many of them
     * to another band.
     *
     * @param ruleId the rule, not null
     * @param subjectsChanged the most subjects whose finding changed
     * @param subjectsMovedBand the most of them that changed band
     * @return this assertion
     * @throws AssertionError if either count is higher
     */
    public ExperimentResultAssert hasRuleImpactAtMost(RuleId ruleId, int subjectsChanged, int subjectsMovedBand) {
        return ruleImpact(ruleId, Bound.AT_MOST, subjectsChanged, subjectsMovedBand);
    }

    private ExperimentResultAssert ruleImpact(RuleId ruleId, Bound bound, int subjectsChanged, int subjectsMovedBand) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        Optional<RuleImpact> impact = actual.ruleImpact(ruleId);
        int changed = impact.map(RuleImpact::subjectsChanged).orElse(0);
        int moved = impact.map(RuleImpact::subjectsMovedBand).orElse(0);
        boolean exactlyNeedsAnImpact = bound == Bound.EXACTLY && impact.isEmpty();
        if (exactlyNeedsAnImpact || !bound.holds(changed, subjectsChanged) || !bound.holds(moved, subjectsMovedBand)) {
            failWithMessage("%s", "Expecting " + ruleId + " to have changed " + bound.words(subjectsChanged)
                    + " subjects, " + bound.words(subjectsMovedBand) + " of which moved band, but "
                    + impact.map(RuleImpact::toString).orElse(ruleId + " changed no finding") + "; the rule impacts are "
                    + actual.ruleImpacts() + ".\nSubjects whose " + ruleId + " finding changed:\n"
                    + explain(changedBy(ruleId)));
        }
        return this;
    }

    /**
     * Verifies that the rules whose findings changed, for any subject, are exactly these: each of them
     * changed some subject's finding and no other rule changed any (as AssertJ's {@code containsOnly}).
     *
     * @param ruleIds the rules expected to change, not null, no null elements, at least one
     * @return this assertion
     * @throws AssertionError if another rule changed a finding, or one of these changed none
     * @throws IllegalArgumentException if no rule is given
     */
    public ExperimentResultAssert onlyRulesChanged(RuleId... ruleIds) {
        Set<RuleId> expected = new TreeSet<>(List.of(ruleIds));
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("onlyRulesChanged needs at least one rule; to expect none,"
                    + " assert hasNoRuleImpact on each rule");
        }
        isNotNull();
        Set<RuleId> changed = new TreeSet<>();
        actual.ruleImpacts().forEach(impact -> changed.add(impact.ruleId()));
        Set<RuleId> unexpected = new TreeSet<>(changed);
        unexpected.removeAll(expected);
        Set<RuleId> unchanged = new TreeSet<>(expected);
        unchanged.removeAll(changed);
        if (!unexpected.isEmpty() || !unchanged.isEmpty()) {
            List<SubjectComparison> concerned = actual.comparisons().stream()
                    .filter(c -> c.changedRules().stream().anyMatch(unexpected::contains)).toList();
            failWithMessage("%s", "Expecting only " + expected + " to change findings but " + changed + " did"
                    + (unexpected.isEmpty() ? "" : "; not expected: " + unexpected)
                    + (unchanged.isEmpty() ? "" : "; changed no finding: " + unchanged)
                    + ".\nSubjects whose findings of " + unexpected + " changed:\n" + explain(concerned));
        }
        return this;
    }

    /**
     * Verifies that no subject did better under the variant: no score rose (by more than 0.005, the
     * reports' rounding) and no band improved.
     *
     * @return this assertion
     * @throws AssertionError listing the subjects that improved, with why
     */
    public ExperimentResultAssert noSubjectImproved() {
        isNotNull();
        List<SubjectComparison> improved = actual.comparisons().stream()
                .filter(c -> c.delta() > IMPROVEMENT || c.toBand().compareTo(c.fromBand()) < 0).toList();
        if (!improved.isEmpty()) {
            failWithMessage("%s", "Expecting no subject to improve but " + improved.size() + " of " + actual.size()
                    + " did:\n" + explain(improved));
        }
        return this;
    }

    /**
     * Verifies that a rule changed no subject's finding.
     *
     * @param ruleId the rule, not null
     * @return this assertion
     * @throws AssertionError if the rule changed a finding
     */
    public ExperimentResultAssert hasNoRuleImpact(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        Optional<RuleImpact> impact = actual.ruleImpact(ruleId);
        if (impact.isPresent()) {
            failWithMessage("%s", "Expecting " + ruleId + " to change no finding but " + impact.get() + ".\nSubjects whose "
                    + ruleId + " finding changed:\n" + explain(changedBy(ruleId)));
        }
        return this;
    }

    private List<SubjectComparison> changedBy(RuleId ruleId) {
        return actual.comparisons().stream().filter(c -> c.changedRules().contains(ruleId)).toList();
    }

    private static String explain(List<SubjectComparison> comparisons) {
        if (comparisons.isEmpty()) {
            return "  (none)\n";
        }
        String shown = comparisons.stream().limit(SHOWN).map(c -> c + "\n" + Excerpts.indent(Excerpts.comparison(c)))
                .collect(Collectors.joining());
        return shown + (comparisons.size() > SHOWN ? "… and " + (comparisons.size() - SHOWN) + " more\n" : "");
    }
}
