package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A number of a rule other than its target: a time window, a count, a number of years or months, each with
 * dated values, and each value cited to its source with its {@link Basis}.
 *
 * <p>For example REFUND-7DAY's {@code refund-window} is 7 days, cited to 消费者权益保护法 Art. 25
 * ({@link Basis#STATUTE}); SRC-POLICE-REPORT's {@code report-window} is 24 hours, a
 * {@link Basis#LIBRARY_DEFAULT}. A rule's judgement asks for the value in force on a date, never a constant,
 * and its messages and title are written from the value, so that overriding a parameter with
 * {@link RulePack#withParameter(RuleId, String, double)} changes what the rule measures and what it says.
 *
 * <p>Values never overlap: at most one is in force on any date. An overridden parameter remembers the
 * value it replaced, so that findings can say the number is not the source's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Parameter {

    /** The largest magnitude of a parameter value, so that every derived number stays finite and exact enough. */
    public static final double MAX_MAGNITUDE = 1.0e9;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * One dated value of a parameter.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param period the days the value is in force
     * @param amount the value, in the parameter's unit
     * @param citation the value's source and basis
     * @param replaced the value this one overrode, or empty if it is the source's
     */
    public record Value(EffectivePeriod period, double amount, Citation citation, OptionalDouble replaced) {

        /**
         * Validates the value.
         *
         * @param period the period, not null
         * @param amount the value, finite, zero or more, at most {@link Parameter#MAX_MAGNITUDE}
         * @param citation the citation, not null
         * @param replaced the overridden value, not null, may be empty
         * @throws IllegalArgumentException if the amount is not finite, negative or too large
         */
        public Value {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(replaced, "replaced");
            checkAmount("parameter value", amount);
        }

        /**
         * Returns whether this value overrides the source's.
         *
         * @return true if {@link #replaced()} is present
         */
        public boolean isOverridden() {
            return replaced.isPresent();
        }
    }

    private final String name;
    private final String description;
    private final Unit unit;
    private final List<Value> values;

    private Parameter(String name, String description, Unit unit, List<Value> values) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name \"" + (name.length() > 80 ? name.substring(0, 80) + "…\" (" + name.length() + " characters)" : name + "\"")
                    + " is not lower-case words joined by hyphens, e.g. refund-window");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("parameter " + name + ": description \"" + description + "\" is blank");
        }
        List<Value> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(v -> v.period().start()));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no value; give it at least one");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).period().overlaps(sorted.get(i).period())) {
                throw new IllegalArgumentException("parameter " + name + ": values " + sorted.get(i - 1).period()
                        + " and " + sorted.get(i).period() + " overlap; at most one value may be in force on any date");
            }
        }
        if (unit == Unit.SHARE) {
            for (Value v : sorted) {
                if (v.amount() > 1.0) {
                    throw new IllegalArgumentException("parameter " + name + " value \"" + v.amount()
                            + "\" is above 1; a share is in [0, 1]");
                }
            }
        }
        this.values = List.copyOf(sorted);
    }

    /**
     * Obtains a parameter with one value, in force on every date.
     *
     * @param name the name, lower-case words joined by hyphens, e.g. {@code "refund-window"}
     * @param description what the number is, e.g. "the longest time from receiving returned goods to the refund"
     * @param amount the value, finite, zero or more
     * @param unit the unit, not null
     * @param citation the value's source and basis, not null
     * @return the parameter
     * @throws IllegalArgumentException if the name, description or value is not valid
     */
    public static Parameter of(String name, String description, double amount, Unit unit, Citation citation) {
        return new Parameter(name, description, unit,
                List.of(new Value(EffectivePeriod.ALWAYS, amount, citation, OptionalDouble.empty())));
    }

    /**
     * Obtains a parameter with dated values.
     *
     * @param name the name, lower-case words joined by hyphens
     * @param description what the number is, not blank
     * @param unit the unit, not null
     * @param values the values, not empty, not overlapping
     * @return the parameter
     * @throws IllegalArgumentException if the name, description or values are not valid
     */
    public static Parameter of(String name, String description, Unit unit, List<Value> values) {
        return new Parameter(name, description, unit, List.copyOf(values));
    }

    static double checkAmount(String field, double amount) {
        if (!Double.isFinite(amount) || amount < 0.0 || amount > MAX_MAGNITUDE) {
            throw new IllegalArgumentException(field + " \"" + amount + "\" is not a finite number from 0 to "
                    + Unit.plain(MAX_MAGNITUDE));
        }
        return amount;
    }

    /**
     * Returns the name.
     *
     * @return the name, e.g. {@code "refund-window"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns what the number is.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the unit of the values.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns the values in order of their start dates.
     *
     * @return the values, unmodifiable, not empty
     */
    public List<Value> values() {
        return values;
    }

    /**
     * Returns the value in force on a date.
     *
     * @param date the date, not null
     * @return the value, or empty if none is in force that day
     */
    public Optional<Value> valueOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Value v : values) {
            if (v.period().contains(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the amount in force on a date.
     *
     * @param date the date, not null
     * @return the amount
     * @throws IllegalStateException if no value is in force that day
     */
    public double amountOn(LocalDate date) {
        return valueOn(date).orElseThrow(() -> new IllegalStateException("parameter " + name
                + " has no value in force on " + date + " (values " + periods() + ")")).amount();
    }

    /**
     * Returns the latest value: the one with the latest start.
     *
     * @return the latest value
     */
    public Value latest() {
        return values.get(values.size() - 1);
    }

    /**
     * Returns whether any value overrides the source's.
     *
     * @return true if overridden
     */
    public boolean isOverridden() {
        return values.stream().anyMatch(Value::isOverridden);
    }

    /**
     * Returns a copy whose every value is another amount, each remembering the source's value it replaced.
     *
     * @param amount the new value, finite, zero or more, in this parameter's unit
     * @return the copy
     * @throws IllegalArgumentException if the amount is not valid for this parameter
     */
    public Parameter overriddenWith(double amount) {
        checkAmount("parameter " + name + " value", amount);
        List<Value> changed = new ArrayList<>();
        for (Value v : values) {
            changed.add(new Value(v.period(), amount, v.citation(),
                    v.replaced().isPresent() ? v.replaced() : OptionalDouble.of(v.amount())));
        }
        return new Parameter(name, description, unit, changed);
    }

    /**
     * Formats an amount in this parameter's unit, e.g. {@code "7 days"}.
     *
     * @param amount the amount
     * @return the text
     */
    public String format(double amount) {
        return unit.format(amount);
    }

    private String periods() {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.period().toString()));
        return String.join("; ", texts);
    }

    /**
     * Compares name, description, unit and values.
     *
     * @param obj the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Parameter other && name.equals(other.name) && description.equals(other.description)
                && unit == other.unit && values.equals(other.values);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, description, unit, values);
    }

    /**
     * Returns the parameter as text, e.g. {@code "refund-window = 7 days (always)"}, with the source's value
     * where overridden.
     *
     * @return the text
     */
    @Override
    public String toString() {
        List<String> texts = new ArrayList<>();
        for (Value v : values) {
            texts.add(format(v.amount()) + " (" + v.period()
                    + (v.isOverridden() ? "; overrides " + format(v.replaced().getAsDouble()) : "") + ")");
        }
        return name + " = " + String.join(", ", texts);
    }
}
