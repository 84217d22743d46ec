package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which a rule pack or a rule's term is in force: a start date and an optional end date,
 * both inclusive.
 *
 * <p>{@link #ALWAYS} is in force on every date; {@link #from(LocalDate)} has no end;
 * {@link #of(LocalDate, LocalDate)} ends on its end date, inclusive, the way policy texts say "until
 * 2026-12-31".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EffectivePeriod {

    /** In force on every date. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(LocalDate.MIN, null);

    private final LocalDate start;
    private final LocalDate end;

    private EffectivePeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
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
     * Obtains a period that ends on a date and has no start.
     *
     * @param end the last day in force, inclusive, not null
     * @return the period
     */
    public static EffectivePeriod until(LocalDate end) {
        Objects.requireNonNull(end, "end");
        return new EffectivePeriod(LocalDate.MIN, end);
    }

    /**
     * Obtains a period from a start date to an end date, both inclusive.
     *
     * @param start the first day in force, not null
     * @param end the last day in force, not null, not before {@code start}
     * @return the period
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static EffectivePeriod of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("effective period end \"" + end + "\" is before its start \""
                    + start + "\"; the end must be on or after the start");
        }
        return new EffectivePeriod(start, end);
    }

    /**
     * Returns the first day in force; {@link LocalDate#MIN} when the period has no start.
     *
     * @return the start date, inclusive
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day in force, if the period ends.
     *
     * @return the end date, inclusive, or empty when open-ended
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns whether the period is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@code date} is on or after the start and, where there is an end, on or before it
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Returns whether this period shares at least one day with another.
     *
     * @param other the other period, not null
     * @return true if some date is in both periods
     */
    public boolean overlaps(EffectivePeriod other) {
        Objects.requireNonNull(other, "other");
        boolean thisEndsBefore = end != null && end.isBefore(other.start);
        boolean otherEndsBefore = other.end != null && other.end.isBefore(start);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EffectivePeriod other && start.equals(other.start) && Objects.equals(end, other.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(end);
    }

    /**
     * Returns the period as text, for example {@code "from 2027-01-01"}, {@code "until 2026-12-31"},
     * {@code "2025-01-01 to 2026-12-31"} or {@code "always"}.
     *
     * @return the period as text
     */
    @Override
    public String toString() {
        boolean openStart = start.equals(LocalDate.MIN);
        if (openStart && end == null) {
            return "always";
        }
        if (openStart) {
            return "until " + end;
        }
        if (end == null) {
            return "from " + start;
        }
        return start + " to " + end;
    }
}
