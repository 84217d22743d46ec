package io.github.circularj.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One effective-dated version of a rule's judgement: its target, whether it is mandatory and, where it
 * differs from the rule's, its citation.
 *
 * <p>A rule's terms never overlap, so at most one is in force on any date. The pilot's DATA-ERASURE rule
 * has two: at least 95 %, not mandatory, until 2026-12-31; 100 % and mandatory from 2027-01-01, when the
 * erasure standard comes into force (docs/policy.md, "Enterprise obligations").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the days the term is in force
 * @param target the target in force
 * @param mandatory whether failing the target caps the band at {@link Band#NON_COMPLIANT}
 * @param citation the term's own citation, or empty to use the rule's
 * @param replaced the target this term's target overrode, or empty if never overridden
 */
public record Term(EffectivePeriod period, Target target, boolean mandatory, Optional<Citation> citation,
        Optional<Target> replaced) {

    /**
     * Validates the term.
     *
     * @param period the period, not null
     * @param target the target, not null
     * @param mandatory whether mandatory
     * @param citation the citation, not null, may be empty
     * @param replaced the overridden target, not null, may be empty
     */
    public Term {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(replaced, "replaced");
    }

    /**
     * Obtains a term with the rule's citation that was never overridden.
     *
     * @param period the period, not null
     * @param target the target, not null
     * @param mandatory whether mandatory
     * @return the term
     */
    public static Term of(EffectivePeriod period, Target target, boolean mandatory) {
        return new Term(period, target, mandatory, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with its own citation.
     *
     * @param ownCitation the citation, not null
     * @return the copy
     */
    public Term citedTo(Citation ownCitation) {
        return new Term(period, target, mandatory, Optional.of(ownCitation), replaced);
    }

    /**
     * Returns a copy whose target is overridden, remembering the original target (the first one, if
     * overridden again) so that findings can say the threshold is not the source's.
     *
     * @param newTarget the target, not null
     * @return the copy
     */
    public Term overriddenWith(Target newTarget) {
        Objects.requireNonNull(newTarget, "newTarget");
        return new Term(period, newTarget, mandatory, citation, Optional.of(replaced.orElse(target)));
    }

    /**
     * Returns whether the target was overridden.
     *
     * @return true if {@link #replaced()} is present
     */
    public boolean isOverridden() {
        return replaced.isPresent();
    }
}
