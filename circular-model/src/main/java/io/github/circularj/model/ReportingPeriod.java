package io.github.circularj.model;

import io.github.circularj.model.internal.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A reporting window of whole days: the half-open range {@code [start, endExclusive)} of
 * {@link LocalDate}s, for example the year 2025 as {@code 2025-01-01/2026-01-01}.
 *
 * <p>A period is never empty: {@code start} is before {@code endExclusive}. Periods that abut (one
 * ends where the next starts) do not overlap, so consecutive quarters or years partition time
 * exactly. The text form is the ISO 8601 interval {@code start/endExclusive}, printed by
 * {@link #toString()} and read back by {@link #parse(CharSequence)}. ThreeTen-Extra's
 * {@code LocalDateRange} is the model.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod {

    private final LocalDate start;
    private final LocalDate endExclusive;

    private ReportingPeriod(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
    }

    /**
     * Obtains a period from its first day and the day after its last day.
     *
     * @param start the first day, inclusive, not null
     * @param endExclusive the day after the last day, not null, after {@code start}
     * @return the period
     * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
     */
    public static ReportingPeriod of(LocalDate start, LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("endExclusive \"" + endExclusive + "\" is not after start \"" + start
                    + "\"; a reporting period ends after it starts");
        }
        return new ReportingPeriod(start, endExclusive);
    }

    /**
     * Obtains a calendar year, 1 January inclusive to the next 1 January exclusive.
     *
     * @param year the year, within {@link Year#MIN_VALUE} and {@code Year.MAX_VALUE - 1}
     * @return the period
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod ofYear(int year) {
        if (year < Year.MIN_VALUE || year >= Year.MAX_VALUE) {
            throw new IllegalArgumentException("year \"" + year + "\" is out of range; a year lies in ["
                    + Year.MIN_VALUE + ", " + (Year.MAX_VALUE - 1) + "]");
        }
        return ofYear(Year.of(year));
    }

    /**
     * Obtains a calendar year.
     *
     * @param year the year, not null, before {@link Year#MAX_VALUE}
     * @return the period
     * @throws IllegalArgumentException if the year is {@code Year.MAX_VALUE}, whose end cannot be represented
     */
    public static ReportingPeriod ofYear(Year year) {
        Objects.requireNonNull(year, "year");
        if (year.getValue() == Year.MAX_VALUE) {
            throw new IllegalArgumentException("year \"" + year + "\" is the last representable year; its end cannot be represented");
        }
        LocalDate first = year.atDay(1);
        return new ReportingPeriod(first, first.plusYears(1));
    }

    /**
     * Obtains a calendar quarter, for example {@code ofQuarter(2025, 2)} for {@code 2025-04-01/2025-07-01}.
     *
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the period
     * @throws IllegalArgumentException if {@code quarter} is not 1 to 4, or the year is out of range
     */
    public static ReportingPeriod ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter \"" + quarter + "\" is not 1 to 4; a year has four quarters");
        }
        LocalDate first = ofYear(year).start.plusMonths(3L * (quarter - 1));
        return new ReportingPeriod(first, first.plusMonths(3));
    }

    /**
     * Obtains a calendar month.
     *
     * @param month the month, not null
     * @return the period from the first of the month to the first of the next month
     * @throws IllegalArgumentException if the month is the last representable one
     */
    public static ReportingPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() == Year.MAX_VALUE && month.getMonthValue() == 12) {
            throw new IllegalArgumentException("month \"" + month + "\" is the last representable month; its end cannot be represented");
        }
        LocalDate first = month.atDay(1);
        return new ReportingPeriod(first, first.plusMonths(1));
    }

    /**
     * Parses the ISO 8601 form {@code start/endExclusive}, for example {@code 2025-01-01/2026-01-01}.
     *
     * @param text the text, not null
     * @return the period
     * @throws IllegalArgumentException if the text is not two ISO dates separated by {@code /}, or the
     *     end is not after the start
     */
    public static ReportingPeriod parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("reportingPeriod \"" + Text.quote(s)
                    + "\" is not of the form start/endExclusive; write e.g. \"2025-01-01/2026-01-01\"");
        }
        try {
            return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("reportingPeriod \"" + Text.quote(s)
                    + "\" does not hold two ISO dates (yyyy-MM-dd); write e.g. \"2025-01-01/2026-01-01\"", e);
        }
    }

    /**
     * Returns the first day of the period.
     *
     * @return the start, inclusive, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the day after the last day of the period.
     *
     * @return the end, exclusive, not null
     */
    public LocalDate endExclusive() {
        return endExclusive;
    }

    /**
     * Returns the last day of the period.
     *
     * @return the end, inclusive, not null
     */
    public LocalDate endInclusive() {
        return endExclusive.minusDays(1);
    }

    /**
     * Returns the number of days in the period.
     *
     * @return the length in days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    /**
     * Returns whether a day falls within the period.
     *
     * @param date the day, not null
     * @return true if {@code start <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(endExclusive);
    }

    /**
     * Returns whether an instant, for example the time of a lifecycle event, falls within the period as
     * seen in a time zone.
     *
     * @param instant the instant, not null
     * @param zone the zone whose calendar defines the days, not null, for example {@code Asia/Shanghai}
     * @return true if the instant's date in {@code zone} is within the period
     */
    public boolean contains(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return contains(LocalDate.ofInstant(instant, zone));
    }

    /**
     * Returns whether every day of another period is within this one.
     *
     * @param other the other period, not null
     * @return true if this period encloses {@code other}
     */
    public boolean encloses(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * Returns whether this period and another share at least one day. Abutting periods do not overlap.
     *
     * @param other the other period, not null
     * @return true if they share a day
     */
    public boolean overlaps(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return start.isBefore(other.endExclusive) && other.start.isBefore(endExclusive);
    }

    /**
     * Returns the days this period shares with another.
     *
     * @param other the other period, not null
     * @return the intersection, or empty if the periods do not overlap
     */
    public Optional<ReportingPeriod> intersection(ReportingPeriod other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
        return Optional.of(new ReportingPeriod(s, e));
    }

    /**
     * Checks whether another object is a period with the same start and end.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportingPeriod other && start.equals(other.start) && endExclusive.equals(other.endExclusive);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return start.hashCode() * 31 + endExclusive.hashCode();
    }

    /**
     * Prints the ISO 8601 form {@code start/endExclusive}, which {@link #parse(CharSequence)} reads back.
     *
     * @return the period as text, never null
     */
    @Override
    public String toString() {
        return start + "/" + endExclusive;
    }
}
