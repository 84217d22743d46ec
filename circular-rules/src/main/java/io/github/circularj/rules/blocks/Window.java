package io.github.circularj.rules.blocks;

import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

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
    private final boolean fixedRange;
    private final long rangeFrom;
    private final long startSecond;
    private final long endSecond;

    private Window(ReportingPeriod period, ZoneId zone) {
        this.period = Objects.requireNonNull(period, "period");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.end = period.endExclusive().atStartOfDay(zone).toInstant();
        this.startSecond = period.start().atStartOfDay(zone).toEpochSecond();
        this.endSecond = end.getEpochSecond();
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
        return new Window(period, zone);
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
        if (fixedRange) {
            long s = at.getEpochSecond();
            if (s >= rangeFrom) {
                // The period's bounds are whole seconds, so comparing seconds is exact for any nanos.
                return s >= startSecond && s < endSecond;
            }
            return false;
        }
        return period.contains(at, zone);
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
        return period + " in " + zone;
    }
}
