package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticPilot;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Growth to 10,000,000 items, which no materialised ledger reaches on this machine (it would need about 19 GB): one
 * enterprise's synthetic ledger streamed from its generator, one thread, scored by the engine ({@link #score}), and
 * the same stream only generated and walked ({@link #generateOnly}, the control). The engine's time per item is the
 * difference; both per-item times must stay flat from 10,000 to 10,000,000 items for growth to be linear. The heap
 * is small on purpose ({@code -Xmx512m}): nothing is held.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StreamedGrowthBenchmark {

    /** Items in the ledger. */
    @Param({"10000", "100000", "1000000", "10000000"})
    public long items;

    private SyntheticPilot pilot;
    private EnterpriseSubject subject;
    private final ComplianceEngine engine = ComplianceEngine.create();
    private final RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();

    /** Describes the pilot; generates nothing yet. */
    @Setup
    public void setUp() {
        pilot = Ledgers.pilot(1, items);
        EnterpriseSubject described = pilot.enterpriseSubjects().get(0);
        subject = EnterpriseSubject.of(described.enterprise(), described.profile(),
                Ledger.ofSupplier(described.enterprise(), Ledgers.PERIOD, () -> pilot.lifecycles(0)));
    }

    /**
     * Generates the ledger and scores it in one pass on one thread.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard score() {
        return engine.score(subject, pack, Ledgers.AS_OF);
    }

    /**
     * The control: generates the same ledger and walks it as the judgements read it, judging nothing.
     *
     * @return a checksum, so that nothing is optimised away
     */
    @Benchmark
    public long generateOnly() {
        try (Stream<Lifecycle> all = pilot.lifecycles(0)) {
            return Ledgers.walk(all::iterator);
        }
    }
}
