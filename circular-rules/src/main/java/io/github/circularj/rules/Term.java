package io.github.circularj.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One effective-dated version of a rule's judgement: its target, whether it is mandatory, where it
 * differs from the rule's, its citation, and the part of the rule's records it governs (its scope).
 *
 * <p>Terms of one scope never overlap, so at most one governs a record on any date. The pilot's
 * DATA-ERASURE rule has two: at least 95 %, not mandatory, for sales before 2027-01-01; 100 % and mandatory
 * from 2027-01-01, when the erasure standard comes into force (docs/policy.md, "Enterprise obligations").
 *
 * <p>A <em>scope</em> names a part of the records that the law treats apart: SRC-REGISTRATION is a statute's
 * mandatory duty for used electrical and electronic products, used cars and pawn, and a library default
 * elsewhere, so it has one term for each scope. The empty scope (the default) governs every record. The
 * engine tells the rule's measure which scope it measures ({@link Parameters#scope()}); the measure counts
 * only that scope's records, and the finding reports each scope's part ({@link Finding#parts()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the days the term is in force
 * @param target the target in force
 * @param mandatory whether failing the target caps the band at {@link Band#NON_COMPLIANT}
 * @param citation the term's own citation, or empty to use the rule's
 * @param replaced the target this term's target overrode, or empty if never overridden
 * @param scope the records the term governs, in words (such as "used cars"), or empty for every record
 */
public record Term(EffectivePeriod period, Target target, boolean mandatory, Optional<Citation> citation,
        Optional<Target> replaced, String scope) {

    /** The longest scope accepted, in characters. */
    public static final int MAX_SCOPE_LENGTH = 200;

    /**
     * Validates the term.
     *
     * @param period the period, not null
     * @param target the target, not null
     * @param mandatory whether mandatory
     * @param citation the citation, not null, may be empty
     * @param replaced the overridden target, not null, may be empty
     * @param scope the scope, not null, empty for every record, at most {@value #MAX_SCOPE_LENGTH} characters,
     *     no surrounding blanks and no control characters
     * @throws IllegalArgumentException if the scope is not valid
     */
    public Term {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(replaced, "replaced");
        Objects.requireNonNull(scope, "scope");
        if (scope.length() > MAX_SCOPE_LENGTH || !scope.strip().equals(scope)
                || scope.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("term scope \"" + (scope.length() > 80 ? scope.substring(0, 80) + "…" : scope)
                    + "\" (" + scope.length() + " characters) is not valid; a scope has at most " + MAX_SCOPE_LENGTH
                    + " characters, no surrounding blanks and no control characters");
        }
    }

    /**
     * Obtains a term.
     *
     * @param period the period, not null
     * @param target the target, not null
     * @param mandatory whether mandatory
     * @param citation the citation, not null, may be empty
     * @param replaced the overridden target, not null, may be empty
     */
    public Term(EffectivePeriod period, Target target, boolean mandatory, Optional<Citation> citation,
            Optional<Target> replaced) {
        this(period, target, mandatory, citation, replaced, "");
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
        return new Term(period, target, mandatory, Optional.of(ownCitation), replaced, scope);
    }

    /**
     * Returns a copy that governs only part of the rule's records, named in words. The rule's measure must
     * count only that part when told the scope ({@link Parameters#scope()}).
     *
     * @param records the scope, such as "used electrical and electronic products, used cars and pawn"; not
     *     empty
     * @return the copy
     * @throws IllegalArgumentException if the scope is empty or not valid
     */
    public Term scopedTo(String records) {
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a term's scope names its records; it may not be empty");
        }
        return new Term(period, target, mandatory, citation, replaced, records);
    }

    /**
     * Returns whether the term governs only part of the rule's records.
     *
     * @return true if {@link #scope()} is not empty
     */
    public boolean isScoped() {
        return !scope.isEmpty();
    }

    /**
     * Returns the term's days and, when scoped, its scope, as reports label a term: "from 2027-01-01" or
     * "always; used cars".
     *
     * @return the label
     */
    public String label() {
        return scope.isEmpty() ? period.toString() : period + "; " + scope;
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
        return new Term(period, newTarget, mandatory, citation, Optional.of(replaced.orElse(target)), scope);
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
