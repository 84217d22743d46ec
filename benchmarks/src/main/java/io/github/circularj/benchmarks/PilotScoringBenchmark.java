package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
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
 * One enterprise's in-memory ledger scored three ways: by the engine with the built-in enterprise pack,
 * by the hand-written loop (the limit) and by Easy Rules (the peer). Time per scoring of the whole ledger;
 * items/s is {@code items / time}, events/s {@code events / time} (the suite prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PilotScoringBenchmark {

    /** Items in the ledger. */
    @Param({"10000", "100000", "1000000"})
    public int items;

    private EnterpriseSubject subject;
    private final ComplianceEngine engine = ComplianceEngine.create();
    private final RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();

    /** Generates the ledger and holds it in memory. */
    @Setup
    public void setUp() {
        subject = Ledgers.materialised(Ledgers.pilot(1, items), 0);
    }

    /**
     * Scores the ledger with the engine.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard engine() {
        return engine.score(subject, pack, Ledgers.AS_OF);
    }

    /**
     * The control: walks the ledger as every judgement must (each item, its category, each event's type
     * and instant) and judges nothing, so the time is the cost of reading the data alone.
     *
     * @return a checksum of what was read, so that nothing is optimised away
     */
    @Benchmark
    public long traverse() {
        return Ledgers.walk(subject.ledger());
    }

    /**
     * Computes the same findings with the hand-written loop.
     *
     * @return the findings
     */
    @Benchmark
    public PilotFindings handLoop() {
        return HandLoop.score(subject, Ledgers.AS_OF);
    }
}
