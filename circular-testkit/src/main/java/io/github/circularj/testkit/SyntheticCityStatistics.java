package io.github.circularj.testkit;

import io.github.circularj.model.Money;
import io.github.circularj.rules.pilot.CityStatistics;
import java.time.Year;
import io.github.circularj.model.party.City;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Synthetic statistics of one synthetic city, with the values the city indicators of the pilot need
 * (see the city table of the reference: CITY-MARKET-GROWTH, CITY-APPLIANCE-RECOVERY,
 * CITY-USED-CAR-GROWTH, CITY-COLLECTION-NETWORK, CITY-STANDARD-MARKETS, CITY-ERASURE-CAPACITY). The
 * yearly series start with the 2023 baseline the appliance and used-car targets are measured against
 * (商消费发〔2024〕58号; 商流通发〔2024〕18号) and end with the year in which the pilot's reporting
 * period ends.
 *
 * <p>Every value is invented from the pilot's seed: these are synthetic data, plausible in size and
 * growth, not statistics of any real city, and not derived from the synthetic enterprises' ledgers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param city the synthetic city, not null
 * @param secondhandTransactionValue the value of secondhand transactions by calendar year, not null
 * @param applianceRecoveryUnits the number of waste household appliances recovered by calendar year
 *     (2023 is the baseline), not null
 * @param usedCarTransactions the number of used-car transactions by calendar year (2023 is the
 *     baseline), not null
 * @param scrappedVehicleRecovery the number of scrapped (end-of-life) vehicles recovered by calendar year
 *     (2023 is the baseline), not null
 * @param collectionPoints the number of recycling collection points (community points, transfer
 *     stations and sorting centres), zero or more
 * @param households the number of households, positive
 * @param standardMarkets the number of secondhand markets operating to GB/T 33492-2024, zero or more
 * @param electronicsRecyclers the number of recyclers of used electronics, zero or more
 * @param electronicsRecyclersWithCompliantErasure how many of them erase data to the standard, at most
 *     {@code electronicsRecyclers}
 */
public record SyntheticCityStatistics(City city, SortedMap<Integer, Money> secondhandTransactionValue,
        SortedMap<Integer, Long> applianceRecoveryUnits, SortedMap<Integer, Long> usedCarTransactions,
        SortedMap<Integer, Long> scrappedVehicleRecovery, int collectionPoints, long households, int standardMarkets, int electronicsRecyclers,
        int electronicsRecyclersWithCompliantErasure) {

    /**
     * Checks and copies the components.
     *
     * @param city the synthetic city, not null
     * @param secondhandTransactionValue the value of secondhand transactions by year, not null; copied
     * @param applianceRecoveryUnits waste appliances recovered by year, not null; copied
     * @param usedCarTransactions used-car transactions by year, not null; copied
     * @param scrappedVehicleRecovery scrapped vehicles recovered by year, not null; copied
     * @param collectionPoints the number of collection points, zero or more
     * @param households the number of households, positive
     * @param standardMarkets the number of markets operating to GB/T 33492-2024, zero or more
     * @param electronicsRecyclers the number of recyclers of electronics, zero or more
     * @param electronicsRecyclersWithCompliantErasure how many of them erase compliantly
     * @throws IllegalArgumentException if a count is negative, {@code households} is not positive, or
     *     more recyclers erase compliantly than there are recyclers
     */
    public SyntheticCityStatistics {
        Objects.requireNonNull(city, "city");
        secondhandTransactionValue = copy("secondhandTransactionValue", secondhandTransactionValue);
        applianceRecoveryUnits = copy("applianceRecoveryUnits", applianceRecoveryUnits);
        usedCarTransactions = copy("usedCarTransactions", usedCarTransactions);
        scrappedVehicleRecovery = copy("scrappedVehicleRecovery", scrappedVehicleRecovery);
        notNegative("collectionPoints", collectionPoints);
        if (households <= 0) {
            throw new IllegalArgumentException("households \"" + households + "\" is not positive; a city has households");
        }
        notNegative("standardMarkets", standardMarkets);
        notNegative("electronicsRecyclers", electronicsRecyclers);
        notNegative("electronicsRecyclersWithCompliantErasure", electronicsRecyclersWithCompliantErasure);
        if (electronicsRecyclersWithCompliantErasure > electronicsRecyclers) {
            throw new IllegalArgumentException("electronicsRecyclersWithCompliantErasure \""
                    + electronicsRecyclersWithCompliantErasure + "\" exceeds electronicsRecyclers \"" + electronicsRecyclers
                    + "\"; the compliant recyclers are among all recyclers");
        }
    }

    private static <V> SortedMap<Integer, V> copy(String field, Map<Integer, V> values) {
        Objects.requireNonNull(values, field);
        TreeMap<Integer, V> copy = new TreeMap<>();
        values.forEach((year, value) -> copy.put(Objects.requireNonNull(year, field + " year"),
                Objects.requireNonNull(value, field + " value")));
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is negative; a count is zero or more");
        }
    }

    /**
     * Returns {@code true}: these statistics are synthetic data.
     *
     * @return always {@code true}
     */
    public boolean isSynthetic() {
        return true;
    }

    /**
     * Converts these values to the city statistics the pilot's city pack reads: transaction values in
     * yuan by year, appliance recovery units by year, used-car transactions by year, the collection
     * network, standard markets and electronics recyclers. The city's own collection-network target
     * is not synthesised, so CITY-COLLECTION-NETWORK stays not applicable unless the caller adds one.
     *
     * @return the city statistics, never null
     */
    public CityStatistics toCityStatistics() {
        CityStatistics.Builder builder = CityStatistics.builder();
        secondhandTransactionValue.forEach((year, value) ->
                builder.transactionValue(Year.of(year), value.amount().doubleValue()));
        applianceRecoveryUnits.forEach((year, units) -> builder.applianceRecovery(Year.of(year), units));
        usedCarTransactions.forEach((year, count) -> builder.usedCarTransactions(Year.of(year), count));
        scrappedVehicleRecovery.forEach((year, count) -> builder.vehicleRecovery(Year.of(year), count));
        return builder.collectionNetwork(collectionPoints, households)
                .standardMarkets(standardMarkets)
                .electronicsRecyclers(electronicsRecyclers, electronicsRecyclersWithCompliantErasure)
                .build();
    }
}
