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
 * The same ledgers as {@link PilotScoringBenchmark} scored with Drools 10 ({@link DroolsPilot}): a stateless
 * session executed per item, one stateful session with every item inserted, and the rule base's build from
 * DRL on its own. Not at 1,000,000 items, to keep the suite short.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DroolsBenchmark {

    /** Items in the ledger. */
    @Param({"10000", "100000"})
    public int items;

    private EnterpriseSubject subject;
    private DroolsPilot drools;

    /** Generates the ledger, holds it in memory, and builds the rule base once. */
    @Setup
    public void setUp() {
        subject = Ledgers.materialised(Ledgers.pilot(1, items), 0);
        drools = DroolsPilot.build(subject, Ledgers.AS_OF);
    }

    /**
     * Computes the findings with a stateless session per item.
     *
     * @return the findings
     */
    @Benchmark
    public PilotFindings droolsStateless() {
        return drools.scoreStateless(subject, Ledgers.AS_OF);
    }

    /**
     * Computes the findings with one stateful session holding every item.
     *
     * @return the findings
     */
    @Benchmark
    public PilotFindings droolsStateful() {
        return drools.scoreStateful(subject, Ledgers.AS_OF);
    }

    /**
     * Builds the rule base from DRL (the same for every ledger size).
     *
     * @return the peer
     */
    @Benchmark
    public DroolsPilot buildRuleBase() {
        return DroolsPilot.build(subject, Ledgers.AS_OF);
    }
}
