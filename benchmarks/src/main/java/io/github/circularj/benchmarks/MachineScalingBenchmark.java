package io.github.circularj.benchmarks;

import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the machine itself gives a second thread (issue 26: {@code scoreAll} on 2 threads against 1): the same work
 * on one thread and on two at once, each thread on its own data, so that a ratio below 2 is the machine's (shared
 * memory bandwidth, a hypervisor), not the library's. Run with JMH's {@code -t 1} and {@code -t 2}
 * ({@code benchmarks/machine-scaling.sh}); the speed-up of two threads is {@code 2 × time(1 thread) / time(2
 * threads)}.
 * <ul>
 * <li>{@code compute}: arithmetic in registers, no memory;</li>
 * <li>{@code pointerChase}: dependent loads in a random cycle over 64 MB, one cache miss after another (the latency
 *     of memory);</li>
 * <li>{@code stream}: one load per 64-byte line over 128 MB, in order (the bandwidth of memory);</li>
 * <li>{@code walkLedger}: {@link Ledgers#walk} over an in-memory ledger of {@value #LEDGER_ITEMS} items (about
 *     100 MB of histories): the reads every judgement makes, without judging.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MachineScalingBenchmark {

    /** Items in each thread's ledger. */
    static final int LEDGER_ITEMS = 50_000;

    /** Each thread's own data. */
    @State(Scope.Thread)
    public static class Data {
        long[] lines;
        int[] cycle;
        EnterpriseSubject ledger;

        /** Fills the arrays and generates the ledger. */
        @Setup(Level.Trial)
        public void setUp() {
            lines = new long[16 * 1024 * 1024];
            for (int i = 0; i < lines.length; i += 8) {
                lines[i] = i;
            }
            cycle = new int[16 * 1024 * 1024];
            for (int i = 0; i < cycle.length; i++) {
                cycle[i] = i;
            }
            SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
            for (int i = cycle.length - 1; i > 0; i--) { // Sattolo: one cycle through every index
                int j = random.nextInt(i);
                int t = cycle[i];
                cycle[i] = cycle[j];
                cycle[j] = t;
            }
            ledger = Ledgers.materialised(Ledgers.pilot(1, LEDGER_ITEMS), 0);
        }
    }

    /**
     * 50,000,000 rounds of xorshift.
     *
     * @return a checksum
     */
    @Benchmark
    public long compute() {
        long x = 88_172_645_463_325_252L;
        long sum = 0;
        for (int i = 0; i < 50_000_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sum += x & 0xFF;
        }
        return sum;
    }

    /**
     * 2,000,000 dependent loads.
     *
     * @param data this thread's data
     * @return a checksum
     */
    @Benchmark
    public long pointerChase(Data data) {
        int[] cycle = data.cycle;
        int p = 0;
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            p = cycle[p];
            sum += p;
        }
        return sum;
    }

    /**
     * One load per cache line over 128 MB.
     *
     * @param data this thread's data
     * @return a checksum
     */
    @Benchmark
    public long stream(Data data) {
        long[] lines = data.lines;
        long sum = 0;
        for (int i = 0; i < lines.length; i += 8) {
            sum += lines[i];
        }
        return sum;
    }

    /**
     * Walks this thread's ledger.
     *
     * @param data this thread's data
     * @return a checksum
     */
    @Benchmark
    public long walkLedger(Data data) {
        return Ledgers.walk(data.ledger.ledger());
    }
}
