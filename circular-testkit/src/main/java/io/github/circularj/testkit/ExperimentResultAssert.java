package io.github.circularj.testkit;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.RuleImpact;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        isNotNull();
        int actualCount = actual.migration().count(from, to);
        if (actualCount != count) {
            List<SubjectComparison> concerned = actual.comparisons().stream()
                    .filter(c -> c.fromBand() == from || c.toBand() == to).toList();
            failWithMessage("%s", "Expecting " + count + " subjects to move from " + from + " to " + to + " but "
                    + actualCount + " did; the matrix is " + actual.migration() + ".\nSubjects from " + from + " or to " + to
                    + ":\n" + explain(concerned));
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
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        Optional<RuleImpact> impact = actual.ruleImpact(ruleId);
        if (impact.isEmpty() || impact.get().subjectsChanged() != subjectsChanged
                || impact.get().subjectsMovedBand() != subjectsMovedBand) {
            failWithMessage("%s", "Expecting " + ruleId + " to have changed " + subjectsChanged + " subjects, "
                    + subjectsMovedBand + " of which moved band, but " + impact.map(RuleImpact::toString)
                            .orElse(ruleId + " changed no finding") + "; the rule impacts are " + actual.ruleImpacts()
                    + ".\nSubjects whose " + ruleId + " finding changed:\n" + explain(changedBy(ruleId)));
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
