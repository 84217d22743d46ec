package io.github.circularj.rules;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a pack as data, for listings such as {@code circular rules} and the policy documentation:
 * its id, criterion, title, whom it applies to, its citation (every source with its issuer and basis), its
 * terms (dated targets, mandatory or not) and its parameters (dated values, each cited).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule's id
 * @param criterion the name of the criterion the rule belongs to in the pack
 * @param title the rule's title, written from its parameters' latest values
 * @param appliesTo the subjects the rule applies to, in words
 * @param citation the rule's citation
 * @param terms the terms in order of their start dates, not empty
 * @param parameters the parameters, possibly empty
 * @param weight the rule's weight within its criterion
 */
public record RuleDescription(RuleId id, String criterion, String title, String appliesTo, Citation citation,
        List<Term> terms, List<Parameter> parameters, double weight) {

    /**
     * Validates the description and copies its lists.
     *
     * @param id the id, not null
     * @param criterion the criterion, not null
     * @param title the title, not null
     * @param appliesTo the applicability, not null
     * @param citation the citation, not null
     * @param terms the terms, not null, not empty; copied
     * @param parameters the parameters, not null; copied
     * @param weight the weight
     * @throws IllegalArgumentException if there is no term
     */
    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(citation, "citation");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": terms \"[]\" is empty; a rule has at least one term");
        }
    }

    /**
     * Describes a rule of a criterion.
     *
     * @param criterion the criterion's name, not null
     * @param rule the rule, not null
     * @return the description
     */
    public static RuleDescription of(String criterion, Rule<?, ?> rule) {
        return new RuleDescription(rule.id(), criterion, rule.title(), rule.appliesTo(), rule.citation(), rule.terms(),
                rule.parameters(), rule.weight());
    }
}
