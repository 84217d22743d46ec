package io.github.circularj.rules.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Statistics.of(100, 60, 75).median()).hasValue(75.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Statistics.of(100, 60, 80, 70).median()).hasValue(75.0);
    }

    @Test
    void theMeanMinAndMaxAreThoseOfTheValues() {
        Statistics s = Statistics.of(100, 60, 80, 70);
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.mean()).hasValue(77.5);
        assertThat(s.min()).hasValue(60.0);
        assertThat(s.max()).hasValue(100.0);
    }

    @Test
    void noValuesGiveCountZeroAndEmptyStatistics() {
        Statistics s = Statistics.of();
        assertThat(s).isEqualTo(Statistics.empty());
        assertThat(s.mean()).isEmpty();
        assertThat(s.median()).isEmpty();
        assertThat(s).hasToString("n=0");
    }

    @Test
    void theMeanOfEqualValuesIsThatValueExactly() {
        assertThat(Statistics.of(0.1, 0.1, 0.1).mean()).hasValue(0.1);
    }

    @Test
    void readsAsOneLine() {
        assertThat(Statistics.of(50, 75, 100, 100)).hasToString("n=4 mean 81.25 median 87.50 min 50.00 max 100.00");
    }

    @Test
    void refusesANonFiniteValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Statistics.of(1, Double.NaN))
                .withMessage("value \"NaN\" is not finite; statistics need finite values");
    }

    @Test
    void refusesAMedianOutsideMinAndMax() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Statistics(2, OptionalDouble.of(1),
                OptionalDouble.of(5), OptionalDouble.of(0), OptionalDouble.of(2)))
                .withMessageContaining("are out of order");
    }

    @Test
    void refusesAnEmptyMeanForAPositiveCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Statistics(1, OptionalDouble.empty(),
                OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.of(1)))
                .withMessageContaining("must have mean, median, min and max all present");
    }
}
