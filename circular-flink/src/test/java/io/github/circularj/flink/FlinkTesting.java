package io.github.circularj.flink;

import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.testkit.SyntheticPilot;
import io.github.circularj.testkit.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;

/** What the Flink tests share: a small MiniCluster and a synthetic pilot every task can rebuild from its seed. */
final class FlinkTesting {

    private FlinkTesting() {
    }

    /** One task manager with four slots: enough for parallelism 4. */
    static MiniClusterExtension cluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());
    }

    /** An environment of the test cluster with generic types (Kryo) disabled. */
    static StreamExecutionEnvironment environment(int parallelism) {
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(parallelism);
        return env;
    }

    /** Runs the job and returns the lines it gives, sorted. */
    static List<String> collectSorted(DataStream<String> lines) throws Exception {
        return collect(lines).stream().sorted().toList();
    }

    /** Runs the job and collects its lines in the order they reach the collecting sink (a task's lines in order). */
    @SuppressWarnings("try") // CloseableIterator.close() is declared to throw Exception
    static List<String> collect(DataStream<String> lines) throws Exception {
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = lines.executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * A synthetic pilot named by its seed and size, rebuilt (once per JVM) wherever a task needs it: enterprises with
     * every violation planted at a small rate.
     */
    record Pilot(long seed, int enterprises, long items) implements Serializable {

        private static final Map<Pilot, SyntheticPilot> BUILT = new ConcurrentHashMap<>();

        SyntheticPilot pilot() {
            return BUILT.computeIfAbsent(this, p -> {
                SyntheticPilot.Builder b = SyntheticPilot.builder().seed(p.seed).cities(1).enterprisesPerCity(p.enterprises)
                        .itemsPerEnterprise(p.items);
                for (Violation v : Violation.values()) {
                    b.violationRate(v, 0.04);
                }
                return b.build();
            });
        }

        List<EnterpriseSubject> subjects() {
            return pilot().enterpriseSubjects();
        }

        EnterpriseSubject subject(String id) {
            return subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }
    }
}
