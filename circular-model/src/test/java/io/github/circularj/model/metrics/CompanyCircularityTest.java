package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.circularj.model.Mass;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompanyCircularityTest {

    /** MCI = 0.1 (fully linear, M = 1 kg). */
    private static final MaterialCircularity LINEAR =
            MaterialCircularity.of(MaterialFlow.builder(Mass.ofKilograms(1)).build(), Utility.AVERAGE);

    /** MCI = 0.46 (recycled in with E_F = 0.5, landfilled out, M = 1 kg). */
    private static final MaterialCircularity RECYCLED_IN = MaterialCircularity.of(
            MaterialFlow.builder(Mass.ofKilograms(1)).recycledInput(1).inputRecyclingEfficiency(0.5).build(),
            Utility.AVERAGE);

    @Test
    void weightsProductIndicatorsByRevenue() {
        // (0.1 · 300 + 0.46 · 100) / (300 + 100) = 76 / 400 = 0.19
        CompanyCircularity company = CompanyCircularity.byRevenue()
                .add(LINEAR, new BigDecimal("300"))
                .add(RECYCLED_IN, 100)
                .build();

        assertThat(company.mci()).hasValueCloseTo(0.19, within(1e-12));
        assertThat(company.normaliser()).isEqualTo(CompanyCircularity.Normaliser.REVENUE);
        assertThat(company.productCount()).isEqualTo(2);
        assertThat(company.totalNormaliser()).isEqualByComparingTo("400");
        assertThat(company.toString()).startsWith("CompanyCircularity[MCI=0.1").endsWith(", by REVENUE, 2 products]");
        assertThat(CompanyCircularity.byMass().build()).hasToString("CompanyCircularity[MCI=undefined, by MASS, 0 products]");
    }

    @Test
    void weightsProductIndicatorsByMass() {
        // (0.1 · 3 + 0.46 · 1) / (3 + 1) = 0.76 / 4 = 0.19
        CompanyCircularity company = CompanyCircularity.byMass()
                .add(LINEAR, Mass.ofKilograms(3))
                .add(RECYCLED_IN)
                .build();

        assertThat(company.mci()).hasValueCloseTo(0.19, within(1e-12));
        assertThat(company.normaliser()).isEqualTo(CompanyCircularity.Normaliser.MASS);
    }

    @Test
    void doesNotDependOnTheOrderOfTheProducts() {
        CompanyCircularity one = CompanyCircularity.byRevenue().add(LINEAR, 0.3).add(RECYCLED_IN, 0.7).build();
        CompanyCircularity other = CompanyCircularity.byRevenue().add(RECYCLED_IN, 0.7).add(LINEAR, 0.3).build();

        assertThat(one.mci()).isEqualTo(other.mci());
    }

    @Test
    void isUndefinedWithoutProducts() {
        assertThat(CompanyCircularity.byRevenue().build().mci()).isEmpty();
        assertThat(CompanyCircularity.byMass().build().mci()).isEmpty();
    }

    @Test
    void isUndefinedWhenEveryNormaliserIsZero() {
        assertThat(CompanyCircularity.byRevenue().add(LINEAR, BigDecimal.ZERO).build().mci()).isEmpty();
    }

    @Test
    void rejectsANegativeRevenue() {
        assertThatIllegalArgumentException().isThrownBy(() -> CompanyCircularity.byRevenue().add(LINEAR, -5))
                .withMessage("S_i \"-5.0\" is negative; a revenue normaliser must be 0 or more");
        assertThatIllegalArgumentException().isThrownBy(() -> CompanyCircularity.byRevenue().add(LINEAR, Double.NaN))
                .withMessageStartingWith("S_i \"NaN\" is not a finite number");
    }
}
