package io.github.circularj.benchmarks;

import io.github.circularj.rules.pilot.EnterpriseSubject;
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
 * The same ledgers as {@link PilotScoringBenchmark} scored with Easy Rules 4.1 (not at 1,000,000 items,
 * to keep the suite short; its cost per item is the same at 10,000 and 100,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EasyRulesBenchmark {

    /** Items in the ledger. */
    @Param({"10000", "100000"})
    public int items;

    private EnterpriseSubject subject;

    /** Generates the ledger and holds it in memory. */
    @Setup
    public void setUp() {
        subject = Ledgers.materialised(Ledgers.pilot(1, items), 0);
    }

    /**
     * Computes the findings with Easy Rules.
     *
     * @return the findings
     */
    @Benchmark
    public PilotFindings easyRules() {
        return EasyRulesPilot.score(subject, Ledgers.AS_OF);
    }
}
