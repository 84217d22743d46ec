package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which a rule pack, a rule's term or a parameter's value is in force: a start date,
 * inclusive, and an optional end date, exclusive — the same half-open convention as
 * {@link io.github.circularj.model.ReportingPeriod}.
 *
 * <p>{@link #ALWAYS} is in force on every date; {@link #from(LocalDate)} has no end;
 * {@link #until(LocalDate)} and {@link #of(LocalDate, LocalDate)} end the day before their end date, so
 * that a term replaced by a new one on 2027-01-01 is written {@code until(2027-01-01)} and its successor
 * {@code from(2027-01-01)}: the two meet without a gap or an overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EffectivePeriod {

    /** In force on every date. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(LocalDate.MIN, null);

    private final LocalDate start;
    private final LocalDate endExclusive;

    private EffectivePeriod(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
    }

    /**
     * Obtains a period that starts on a date and has no end.
     *
     * @param start the first day in force, not null
     * @return the period
     */
    public static EffectivePeriod from(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return new EffectivePeriod(start, null);
    }

    /**
     * Obtains a period that has no start and ends the day before a date.
     *
     * @param endExclusive the first day no longer in force, not null
     * @return the period
     */
    public static EffectivePeriod until(LocalDate endExclusive) {
        Objects.requireNonNull(endExclusive, "endExclusive");
        return new EffectivePeriod(LocalDate.MIN, endExclusive);
    }

    /**
     * Obtains a period from a start date, inclusive, to an end date, exclusive.
     *
     * @param start the first day in force, not null
     * @param endExclusive the first day no longer in force, not null, after {@code start}
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static EffectivePeriod of(LocalDate start, LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("effective period endExclusive \"" + endExclusive
                    + "\" is not after its start \"" + start + "\"; a period holds at least one day");
        }
        return new EffectivePeriod(start, endExclusive);
    }

    /**
     * Returns the first day in force, {@link LocalDate#MIN} when the period has no start.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first day no longer in force.
     *
     * @return the exclusive end, or empty when the period has no end
     */
    public Optional<LocalDate> endExclusive() {
        return Optional.ofNullable(endExclusive);
    }

    /**
     * Returns whether the period is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@code start <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (endExclusive == null || date.isBefore(endExclusive));
    }

    /**
     * Returns whether two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true if some date is in both
     */
    public boolean overlaps(EffectivePeriod other) {
        Objects.requireNonNull(other, "other");
        boolean thisEndsBefore = endExclusive != null && !endExclusive.isAfter(other.start);
        boolean otherEndsBefore = other.endExclusive != null && !other.endExclusive.isAfter(start);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /**
     * Compares the start and end dates.
     *
     * @param obj the other object
     * @return true if both periods have the same start and end
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof EffectivePeriod other && start.equals(other.start)
                && Objects.equals(endExclusive, other.endExclusive);
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(endExclusive);
    }

    /**
     * Returns the period as text: {@code "always"}, {@code "from 2027-01-01"}, {@code "before 2027-01-01"}
     * or {@code "from 2025-01-01, before 2026-01-01"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        boolean openStart = start.equals(LocalDate.MIN);
        if (openStart && endExclusive == null) {
            return "always";
        }
        if (openStart) {
            return "before " + endExclusive;
        }
        if (endExclusive == null) {
            return "from " + start;
        }
        return "from " + start + ", before " + endExclusive;
    }
}
