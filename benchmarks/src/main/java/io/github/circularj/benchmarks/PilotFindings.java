package io.github.circularj.benchmarks;

import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the three implementations are compared on: for every rule of the pilot's enterprise pack, in the
 * pack's order, the outcome, the measured value (a share, a count or a shortfall in years), and the
 * evidence (the number of offending items and the smallest offending item ids).
 *
 * @param rules the findings per rule, in the pack's order
 */
record PilotFindings(List<RuleFinding> rules) {

    PilotFindings {
        rules = List.copyOf(rules);
    }

    /**
     * One rule's finding, reduced to what the loops compute.
     *
     * @param ruleId the rule's id
     * @param outcome the outcome
     * @param value the measured value, empty when not applicable or evidence is missing
     * @param offending the number of offending items
     * @param ids the smallest offending item ids, at most the evidence limit, ascending
     */
    record RuleFinding(String ruleId, Outcome outcome, OptionalDouble value, long offending, List<String> ids) {

        RuleFinding {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(value, "value");
            ids = List.copyOf(ids);
        }
    }

    /** Reduces an engine's scorecard to the same shape. */
    static PilotFindings of(Scorecard card) {
        return new PilotFindings(card.findings().stream().map(PilotFindings::reduce).toList());
    }

    private static RuleFinding reduce(Finding f) {
        return new RuleFinding(f.ruleId().value(), f.outcome(), f.measurement().value(), f.evidence().count(),
                f.evidence().ids());
    }

    /** The finding of one rule, by id. */
    RuleFinding rule(String ruleId) {
        return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule \"" + ruleId + "\""));
    }
}
