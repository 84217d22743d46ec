package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Unit;
import java.time.Year;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CityRulesTest {

    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2026 = Year.of(2026);

    private static Measurement growth(CityStatistics s) {
        return CityRules.growth("used-car transactions", s::usedCarTransactions, Y2023, Y2026);
    }

    @Test
    void growthIsThePercentageChangeAgainstTheBase() {
        Measurement m = growth(CityStatistics.builder().usedCarTransactions(Y2023, 800).usedCarTransactions(Y2026, 1000)
                .build());
        assertThat(m.unit()).isEqualTo(Unit.PERCENT);
        assertThat(m.value().getAsDouble()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void aFallIsNegativeGrowth() {
        Measurement m = growth(CityStatistics.builder().usedCarTransactions(Y2023, 1000).usedCarTransactions(Y2026, 900)
                .build());
        assertThat(m.value().getAsDouble()).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void aMissingCurrentYearIsInsufficientEvidenceNamingThatYear() {
        Measurement m = growth(CityStatistics.builder().usedCarTransactions(Y2023, 1000).build());
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.unit()).isEqualTo(Unit.PERCENT);
        assertThat(m.reason()).isEqualTo("used-car transactions for 2026 not supplied");
    }

    @Test
    void aMissingBaseYearIsInsufficientEvidenceNamingThatYear() {
        Measurement m = growth(CityStatistics.builder().usedCarTransactions(Y2026, 1000).build());
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.reason()).isEqualTo("used-car transactions for 2023 not supplied");
    }

    @Test
    void aZeroBaseMakesGrowthUndefined() {
        Measurement m = growth(CityStatistics.builder().usedCarTransactions(Y2023, 0).usedCarTransactions(Y2026, 5)
                .build());
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.reason()).isEqualTo("used-car transactions for 2023 is 0, so growth is undefined");
    }

    @Test
    void theCollectionNetworkIsTheShareOfTheCitysTargetReached() {
        // 60 points for 100,000 households = 6 per 10,000; target 8 → 75 %.
        Measurement m = CityRules.collectionNetwork(CityStatistics.builder().collectionNetwork(60, 100_000)
                .collectionNetworkTarget(8.0).build());
        assertThat(m.unit()).isEqualTo(Unit.SHARE);
        assertThat(m.value().getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theCollectionNetworkShareStopsAtOneHundredPercent() {
        Measurement m = CityRules.collectionNetwork(CityStatistics.builder().collectionNetwork(200, 100_000)
                .collectionNetworkTarget(8.0).build());
        assertThat(m.value()).isEqualTo(OptionalDouble.of(1.0));
    }

    @Test
    void theCollectionNetworkWithoutTargetIsNotApplicable() {
        Measurement m = CityRules.collectionNetwork(CityStatistics.builder().collectionNetwork(60, 100_000).build());
        assertThat(m.isNotApplicable()).isTrue();
        assertThat(m.reason()).isEqualTo("no city target of recycling points per 10,000 households set");
    }

    @Test
    void theCollectionNetworkWithoutCountsIsInsufficientEvidence() {
        Measurement m = CityRules.collectionNetwork(CityStatistics.builder().collectionNetworkTarget(8.0).build());
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.reason()).isEqualTo("the numbers of recycling points and households not supplied");
    }

    @Test
    void erasureCapacityIsTheShareOfCompliantRecyclersWithTheOthersAsEvidence() {
        Measurement m = CityRules.erasureCapacity(CityStatistics.builder().electronicsRecyclers(4, 3).build());
        assertThat(m.value()).isEqualTo(OptionalDouble.of(0.75));
        assertThat(m.numerator()).hasValue(3);
        assertThat(m.denominator()).hasValue(4);
        assertThat(m.evidence().count()).isEqualTo(1);
    }

    @Test
    void erasureCapacityWithoutRecyclerCountsIsInsufficientEvidence() {
        Measurement m = CityRules.erasureCapacity(CityStatistics.none());
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.unit()).isEqualTo(Unit.SHARE);
        assertThat(m.reason()).isEqualTo("the numbers of electronics recyclers not supplied");
    }

    @Test
    void theProRatedTargetsAreHalfwayAndQuarterSteps() {
        assertThat(CityRules.APPLIANCE_2025).isEqualTo(15.0);
        assertThat(CityRules.APPLIANCE_2027).isEqualTo(30.0);
        assertThat(CityRules.USED_CAR_2027).isEqualTo(45.0);
    }
}
