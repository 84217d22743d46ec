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

    /** The records split at {@code cut} into two accumulators, merged left into right or right into left. */
    private static <A> Measurement split(Indicator<Trade, A> indicator, List<Trade> trades, int cut, boolean leftFirst) {
        A left = indicator.start();
        A right = indicator.start();
        trades.subList(0, cut).forEach(t -> indicator.accept(left, t));
        trades.subList(cut, trades.size()).forEach(t -> indicator.accept(right, t));
        return indicator.finish(leftFirst ? indicator.merge(left, right) : indicator.merge(right, left));
    }

    @Test
    void anySplitOfTheRecordsMergesToTheOnePassResult() {
        // Durations with ties (two at 36 days), records out of scope, and amounts: every cut, both merge orders.
        List<Trade> trades = List.of(
                new Trade("T1", 10.5, 1, Optional.of(Duration.ofDays(3))),
                new Trade("T2", 20.25, 3, Optional.of(Duration.ofDays(36))),
                new Trade("T3", 0.25, 0, Optional.empty()),
                new Trade("T4", 4.0, 2, Optional.of(Duration.ofDays(36))),
                new Trade("T5", 1.0, 1, Optional.of(Duration.ofDays(1))),
                new Trade("T6", 2.0, 0, Optional.empty()));
        List<Measure<Object, Trade>> measures = List.of(Indicators.maxDuration(Trade::transfer, Trade::id),
                Indicators.sum(Trade::amount, Unit.AMOUNT), Indicators.weightedMean(Trade::amount, Trade::weight, Unit.NUMBER));
        for (Measure<Object, Trade> measure : measures) {
            Indicator<Trade, ?> indicator = measure.indicatorFor(new Object(), CONTEXT);
            Measurement whole = run(indicator, trades);
            for (int cut = 0; cut <= trades.size(); cut++) {
                assertThat(split(indicator, trades, cut, true)).as("cut %d, left first", cut).isEqualTo(whole);
                assertThat(split(indicator, trades, cut, false)).as("cut %d, right first", cut).isEqualTo(whole);
            }
        }
        Measurement longest = run(Indicators.<Object, Trade>maxDuration(Trade::transfer, Trade::id).indicatorFor(new Object(), CONTEXT),
                trades);
        assertThat(longest.value()).hasValue(36.0);
        assertThat(longest.evidence().ids()).containsExactly("T2", "T4");
        assertThat(run(Indicators.<Object, Trade>maxDuration(Trade::transfer, Trade::id).indicatorFor(new Object(), CONTEXT),
                List.of(trades.get(4), trades.get(0))).evidence().ids()).as("a longer one replaces the holders").containsExactly("T1");
    }

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
