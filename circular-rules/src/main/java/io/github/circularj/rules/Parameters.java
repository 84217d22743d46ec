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
    private final EffectivePeriod actsIn;
    private final String scope;

    private Parameters(List<Parameter> all, LocalDate asOf, EffectivePeriod actsIn, String scope) {
        this.all = List.copyOf(all);
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.actsIn = Objects.requireNonNull(actsIn, "actsIn");
        this.scope = Objects.requireNonNull(scope, "scope");
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
        return new Parameters(parameters, asOf, EffectivePeriod.ALWAYS, "");
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
     * Returns the days whose acts the measure counts: for a rule whose terms apply by the date of each act
     * ({@link Rule#isDatedByAct()}), one term's period up to the as-of date; otherwise every day.
     *
     * @return the act period
     */
    public EffectivePeriod actsIn() {
        return actsIn;
    }

    /**
     * Returns a copy that counts only the acts of an act period.
     *
     * @param period the act period, not null
     * @return the copy
     */
    public Parameters forActs(EffectivePeriod period) {
        return new Parameters(all, asOf, period, scope);
    }

    /**
     * Returns the scope of the term being measured ({@link Term#scope()}): the part of the rule's records the
     * measure counts, or empty for every record. A rule with scoped terms is measured once per scope.
     *
     * @return the scope, empty for every record
     */
    public String scope() {
        return scope;
    }

    /**
     * Returns a copy that counts only the records of a term's scope.
     *
     * @param records the scope, not null, empty for every record
     * @return the copy
     */
    public Parameters forScope(String records) {
        return new Parameters(all, asOf, actsIn, Objects.requireNonNull(records, "records"));
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
        return all + " as of " + asOf + (actsIn.equals(EffectivePeriod.ALWAYS) ? "" : ", acts " + actsIn)
                + (scope.isEmpty() ? "" : ", scope " + scope);
    }
}
