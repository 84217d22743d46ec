package io.github.circularj.benchmarks;

import io.github.circularj.model.Mass;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of summing validated masses: a baseline for the value types' overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MassSumBenchmark {

    /** How many masses are summed per invocation. */
    @Param({"1000"})
    public int count;

    private Mass[] masses;

    /** Builds the masses once per trial. */
    @Setup
    public void setUp() {
        masses = masses(count);
    }

    /**
     * Sums the masses.
     *
     * @return the total, so that JMH keeps the work
     */
    @Benchmark
    public Mass sum() {
        return sum(masses);
    }

    static Mass[] masses(int count) {
        Mass[] result = new Mass[count];
        for (int i = 0; i < count; i++) {
            result[i] = Mass.ofGrams(i);
        }
        return result;
    }

    static Mass sum(Mass[] masses) {
        Mass total = Mass.ZERO;
        for (Mass mass : masses) {
            total = total.plus(mass);
        }
        return total;
    }
}
