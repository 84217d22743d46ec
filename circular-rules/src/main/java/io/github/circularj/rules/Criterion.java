package io.github.circularj.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named, weighted group of rules within a {@link RulePack}, such as "Data protection".
 *
 * <p>This class is immutable and thread-safe if its rules are.
 *
 * @param <S> the type of the subject
 * @param <T> the type of the records
 */
public final class Criterion<S, T> {

    private final String name;
    private final double weight;
    private final List<Rule<S, T>> rules;

    private Criterion(String name, double weight, List<Rule<S, T>> rules) {
        this.name = name;
        this.weight = weight;
        this.rules = rules;
    }

    /**
     * Obtains a criterion.
     *
     * @param <S> the type of the subject
     * @param <T> the type of the records
     * @param name the name, not blank
     * @param weight the weight within the pack, finite and not negative
     * @param rules the rules in order, not empty, weights not all zero; copied
     * @return the criterion
     * @throws IllegalArgumentException if the name is blank, the weight is negative or not finite, there
     *     are no rules, or the rules' weights are all zero
     */
    public static <S, T> Criterion<S, T> of(String name, double weight, List<Rule<S, T>> rules) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("criterion name \"" + name + "\" is blank");
        }
        double checkedWeight = RulePack.checkWeight(weight, "criterion \"" + name + "\" weight");
        List<Rule<S, T>> copy = List.copyOf(rules);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("criterion \"" + name + "\" has no rules; a criterion needs at least one");
        }
        if (copy.stream().allMatch(r -> r.weight() == 0.0)) {
            throw new IllegalArgumentException("criterion \"" + name + "\": the weights \"" + copy.stream().map(Rule::weight).toList()
                    + "\" of its rules are all zero; at least one must be positive");
        }
        return new Criterion<>(name, checkedWeight, copy);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the weight within the pack.
     *
     * @return the weight, finite and not negative
     */
    public double weight() {
        return weight;
    }

    /**
     * Returns the rules in order.
     *
     * @return the rules, unmodifiable, not empty
     */
    public List<Rule<S, T>> rules() {
        return rules;
    }

    /**
     * Returns the criterion as text, e.g. {@code "Data protection (weight 2, 3 rules)"}.
     *
     * @return the criterion as text
     */
    @Override
    public String toString() {
        return name + " (weight " + Unit.plain(weight) + ", " + rules.size() + (rules.size() == 1 ? " rule)" : " rules)");
    }
}
