package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of one rule as a measure sees them when a subject is scored: each {@link Parameter} by
 * name, with the as-of date of the evaluation, so that a measure asks for "the value in force" rather than
 * holding a constant.
 *
 * <p>A measure resolves the values it needs once per subject ({@link #value(String)}), outside its loop over
 * the records. {@link #valueOn(String, LocalDate)} gives the value in force on another date, for a judgement
 * that dates each act.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Parameters {

    private final List<Parameter> all;
    private final LocalDate asOf;

    private Parameters(List<Parameter> all, LocalDate asOf) {
        this.all = List.copyOf(all);
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Obtains the parameters of a rule as of a date.
     *
     * @param parameters the rule's parameters, not null, names unique
     * @param asOf the date of the evaluation, not null
     * @return the parameters
     * @throws IllegalArgumentException if two parameters share a name
     */
    public static Parameters of(List<Parameter> parameters, LocalDate asOf) {
        List<String> names = new ArrayList<>();
        for (Parameter p : parameters) {
            if (names.contains(p.name())) {
                throw new IllegalArgumentException("parameter name \"" + p.name() + "\" is given twice; names are unique within a rule");
            }
            names.add(p.name());
        }
        return new Parameters(parameters, asOf);
    }

    /**
     * Returns the date of the evaluation.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns every parameter.
     *
     * @return the parameters, unmodifiable
     */
    public List<Parameter> all() {
        return all;
    }

    /**
     * Returns a parameter by name.
     *
     * @param name the name, not null
     * @return the parameter
     * @throws IllegalArgumentException if the rule has no parameter of that name
     */
    public Parameter parameter(String name) {
        Objects.requireNonNull(name, "name");
        for (Parameter p : all) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        List<String> names = new ArrayList<>();
        all.forEach(p -> names.add(p.name()));
        throw new IllegalArgumentException("parameter \"" + name + "\" is unknown; the rule has " + (names.isEmpty()
                ? "no parameters" : "parameters " + String.join(", ", names)));
    }

    /**
     * Returns the value of a parameter in force on the as-of date.
     *
     * @param name the name, not null
     * @return the value, in the parameter's unit
     * @throws IllegalArgumentException if the rule has no parameter of that name
     * @throws IllegalStateException if no value is in force on the as-of date
     */
    public double value(String name) {
        return parameter(name).amountOn(asOf);
    }

    /**
     * Returns the value of a parameter in force on a date.
     *
     * @param name the name, not null
     * @param date the date, not null
     * @return the value, in the parameter's unit
     * @throws IllegalArgumentException if the rule has no parameter of that name
     * @throws IllegalStateException if no value is in force on that date
     */
    public double valueOn(String name, LocalDate date) {
        return parameter(name).amountOn(date);
    }

    /**
     * Returns the parameters as text.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return all + " as of " + asOf;
    }
}
