package io.github.circularj.rules;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What an indicator measured: a value in a {@link Unit}, or the reason there is none.
 *
 * <p>A measurement is either <em>defined</em> (it has a value), <em>not applicable</em> (nothing was in
 * scope, such as no phones sold; the rule then yields {@link Outcome#NOT_APPLICABLE}) or <em>missing
 * evidence</em> (data the rule needs is absent, such as an undeclared retention period; the rule then
 * yields {@link Outcome#INSUFFICIENT_EVIDENCE}). A share also carries its numerator and denominator.
 * Every measurement carries the {@link Evidence} of offending records (possibly none).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measurement {

    private enum Status { DEFINED, NOT_APPLICABLE, MISSING }

    private final Status status;
    private final double value;
    private final Unit unit;
    private final long numerator;
    private final long denominator;
    private final boolean ratio;
    private final Evidence evidence;
    private final String note;

    private Measurement(Status status, double value, Unit unit, long numerator, long denominator,
            boolean ratio, Evidence evidence, String note) {
        this.status = status;
        this.value = value == 0.0 ? 0.0 : value;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.numerator = numerator;
        this.denominator = denominator;
        this.ratio = ratio;
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.note = Objects.requireNonNull(note, "note");
    }

    /**
     * Obtains a defined measurement.
     *
     * @param value the value, finite (a fraction in [0, 1] for a share)
     * @param unit the unit, not null
     * @param evidence the offending records, not null
     * @return the measurement
     * @throws IllegalArgumentException if the value is not finite, or a share outside [0, 1]
     */
    public static Measurement of(double value, Unit unit, Evidence evidence) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("measurement value \"" + value + "\" is not finite");
        }
        if (unit == Unit.SHARE && (value < 0.0 || value > 1.0)) {
            throw new IllegalArgumentException("measurement value \"" + value + "\" is outside [0, 1]; a share is a fraction");
        }
        return new Measurement(Status.DEFINED, value, unit, 0, 0, false, evidence, "");
    }

    /**
     * Obtains a defined measurement with no offending records.
     *
     * @param value the value, finite (a fraction in [0, 1] for a share)
     * @param unit the unit, not null
     * @return the measurement
     * @throws IllegalArgumentException if the value is not finite, or a share outside [0, 1]
     */
    public static Measurement of(double value, Unit unit) {
        return of(value, unit, Evidence.none());
    }

    /**
     * Obtains the share {@code numerator / denominator}; when the denominator is zero nothing was in scope
     * and the measurement is {@linkplain #isNotApplicable() not applicable}.
     *
     * @param numerator the records that comply, not negative, at most the denominator
     * @param denominator the records in scope, not negative
     * @param evidence the records in scope that do not comply, not null
     * @return the measurement
     * @throws IllegalArgumentException if the counts are negative or the numerator exceeds the denominator
     */
    public static Measurement share(long numerator, long denominator, Evidence evidence) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("share \"" + numerator + " of " + denominator
                    + "\" is not valid; a share needs 0 <= numerator <= denominator");
        }
        if (denominator == 0) {
            return notApplicable(Unit.SHARE, "nothing in scope");
        }
        return new Measurement(Status.DEFINED, (double) numerator / denominator, Unit.SHARE, numerator, denominator,
                true, evidence, "");
    }

    /**
     * Obtains a measurement that has no value because nothing was in scope.
     *
     * @param unit the unit a value would have had, not null
     * @param reason why nothing was in scope, not null, e.g. {@code "no phones sold"}
     * @return the measurement
     */
    public static Measurement notApplicable(Unit unit, String reason) {
        return new Measurement(Status.NOT_APPLICABLE, 0.0, unit, 0, 0, false, Evidence.none(), reason);
    }

    /**
     * Obtains a measurement that has no value because data it needs is missing.
     *
     * @param unit the unit a value would have had, not null
     * @param reason what is missing, not null, e.g. {@code "no record-retention period declared"}
     * @return the measurement
     */
    public static Measurement insufficientEvidence(Unit unit, String reason) {
        return new Measurement(Status.MISSING, 0.0, unit, 0, 0, false, Evidence.none(), reason);
    }

    /**
     * Returns the value.
     *
     * @return the value, or empty when not applicable or evidence is missing
     */
    public OptionalDouble value() {
        return status == Status.DEFINED ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * Returns whether there is a value.
     *
     * @return true if defined
     */
    public boolean isDefined() {
        return status == Status.DEFINED;
    }

    /**
     * Returns whether there is no value because nothing was in scope.
     *
     * @return true if not applicable
     */
    public boolean isNotApplicable() {
        return status == Status.NOT_APPLICABLE;
    }

    /**
     * Returns whether there is no value because data is missing.
     *
     * @return true if evidence is insufficient
     */
    public boolean isInsufficientEvidence() {
        return status == Status.MISSING;
    }

    /**
     * Returns the unit.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns the numerator of a share built by {@link #share(long, long, Evidence)}.
     *
     * @return the records that comply, or empty for other measurements
     */
    public OptionalLong numerator() {
        return ratio ? OptionalLong.of(numerator) : OptionalLong.empty();
    }

    /**
     * Returns the denominator of a share built by {@link #share(long, long, Evidence)}.
     *
     * @return the records in scope, or empty for other measurements
     */
    public OptionalLong denominator() {
        return ratio ? OptionalLong.of(denominator) : OptionalLong.empty();
    }

    /**
     * Returns the offending records.
     *
     * @return the evidence, {@link Evidence#none()} when nothing offended
     */
    public Evidence evidence() {
        return evidence;
    }

    /**
     * Returns why there is no value, or for a defined measurement the detail a measure attached to it
     * ({@link #withDetail(String)}).
     *
     * @return the reason or detail, possibly empty
     */
    public String reason() {
        return note;
    }

    /**
     * Returns a copy of a defined measurement with a detail that its describer may use, such as the
     * rejected records counted by reason.
     *
     * @param detail the detail, not null
     * @return the copy
     * @throws IllegalStateException if the measurement has no value
     */
    public Measurement withDetail(String detail) {
        Objects.requireNonNull(detail, "detail");
        if (status != Status.DEFINED) {
            throw new IllegalStateException("measurement \"" + this + "\" has no value; only a defined measurement takes a detail");
        }
        return new Measurement(status, value, unit, numerator, denominator, ratio, evidence, detail);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Measurement other && status == other.status
                && Double.compare(value, other.value) == 0 && unit == other.unit
                && numerator == other.numerator && denominator == other.denominator && ratio == other.ratio
                && evidence.equals(other.evidence) && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, value, unit, numerator, denominator, ratio, evidence, note);
    }

    /**
     * Returns the measurement as text, for example {@code "97.5 % (468 of 480)"}, {@code "3 years"},
     * {@code "not applicable (nothing in scope)"} or {@code "insufficient evidence (…)"}.
     *
     * @return the measurement as text
     */
    @Override
    public String toString() {
        switch (status) {
            case NOT_APPLICABLE:
                return "not applicable (" + note + ")";
            case MISSING:
                return "insufficient evidence (" + note + ")";
            default:
                return unit.format(value) + (ratio ? " (" + numerator + " of " + denominator + ")" : "");
        }
    }
}
