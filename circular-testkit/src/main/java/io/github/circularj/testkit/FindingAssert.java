package io.github.circularj.testkit;

import io.github.circularj.rules.Explanation;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a {@link Finding}. Obtain one with {@link CircularAssertions#assertThat(Finding)} or
 * {@link ScorecardAssert#hasFinding}.
 *
 * <p>Every failure message ends with the finding's part of its scorecard's explanation (when reached
 * from a scorecard) or the finding's own parts, so an analyst sees why the rule judged as it did.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    private final Optional<Explanation> subtree;

    FindingAssert(Finding actual, Optional<Explanation> subtree) {
        super(actual, FindingAssert.class);
        this.subtree = subtree;
    }

    private void fail(String what) {
        failWithMessage("%s", what + ".\nWhy:\n" + Excerpts.finding(actual, subtree));
    }

    /**
     * Verifies the outcome.
     *
     * @param expected the outcome, not null
     * @return this assertion
     * @throws AssertionError if the outcome differs
     */
    public FindingAssert withOutcome(Outcome expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.outcome() != expected) {
            fail("Expecting " + actual.ruleId() + " to be " + expected + " but it is " + actual.outcome());
        }
        return this;
    }

    /**
     * Verifies the attainment exactly.
     *
     * @param expected the attainment, in [0, 1]
     * @return this assertion
     * @throws AssertionError if there is no attainment or it differs
     */
    public FindingAssert withAttainment(double expected) {
        return withAttainment(expected, Offset.offset(0.0));
    }

    /**
     * Verifies the attainment within a tolerance.
     *
     * @param expected the attainment, in [0, 1]
     * @param offset the tolerance, not null
     * @return this assertion
     * @throws AssertionError if there is no attainment or it differs by more than the offset
     */
    public FindingAssert withAttainment(double expected, Offset<Double> offset) {
        Objects.requireNonNull(offset, "offset");
        isNotNull();
        if (actual.attainment().isEmpty()) {
            fail("Expecting " + actual.ruleId() + " to have attainment " + expected + " but it has none ("
                    + actual.outcome() + ")");
        } else if (!(Math.abs(actual.attainment().getAsDouble() - expected) <= offset.value)) {
            fail("Expecting " + actual.ruleId() + " to have attainment " + expected
                    + (offset.value > 0 ? " within " + offset.value : "") + " but it is " + actual.attainment().getAsDouble());
        }
        return this;
    }

    /**
     * Verifies that the finding has no attainment ({@link Outcome#NOT_APPLICABLE} or
     * {@link Outcome#INSUFFICIENT_EVIDENCE}).
     *
     * @return this assertion
     * @throws AssertionError if it has an attainment
     */
    public FindingAssert withoutAttainment() {
        isNotNull();
        if (actual.attainment().isPresent()) {
            fail("Expecting " + actual.ruleId() + " to have no attainment but it has " + actual.attainment().getAsDouble());
        }
        return this;
    }

    /**
     * Verifies how many records offended.
     *
     * @param expected the count of offending records, not negative
     * @return this assertion
     * @throws AssertionError if the evidence count differs
     */
    public FindingAssert withEvidenceCount(long expected) {
        isNotNull();
        if (actual.evidence().count() != expected) {
            fail("Expecting " + actual.ruleId() + " to have " + expected + " offending records but it has "
                    + actual.evidence().count());
        }
        return this;
    }

    /**
     * Verifies that the evidence lists some record ids (in any order; others may be listed too).
     *
     * @param ids the ids, not null, not empty
     * @return this assertion
     * @throws AssertionError if an id is not listed
     */
    public FindingAssert withEvidenceContaining(String... ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.length == 0) {
            throw new IllegalArgumentException("ids are empty; name at least one offending record id");
        }
        isNotNull();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!actual.evidence().ids().contains(Objects.requireNonNull(id, "id"))) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            fail("Expecting the evidence of " + actual.ruleId() + " to list " + missing + " but it lists "
                    + actual.evidence().ids() + (actual.evidence().isTruncated()
                            ? " (the first " + actual.evidence().ids().size() + " of " + actual.evidence().count() + ")" : ""));
        }
        return this;
    }

    /**
     * Verifies that the message contains a text.
     *
     * @param fragment the text, not null
     * @return this assertion
     * @throws AssertionError if the message does not contain it
     */
    public FindingAssert withMessageContaining(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        isNotNull();
        if (!actual.message().contains(fragment)) {
            fail("Expecting the message of " + actual.ruleId() + " to contain \"" + fragment + "\" but it is \""
                    + actual.message() + "\"");
        }
        return this;
    }
}
