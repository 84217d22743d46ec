package io.github.circularj.rules.pilot;

import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The statistics a pilot city reports, which the city pack reads beside its enterprises' scorecards.
 * Every statistic is optional: a rule that needs one that was not supplied gives INSUFFICIENT_EVIDENCE,
 * never a silent 0 or 100.
 *
 * <ul>
 *   <li>secondhand transaction value by year (any currency unit, the same every year);</li>
 *   <li>waste-appliance recovery volume by year (units or tonnes, the same every year), including the
 *       2023 baseline;</li>
 *   <li>used-car transactions by year, including 2023;</li>
 *   <li>scrapped-vehicle (end-of-life vehicle) recovery volume by year (vehicles or tonnes, the same every year),
 *       including 2023;</li>
 *   <li>recycling points (the three-tier network's community points, transfer stations and sorting
 *       centres), households, and the city's own target of points per 10,000 households;</li>
 *   <li>secondhand markets operating to GB/T 33492-2024;</li>
 *   <li>recyclers of electronics in the city, and how many of them erase data to the standard.</li>
 * </ul>
 *
 * <p>Built with {@link #builder()}. This class is immutable and thread-safe.
 */
public final class CityStatistics {

    /** The baseline year of the city's policy targets. */
    public static final Year BASELINE = Year.of(2023);

    private final SortedMap<Year, Double> transactionValue;
    private final SortedMap<Year, Double> applianceRecovery;
    private final SortedMap<Year, Double> usedCarTransactions;
    private final SortedMap<Year, Double> vehicleRecovery;
    private final OptionalLong collectionPoints;
    private final OptionalLong households;
    private final OptionalDouble collectionNetworkTarget;
    private final OptionalLong standardMarkets;
    private final OptionalLong electronicsRecyclers;
    private final OptionalLong compliantErasureRecyclers;

    private CityStatistics(Builder b) {
        this.transactionValue = Collections.unmodifiableSortedMap(new TreeMap<>(b.transactionValue));
        this.applianceRecovery = Collections.unmodifiableSortedMap(new TreeMap<>(b.applianceRecovery));
        this.usedCarTransactions = Collections.unmodifiableSortedMap(new TreeMap<>(b.usedCarTransactions));
        this.vehicleRecovery = Collections.unmodifiableSortedMap(new TreeMap<>(b.vehicleRecovery));
        this.collectionPoints = b.collectionPoints;
        this.households = b.households;
        this.collectionNetworkTarget = b.collectionNetworkTarget;
        this.standardMarkets = b.standardMarkets;
        this.electronicsRecyclers = b.electronicsRecyclers;
        this.compliantErasureRecyclers = b.compliantErasureRecyclers;
    }

    /**
     * Returns statistics that supply nothing.
     *
     * @return the empty statistics
     */
    public static CityStatistics none() {
        return builder().build();
    }

    /**
     * Starts building statistics.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the secondhand transaction value of a year.
     *
     * @param year the year, not null
     * @return the value, or empty if not supplied
     */
    public OptionalDouble transactionValue(Year year) {
        return read(transactionValue, year);
    }

    /**
     * Returns the waste-appliance recovery volume of a year.
     *
     * @param year the year, not null
     * @return the volume, or empty if not supplied
     */
    public OptionalDouble applianceRecovery(Year year) {
        return read(applianceRecovery, year);
    }

    /**
     * Returns the number of used-car transactions of a year.
     *
     * @param year the year, not null
     * @return the number, or empty if not supplied
     */
    public OptionalDouble usedCarTransactions(Year year) {
        return read(usedCarTransactions, year);
    }

    /**
     * Returns the scrapped-vehicle (end-of-life vehicle) recovery volume of a year.
     *
     * @param year the year, not null
     * @return the volume, or empty if not supplied
     */
    public OptionalDouble vehicleRecovery(Year year) {
        return read(vehicleRecovery, year);
    }

    private static OptionalDouble read(Map<Year, Double> byYear, Year year) {
        Double v = byYear.get(Objects.requireNonNull(year, "year"));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Returns the number of recycling points.
     *
     * @return the number, or empty if not supplied
     */
    public OptionalLong collectionPoints() {
        return collectionPoints;
    }

    /**
     * Returns the number of households.
     *
     * @return the number, or empty if not supplied
     */
    public OptionalLong households() {
        return households;
    }

    /**
     * Returns the city's own target of recycling points per 10,000 households.
     *
     * @return the target, or empty if not set
     */
    public OptionalDouble collectionNetworkTarget() {
        return collectionNetworkTarget;
    }

    /**
     * Returns the number of secondhand markets operating to GB/T 33492-2024.
     *
     * @return the number, or empty if not supplied
     */
    public OptionalLong standardMarkets() {
        return standardMarkets;
    }

    /**
     * Returns the number of recyclers of electronics in the city.
     *
     * @return the number, or empty if not supplied
     */
    public OptionalLong electronicsRecyclers() {
        return electronicsRecyclers;
    }

    /**
     * Returns how many recyclers of electronics erase data to the standard.
     *
     * @return the number, or empty if not supplied
     */
    public OptionalLong compliantErasureRecyclers() {
        return compliantErasureRecyclers;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CityStatistics o && transactionValue.equals(o.transactionValue)
                && applianceRecovery.equals(o.applianceRecovery) && usedCarTransactions.equals(o.usedCarTransactions)
                && vehicleRecovery.equals(o.vehicleRecovery)
                && collectionPoints.equals(o.collectionPoints) && households.equals(o.households)
                && collectionNetworkTarget.equals(o.collectionNetworkTarget) && standardMarkets.equals(o.standardMarkets)
                && electronicsRecyclers.equals(o.electronicsRecyclers)
                && compliantErasureRecyclers.equals(o.compliantErasureRecyclers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionValue, applianceRecovery, usedCarTransactions, vehicleRecovery, collectionPoints, households,
                collectionNetworkTarget, standardMarkets, electronicsRecyclers, compliantErasureRecyclers);
    }

    /**
     * Returns the statistics as text, listing what was supplied.
     *
     * @return the statistics as text
     */
    @Override
    public String toString() {
        return "CityStatistics[transactionValue=" + transactionValue + ", applianceRecovery=" + applianceRecovery
                + ", usedCarTransactions=" + usedCarTransactions + ", vehicleRecovery=" + vehicleRecovery
                + ", collectionPoints=" + collectionPoints
                + ", households=" + households + ", collectionNetworkTarget=" + collectionNetworkTarget
                + ", standardMarkets=" + standardMarkets + ", electronicsRecyclers=" + electronicsRecyclers
                + ", compliantErasureRecyclers=" + compliantErasureRecyclers + "]";
    }

    /** Builds {@link CityStatistics}; every statistic is optional. Not thread-safe. */
    public static final class Builder {
        private final Map<Year, Double> transactionValue = new TreeMap<>();
        private final Map<Year, Double> applianceRecovery = new TreeMap<>();
        private final Map<Year, Double> usedCarTransactions = new TreeMap<>();
        private final Map<Year, Double> vehicleRecovery = new TreeMap<>();
        private OptionalLong collectionPoints = OptionalLong.empty();
        private OptionalLong households = OptionalLong.empty();
        private OptionalDouble collectionNetworkTarget = OptionalDouble.empty();
        private OptionalLong standardMarkets = OptionalLong.empty();
        private OptionalLong electronicsRecyclers = OptionalLong.empty();
        private OptionalLong compliantErasureRecyclers = OptionalLong.empty();

        private Builder() {
        }

        private static double amount(String field, Year year, double value) {
            Objects.requireNonNull(year, "year");
            if (!Double.isFinite(value) || value < 0.0) {
                throw new IllegalArgumentException(field + " of " + year + " \"" + value
                        + "\" is negative or not finite; it is a finite number, 0 or more");
            }
            return value;
        }

        private static long count(String field, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(field + " \"" + value + "\" is negative; a count is 0 or more");
            }
            return value;
        }

        /**
         * Sets the secondhand transaction value of a year.
         *
         * @param year the year, not null
         * @param value the value, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the value is negative or not finite
         */
        public Builder transactionValue(Year year, double value) {
            transactionValue.put(year, amount("transactionValue", year, value));
            return this;
        }

        /**
         * Sets the waste-appliance recovery volume of a year.
         *
         * @param year the year, not null
         * @param volume the volume, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the volume is negative or not finite
         */
        public Builder applianceRecovery(Year year, double volume) {
            applianceRecovery.put(year, amount("applianceRecovery", year, volume));
            return this;
        }

        /**
         * Sets the number of used-car transactions of a year.
         *
         * @param year the year, not null
         * @param transactions the number, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the number is negative or not finite
         */
        public Builder usedCarTransactions(Year year, double transactions) {
            usedCarTransactions.put(year, amount("usedCarTransactions", year, transactions));
            return this;
        }

        /**
         * Sets the scrapped-vehicle (end-of-life vehicle) recovery volume of a year, in vehicles or tonnes as the
         * city reports it (the rule compares years, so the unit must be the same in every year).
         *
         * @param year the year, not null
         * @param volume the volume, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the volume is negative or not finite
         */
        public Builder vehicleRecovery(Year year, double volume) {
            vehicleRecovery.put(year, amount("vehicleRecovery", year, volume));
            return this;
        }

        /**
         * Sets the numbers of recycling points and of households.
         *
         * @param points the recycling points, not negative
         * @param householdCount the households, positive
         * @return this builder
         * @throws IllegalArgumentException if points are negative or households not positive
         */
        public Builder collectionNetwork(long points, long householdCount) {
            if (householdCount <= 0) {
                throw new IllegalArgumentException("households \"" + householdCount
                        + "\" is not positive; a city has at least one household");
            }
            this.collectionPoints = OptionalLong.of(count("collectionPoints", points));
            this.households = OptionalLong.of(householdCount);
            return this;
        }

        /**
         * Sets the city's own target of recycling points per 10,000 households (CITY-COLLECTION-NETWORK's
         * user-set target, for example from the city's implementation plan).
         *
         * @param pointsPer10000Households the target, finite and positive
         * @return this builder
         * @throws IllegalArgumentException if the target is not positive or not finite
         */
        public Builder collectionNetworkTarget(double pointsPer10000Households) {
            if (!Double.isFinite(pointsPer10000Households) || pointsPer10000Households <= 0.0) {
                throw new IllegalArgumentException("collectionNetworkTarget \"" + pointsPer10000Households
                        + "\" is not a finite positive number; a target of points per 10,000 households is above 0");
            }
            this.collectionNetworkTarget = OptionalDouble.of(pointsPer10000Households);
            return this;
        }

        /**
         * Sets the number of secondhand markets operating to GB/T 33492-2024.
         *
         * @param markets the number, not negative
         * @return this builder
         * @throws IllegalArgumentException if the number is negative
         */
        public Builder standardMarkets(long markets) {
            this.standardMarkets = OptionalLong.of(count("standardMarkets", markets));
            return this;
        }

        /**
         * Sets the number of recyclers of electronics and how many of them erase data to the standard.
         *
         * @param total the recyclers of electronics, not negative
         * @param withCompliantErasure those with compliant erasure, in [0, total]
         * @return this builder
         * @throws IllegalArgumentException if a number is negative or the compliant exceed the total
         */
        public Builder electronicsRecyclers(long total, long withCompliantErasure) {
            count("electronicsRecyclers", total);
            count("compliantErasureRecyclers", withCompliantErasure);
            if (withCompliantErasure > total) {
                throw new IllegalArgumentException("compliantErasureRecyclers \"" + withCompliantErasure
                        + "\" exceeds electronicsRecyclers \"" + total + "\"; they are a part of the recyclers");
            }
            this.electronicsRecyclers = OptionalLong.of(total);
            this.compliantErasureRecyclers = OptionalLong.of(withCompliantErasure);
            return this;
        }

        /**
         * Builds the statistics.
         *
         * @return the statistics
         */
        public CityStatistics build() {
            return new CityStatistics(this);
        }
    }
}
