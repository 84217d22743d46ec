package io.github.circularj.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults: with checkpointing on, a task fails once in the middle of the input, after a checkpoint has completed; the
 * job restarts from that checkpoint and gives the scorecards of a run without a fault: no act counted twice or lost.
 */
class PilotScoringFaultTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkTesting.cluster();

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    /** Whether the injected failure has happened (once per JVM: the restarted tasks read it). */
    static final AtomicBoolean FAILED = new AtomicBoolean();
    /** Checkpoints completed before the failure. */
    static final AtomicLong CHECKPOINTS_BEFORE = new AtomicLong();
    /** Lines seen by the failing step before it failed, across its subtasks. */
    static final AtomicInteger SEEN = new AtomicInteger();

    /**
     * Passes lines on, slowly after the first {@code after} lines (so that checkpoints complete while the input is
     * read), and fails once, at the first line after a checkpoint has completed.
     */
    static final class FailOnce<T> implements MapFunction<T, T>, CheckpointListener {
        private static final long serialVersionUID = 1L;
        private static final AtomicLong COMPLETED = new AtomicLong();
        private final int after;

        FailOnce(int after) {
            this.after = after;
        }

        @Override
        public T map(T line) throws Exception {
            if (!FAILED.get() && SEEN.incrementAndGet() >= after) {
                if (COMPLETED.get() > 0 && FAILED.compareAndSet(false, true)) {
                    CHECKPOINTS_BEFORE.set(COMPLETED.get());
                    throw new IllegalStateException("injected failure after " + SEEN.get() + " lines");
                }
                Thread.sleep(2); // between records the task takes the checkpoint barriers
            }
            return line;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            COMPLETED.incrementAndGet();
        }
    }

    @Test
    void aTaskThatFailsOnceMidStreamRestartsFromTheCheckpointAndGivesTheSameScorecards(@TempDir Path dir)
            throws Exception {
        FAILED.set(false);
        SEEN.set(0);
        CHECKPOINTS_BEFORE.set(0);
        List<Path> files = SyntheticFiles.write(new FlinkTesting.Pilot(37, 3, 150).pilot(), dir);
        List<EnterpriseSubject> subjects = new ArrayList<>();
        for (Path f : files) {
            LedgerImport read = LedgerReader.defaults().read(f);
            subjects.add(EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        List<String> expected = ComplianceEngine.create().scoreAll(subjects, SecondhandPilot.enterprisePack(), AS_OF)
                .stream().map(ReportLines::jsonLine).sorted().toList();

        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ZERO);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.enableCheckpointing(50);
        PilotScoringJob.Outputs outputs = PilotScoringJob.build(env, new PilotScoringJob.Settings(files, AS_OF, 2),
                1_000, new FailOnce<>(300));
        List<String> cards = FlinkTesting.collectSorted(outputs.enterprises());

        assertThat(FAILED).as("the failure was injected").isTrue();
        assertThat(CHECKPOINTS_BEFORE.get()).as("a checkpoint completed before it").isPositive();
        assertThat(cards).isEqualTo(expected);
    }
}
