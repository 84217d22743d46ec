package io.github.circularj.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MassSumBenchmarkTest {

    @Test
    void sumsWhatItMeasures() {
        // 0 + 1 + ... + 999 grams = 499,500 g = 499.5 kg
        assertThat(MassSumBenchmark.sum(MassSumBenchmark.masses(1000)).kilograms()).isCloseTo(499.5, within(1e-9));
    }
}
