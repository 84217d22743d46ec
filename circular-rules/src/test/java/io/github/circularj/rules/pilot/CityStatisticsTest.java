package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.circularj.model.ValueContract;
import java.time.Year;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CityStatisticsTest {

    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2025 = Year.of(2025);

    private static CityStatistics.Builder full() {
        return CityStatistics.builder()
                .transactionValue(Y2023, 100.0)
                .applianceRecovery(Y2023, 50.0)
                .usedCarTransactions(Y2023, 20.0)
                .vehicleRecovery(Y2023, 8.0)
                .collectionNetwork(30, 10_000)
                .collectionNetworkTarget(25.0)
                .standardMarkets(4)
                .electronicsRecyclers(10, 7);
    }

    @Test
    void hasTheYear2023AsItsBaseline() {
        assertThat(CityStatistics.BASELINE).isEqualTo(Year.of(2023));
    }

    @Test
    void noneSuppliesNothing() {
        CityStatistics none = CityStatistics.none();
        assertThat(none.transactionValue(Y2023)).isEmpty();
        assertThat(none.applianceRecovery(Y2023)).isEmpty();
        assertThat(none.usedCarTransactions(Y2023)).isEmpty();
        assertThat(none.collectionPoints()).isEmpty();
        assertThat(none.households()).isEmpty();
        assertThat(none.collectionNetworkTarget()).isEmpty();
        assertThat(none.standardMarkets()).isEmpty();
        assertThat(none.electronicsRecyclers()).isEmpty();
        assertThat(none.compliantErasureRecyclers()).isEmpty();
        assertThat(none).isEqualTo(CityStatistics.builder().build());
    }

    @Test
    void readsBackEverySuppliedStatistic() {
        CityStatistics s = full().build();
        assertThat(s.transactionValue(Y2023)).isEqualTo(OptionalDouble.of(100.0));
        assertThat(s.applianceRecovery(Y2023)).isEqualTo(OptionalDouble.of(50.0));
        assertThat(s.usedCarTransactions(Y2023)).isEqualTo(OptionalDouble.of(20.0));
        assertThat(s.collectionPoints()).isEqualTo(OptionalLong.of(30));
        assertThat(s.households()).isEqualTo(OptionalLong.of(10_000));
        assertThat(s.collectionNetworkTarget()).isEqualTo(OptionalDouble.of(25.0));
        assertThat(s.standardMarkets()).isEqualTo(OptionalLong.of(4));
        assertThat(s.electronicsRecyclers()).isEqualTo(OptionalLong.of(10));
        assertThat(s.compliantErasureRecyclers()).isEqualTo(OptionalLong.of(7));
    }

    @Test
    void givesNothingForAYearThatWasNotSupplied() {
        CityStatistics s = full().build();
        assertThat(s.transactionValue(Y2025)).isEmpty();
        assertThat(s.applianceRecovery(Y2025)).isEmpty();
        assertThat(s.usedCarTransactions(Y2025)).isEmpty();
    }

    @Test
    void rejectsANullYearWhenReading() {
        CityStatistics s = full().build();
        assertThatNullPointerException().isThrownBy(() -> s.transactionValue(null)).withMessage("year");
        assertThatNullPointerException().isThrownBy(() -> s.applianceRecovery(null)).withMessage("year");
        assertThatNullPointerException().isThrownBy(() -> s.usedCarTransactions(null)).withMessage("year");
    }

    @Test
    void rejectsANullYearWhenBuilding() {
        assertThatNullPointerException()
                .isThrownBy(() -> CityStatistics.builder().transactionValue(null, 1.0)).withMessage("year");
    }

    @Test
    void acceptsZeroAmounts() {
        CityStatistics s = CityStatistics.builder().transactionValue(Y2023, 0.0).applianceRecovery(Y2023, 0.0)
                .usedCarTransactions(Y2023, 0.0).collectionNetwork(0, 1).standardMarkets(0)
                .electronicsRecyclers(0, 0).build();
        assertThat(s.transactionValue(Y2023)).isEqualTo(OptionalDouble.of(0.0));
        assertThat(s.applianceRecovery(Y2023)).isEqualTo(OptionalDouble.of(0.0));
        assertThat(s.usedCarTransactions(Y2023)).isEqualTo(OptionalDouble.of(0.0));
        assertThat(s.collectionPoints()).isEqualTo(OptionalLong.of(0));
        assertThat(s.households()).isEqualTo(OptionalLong.of(1));
        assertThat(s.standardMarkets()).isEqualTo(OptionalLong.of(0));
        assertThat(s.electronicsRecyclers()).isEqualTo(OptionalLong.of(0));
        assertThat(s.compliantErasureRecyclers()).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void rejectsANegativeTransactionValueNamingFieldYearAndValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().transactionValue(Y2023, -0.5))
                .withMessage("transactionValue of 2023 \"-0.5\" is negative or not finite; "
                        + "it is a finite number, 0 or more");
    }

    @Test
    void rejectsAnInfiniteApplianceRecovery() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().applianceRecovery(Y2025, Double.POSITIVE_INFINITY))
                .withMessage("applianceRecovery of 2025 \"Infinity\" is negative or not finite; "
                        + "it is a finite number, 0 or more");
    }

    @Test
    void rejectsANotANumberUsedCarCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().usedCarTransactions(Y2023, Double.NaN))
                .withMessage("usedCarTransactions of 2023 \"NaN\" is negative or not finite; "
                        + "it is a finite number, 0 or more");
    }

    @Test
    void rejectsNegativeRecyclingPoints() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().collectionNetwork(-1, 10))
                .withMessage("collectionPoints \"-1\" is negative; a count is 0 or more");
    }

    @Test
    void rejectsZeroHouseholds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().collectionNetwork(1, 0))
                .withMessage("households \"0\" is not positive; a city has at least one household");
    }

    @Test
    void rejectsAZeroCollectionNetworkTarget() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().collectionNetworkTarget(0.0))
                .withMessage("collectionNetworkTarget \"0.0\" is not a finite positive number; "
                        + "a target of points per 10,000 households is above 0");
    }

    @Test
    void rejectsAnInfiniteCollectionNetworkTarget() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().collectionNetworkTarget(Double.POSITIVE_INFINITY))
                .withMessageStartingWith("collectionNetworkTarget \"Infinity\" is not a finite positive number");
    }

    @Test
    void acceptsASmallPositiveCollectionNetworkTarget() {
        assertThat(CityStatistics.builder().collectionNetworkTarget(Double.MIN_VALUE).build()
                .collectionNetworkTarget()).isEqualTo(OptionalDouble.of(Double.MIN_VALUE));
    }

    @Test
    void rejectsANegativeNumberOfStandardMarkets() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().standardMarkets(-2))
                .withMessage("standardMarkets \"-2\" is negative; a count is 0 or more");
    }

    @Test
    void rejectsANegativeNumberOfElectronicsRecyclers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().electronicsRecyclers(-1, 0))
                .withMessage("electronicsRecyclers \"-1\" is negative; a count is 0 or more");
    }

    @Test
    void rejectsANegativeNumberOfCompliantRecyclers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().electronicsRecyclers(3, -1))
                .withMessage("compliantErasureRecyclers \"-1\" is negative; a count is 0 or more");
    }

    @Test
    void rejectsMoreCompliantRecyclersThanRecyclers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CityStatistics.builder().electronicsRecyclers(3, 4))
                .withMessage("compliantErasureRecyclers \"4\" exceeds electronicsRecyclers \"3\"; "
                        + "they are a part of the recyclers");
    }

    @Test
    void acceptsAllRecyclersCompliant() {
        CityStatistics s = CityStatistics.builder().electronicsRecyclers(3, 3).build();
        assertThat(s.electronicsRecyclers()).isEqualTo(OptionalLong.of(3));
        assertThat(s.compliantErasureRecyclers()).isEqualTo(OptionalLong.of(3));
    }

    @Test
    void isNotChangedByLaterUseOfItsBuilder() {
        CityStatistics.Builder b = full();
        CityStatistics s = b.build();
        b.transactionValue(Y2025, 9.0).applianceRecovery(Y2025, 9.0).usedCarTransactions(Y2025, 9.0);
        assertThat(s.transactionValue(Y2025)).isEmpty();
        assertThat(s.applianceRecovery(Y2025)).isEmpty();
        assertThat(s.usedCarTransactions(Y2025)).isEmpty();
    }

    @Test
    void hasValueSemantics() {
        ValueContract.assertValueSemantics(full().build(), full().build(), List.of(
                full().transactionValue(Y2023, 101.0).build(),
                full().applianceRecovery(Y2023, 51.0).build(),
                full().usedCarTransactions(Y2023, 21.0).build(),
                full().collectionNetwork(31, 10_000).build(),
                full().collectionNetwork(30, 10_001).build(),
                full().collectionNetworkTarget(26.0).build(),
                full().standardMarkets(5).build(),
                full().electronicsRecyclers(11, 7).build(),
                full().electronicsRecyclers(10, 6).build()));
    }

    @Test
    void listsEveryStatisticInItsText() {
        assertThat(full().build().toString()).isEqualTo("CityStatistics[transactionValue={2023=100.0}, "
                + "applianceRecovery={2023=50.0}, usedCarTransactions={2023=20.0}, vehicleRecovery={2023=8.0}, "
                + "collectionPoints=OptionalLong[30], households=OptionalLong[10000], "
                + "collectionNetworkTarget=OptionalDouble[25.0], standardMarkets=OptionalLong[4], "
                + "electronicsRecyclers=OptionalLong[10], compliantErasureRecyclers=OptionalLong[7]]");
    }
}
