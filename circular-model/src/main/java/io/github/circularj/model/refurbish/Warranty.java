package io.github.circularj.model.refurbish;

import java.util.OptionalLong;

/**
 * A warranty given with a refurbished or resold item: a number of months and, for vehicles,
 * optionally a distance in kilometres, whichever comes first.
 *
 * <p>Rule WARRANTY-REFURB of the policy documentation (docs/policy.md) asks that refurbished goods carry a warranty of at
 * least 3 months (a library default); for used cars the trade practice cited there is 3 months or
 * 5,000 km (二手车交易规范, unverified). A warranty of 0 months is allowed and is the honest record of
 * "no warranty period".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param months the warranty period in months, zero or more
 * @param kilometres the distance limit for vehicles, zero or more, or empty if none
 */
public record Warranty(int months, OptionalLong kilometres) {

    /**
     * Validates the warranty.
     *
     * @param months the warranty period in months, zero or more
     * @param kilometres the distance limit, not null; if present, zero or more
     * @throws IllegalArgumentException if {@code months} or {@code kilometres} is negative
     */
    public Warranty {
        java.util.Objects.requireNonNull(kilometres, "kilometres");
        if (months < 0) {
            throw new IllegalArgumentException("warranty months \"" + months + "\" is negative; a warranty lasts zero months or more");
        }
        if (kilometres.isPresent() && kilometres.getAsLong() < 0) {
            throw new IllegalArgumentException("warranty kilometres \"" + kilometres.getAsLong()
                    + "\" is negative; a distance limit is zero or more");
        }
    }

    /**
     * Obtains a warranty of a number of months, without a distance limit.
     *
     * @param months the period in months, zero or more
     * @return the warranty
     * @throws IllegalArgumentException if {@code months} is negative
     */
    public static Warranty ofMonths(int months) {
        return new Warranty(months, OptionalLong.empty());
    }

    /**
     * Obtains a vehicle warranty of a number of months or a distance, whichever comes first.
     *
     * @param months the period in months, zero or more
     * @param kilometres the distance limit, zero or more
     * @return the warranty
     * @throws IllegalArgumentException if {@code months} or {@code kilometres} is negative
     */
    public static Warranty ofMonthsOrKilometres(int months, long kilometres) {
        return new Warranty(months, OptionalLong.of(kilometres));
    }

    /**
     * Returns whether the warranty period is at least a number of months.
     *
     * @param minimumMonths the minimum in months
     * @return true if {@link #months()} is at least {@code minimumMonths}
     */
    public boolean isAtLeast(int minimumMonths) {
        return months >= minimumMonths;
    }

    /**
     * Prints the months and any distance, for example {@code 3 months or 5000 km}.
     *
     * @return the warranty as text
     */
    @Override
    public String toString() {
        return months + " months" + (kilometres.isPresent() ? " or " + kilometres.getAsLong() + " km" : "");
    }
}
