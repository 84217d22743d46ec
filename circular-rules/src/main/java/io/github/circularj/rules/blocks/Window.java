package io.github.circularj.rules.blocks;

import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A reporting period read in a time zone: which instants fall on its days, and when it ends.
 *
 * <p>The judgements ask {@link #contains(Instant)} and {@link #end()} for nearly every event, so both are
 * precomputed: the end instant once, and, when the zone has no offset transition from two days before the
 * period on (no DST, no change of standard offset; Asia/Shanghai since 1991), the period as a range of epoch
 * seconds. Under a fixed offset the local day of an instant never decreases as the instant grows, so the
 * range test gives exactly the answer of {@link ReportingPeriod#contains(Instant, ZoneId)}; an instant more
 * than two days before the period falls on an earlier day under any offset (offsets lie within ±18 h).
 * Zones with transitions in or after the period take the general path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Window {

    private static final long TWO_DAYS = 2 * 86_400L;

    private final ReportingPeriod period;
    private final ZoneId zone;
    private final Instant end;
    /** The days whose instants {@link #contains} accepts: the period, or the part of it an act period leaves. */
    @Nullable
    private final ReportingPeriod days;
    /** Whether an act period left no day of the reporting period: nothing is counted. */
    private final boolean none;
    private final boolean fixedRange;
    private final long rangeFrom;
    private final long startSecond;
    private final long endSecond;

    private Window(ReportingPeriod period, ZoneId zone, @Nullable ReportingPeriod days, boolean none) {
        this.period = Objects.requireNonNull(period, "period");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.end = period.endExclusive().atStartOfDay(zone).toInstant();
        this.days = days;
        this.none = none;
        ReportingPeriod counted = days != null ? days : period;
        this.startSecond = counted.start().atStartOfDay(zone).toEpochSecond();
        this.endSecond = counted.endExclusive().atStartOfDay(zone).toEpochSecond();
        this.rangeFrom = startSecond - TWO_DAYS;
        this.fixedRange = zone.getRules().isFixedOffset()
                || zone.getRules().nextTransition(Instant.ofEpochSecond(rangeFrom)) == null;
    }

    /**
     * Obtains the window of a reporting period in a zone.
     *
     * @param period the reporting period, not null
     * @param zone the zone that assigns instants to days, not null
     * @return the window
     */
    public static Window of(ReportingPeriod period, ZoneId zone) {
        return new Window(period, zone, null, false);
    }

    /**
     * Returns the window that counts only the acts on days of an act period as well: the days of a term of
     * a rule, or the days up to an evaluation's as-of date. {@link #period()} and {@link #end()} stay the
     * reporting period's, so deadlines are still judged against the period's end.
     *
     * @param from the first day of the act period, inclusive, not null
     * @param until the first day after it, exclusive, not null
     * @return the window, counting no act at all when the act period and this window's days do not meet
     */
    public Window actsBetween(LocalDate from, LocalDate until) {
        ReportingPeriod counted = days != null ? days : period;
        LocalDate start = from.isAfter(counted.start()) ? from : counted.start();
        LocalDate stop = until.isBefore(counted.endExclusive()) ? until : counted.endExclusive();
        if (!stop.isAfter(start)) {
            return new Window(period, zone, null, true);
        }
        return new Window(period, zone, ReportingPeriod.of(start, stop), false);
    }

    /**
     * Returns whether the window counts no act at all (an act period outside the reporting period).
     *
     * @return true if {@link #contains} is false for every instant
     */
    public boolean isEmpty() {
        return none;
    }

    /**
     * Returns the reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the zone that assigns instants to days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns whether an instant falls on a day of the period.
     *
     * @param at the instant, not null
     * @return true if its day in the zone is in the period
     */
    public boolean contains(Instant at) {
        if (none) {
            return false;
        }
        if (fixedRange) {
            long s = at.getEpochSecond();
            if (s >= rangeFrom) {
                // The period's bounds are whole seconds, so comparing seconds is exact for any nanos.
                return s >= startSecond && s < endSecond;
            }
            return false;
        }
        return (days != null ? days : period).contains(at, zone);
    }

    /**
     * Returns the first instant after the period.
     *
     * @return the start of the day after the period's last day, in the zone
     */
    public Instant end() {
        return end;
    }

    /**
     * Returns the day of an instant in the zone.
     *
     * @param at the instant, not null
     * @return the local date
     */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * Returns the window as text, e.g. {@code "2026 in Asia/Shanghai"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return period + " in " + zone + (none ? ", no act counted" : days != null ? ", acts " + days : "");
    }
}
