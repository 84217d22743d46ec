package io.github.circularj.rules.pilot;

import io.github.circularj.model.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A reporting period read in a time zone: which instants fall on its days, and when it ends.
 *
 * @param period the reporting period
 * @param zone the zone that assigns instants to days
 */
record Window(ReportingPeriod period, ZoneId zone) {

    Window {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
    }

    /** Returns whether an instant falls on a day of the period. */
    boolean contains(Instant at) {
        return period.contains(at, zone);
    }

    /** Returns the first instant after the period. */
    Instant end() {
        return period.endExclusive().atStartOfDay(zone).toInstant();
    }

    /** Returns the day of an instant in the zone. */
    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
