package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2027, 1, 1), 20);

    record Trade(String id, double amount, double weight, Optional<Duration> transfer) {
    }

    private static <A> Measurement run(Indicator<Trade, A> indicator, List<Trade> trades) {
        A acc = indicator.start();
        trades.forEach(t -> indicator.accept(acc, t));
        return indicator.finish(acc);
    }

    private static Measurement measure(Measure<Object, Trade> measure, List<Trade> trades) {
        return run(measure.indicatorFor(new Object(), CONTEXT), trades);
    }

    private static final List<Trade> TRADES = List.of(
            new Trade("T1", 10.5, 1, Optional.of(Duration.ofDays(3))),
            new Trade("T2", 20.25, 3, Optional.of(Duration.ofHours(36 * 24))),
            new Trade("T3", 0.25, 0, Optional.empty()));

    @Test
    void sumAddsEveryRecord() {
        assertThat(measure(Indicators.sum(Trade::amount, Unit.AMOUNT), TRADES).value()).hasValue(31.0);
    }

    @Test
    void weightedMeanWeighsEachRecord() {
        // (10.5 × 1 + 20.25 × 3 + 0.25 × 0) / 4 = 17.8125
        assertThat(measure(Indicators.weightedMean(Trade::amount, Trade::weight, Unit.NUMBER), TRADES).value())
                .hasValue(17.8125);
    }

    @Test
    void maxDurationIsTheLongestInDaysWithItsHolderAsEvidence() {
        Measurement m = measure(Indicators.maxDuration(Trade::transfer, Trade::id), TRADES);
        assertThat(m.value()).hasValue(36.0);
        assertThat(m.evidence().ids()).containsExactly("T2");
    }

    @Test
    void maxDurationWithNothingInScopeIsNotApplicable() {
        assertThat(measure(Indicators.maxDuration(Trade::transfer, Trade::id), List.of()).isNotApplicable()).isTrue();
    }

    @Test
    void aMissingProfileValueIsInsufficientEvidenceNotNotApplicable() {
        Measurement m = measure(Indicators.profile("recycling points per 10,000 households",
                s -> java.util.OptionalDouble.empty(), Unit.NUMBER), TRADES);
        assertThat(m.isInsufficientEvidence()).isTrue();
        assertThat(m.isNotApplicable()).isFalse();
        assertThat(m.reason()).isEqualTo("recycling points per 10,000 households not supplied");
    }
}
