package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import java.util.ArrayList;
import java.util.List;
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
 * {@link ComplianceEngine#scoreAll} over the 8 enterprises of a synthetic city (every kind of enterprise),
 * {@value #ITEMS_PER_ENTERPRISE} items each (100,000 items in all), on 1 thread and on 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ScoreAllBenchmark {

    /** Enterprises scored. */
    static final int ENTERPRISES = 8;
    /** Items in each enterprise's ledger. */
    static final int ITEMS_PER_ENTERPRISE = 12_500;

    /** Threads {@code scoreAll} uses. */
    @Param({"1", "2"})
    public int threads;

    private List<EnterpriseSubject> subjects;
    private ComplianceEngine engine;
    private final RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();

    /** Generates the ledgers and holds them in memory. */
    @Setup
    public void setUp() {
        SyntheticPilot pilot = Ledgers.pilot(ENTERPRISES, ITEMS_PER_ENTERPRISE);
        subjects = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            subjects.add(Ledgers.materialised(pilot, i));
        }
        engine = ComplianceEngine.builder().parallelism(threads).build();
    }

    /**
     * Scores every enterprise.
     *
     * @return the scorecards
     */
    @Benchmark
    public List<Scorecard> scoreAll() {
        return engine.scoreAll(subjects, pack, Ledgers.AS_OF);
    }
}
