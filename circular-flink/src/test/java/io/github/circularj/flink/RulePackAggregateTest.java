package io.github.circularj.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RulePackAggregateTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkTesting.cluster();

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final FlinkTesting.Pilot PILOT = new FlinkTesting.Pilot(11, 3, 120);

    private static SubjectPlans<EnterpriseSubject, Lifecycle> plans() {
        FlinkTesting.Pilot pilot = PILOT;
        return SubjectPlans.of(SecondhandPilot::enterprisePack, pilot::subject, AS_OF, 20);
    }

    /** Elements name an enterprise by index and an item by index; the task regenerates the item's lifecycle. */
    private static RulePackAggregate<Tuple2<Integer, Long>, EnterpriseSubject, Lifecycle> aggregate() {
        FlinkTesting.Pilot pilot = PILOT;
        return RulePackAggregate.of(plans(), t -> pilot.subjects().get(t.f0).id(), t -> pilot.pilot().lifecycle(t.f0, t.f1));
    }

    /** Turns the scorecard into its JSON line inside the window operator: a Scorecard never crosses the wire. */
    static final class ToLine extends ProcessWindowFunction<Scorecard, String, Integer, GlobalWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(Integer key, Context context, Iterable<Scorecard> cards, Collector<String> out) {
            cards.forEach(c -> out.collect(ReportLines.jsonLine(c)));
        }
    }

    private static List<String> expected() {
        List<String> lines = new ArrayList<>();
        ComplianceEngine.create().scoreAll(PILOT.subjects(), SecondhandPilot.enterprisePack(), AS_OF)
                .forEach(c -> lines.add(ReportLines.jsonLine(c)));
        return lines.stream().sorted().toList();
    }

    private static List<String> run(int parallelism) throws Exception {
        StreamExecutionEnvironment env = FlinkTesting.environment(parallelism);
        List<Tuple2<Integer, Long>> items = new ArrayList<>();
        for (long i = 0; i < PILOT.items(); i++) {
            for (int e = 0; e < PILOT.enterprises(); e++) {
                items.add(Tuple2.of(e, i));
            }
        }
        RulePackAggregate<Tuple2<Integer, Long>, EnterpriseSubject, Lifecycle> score = aggregate();
        DataStream<String> lines = env.fromData(items, Types.TUPLE(Types.INT, Types.LONG))
                .keyBy(t -> t.f0, Types.INT)
                .window(GlobalWindows.createWithEndOfStreamTrigger())
                .aggregate(score, new ToLine(), score.accumulatorType(), TypeInformation.of(Scorecard.class), Types.STRING);
        return FlinkTesting.collectSorted(lines);
    }

    @Test
    void theAggregateScoresAsTheEngineDoesAtParallelismOneAndFour() throws Exception {
        List<String> expected = expected();
        assertThat(expected).hasSize(3).allMatch(l -> !l.contains("\n"));
        assertThat(expected).anyMatch(l -> l.contains("NON_COMPLIANT") || l.contains("NEEDS_IMPROVEMENT"));
        assertThat(run(1)).isEqualTo(expected);
        assertThat(run(4)).isEqualTo(expected);
    }

    @Test
    void theSerializerRoundTripsAndCopiesAnAccumulator() throws Exception {
        RulePackAggregate<Tuple2<Integer, Long>, EnterpriseSubject, Lifecycle> score = aggregate();
        SubjectAccumulator acc = score.createAccumulator();
        for (long i = 0; i < 60; i++) {
            score.add(Tuple2.of(1, i), acc);
        }
        SubjectAccumulator rest = score.createAccumulator();
        for (long i = 60; i < PILOT.items(); i++) {
            score.add(Tuple2.of(1, i), rest);
        }
        TypeSerializer<SubjectAccumulator> serializer = score.accumulatorType().createSerializer(null);
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(acc, out);
        serializer.serialize(new SubjectAccumulator(), out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        SubjectAccumulator back = serializer.deserialize(in);
        assertThat(serializer.deserialize(in).subjectId()).isEmpty();
        SubjectAccumulator copy = serializer.copy(rest);
        score.add(Tuple2.of(1, 0L), rest); // the copy does not see later records of the original
        Scorecard expected = ComplianceEngine.create().score(PILOT.subjects().get(1), SecondhandPilot.enterprisePack(), AS_OF);
        assertThat(score.getResult(score.merge(back, copy))).isEqualTo(expected);
        assertThat(back.subjectId()).contains(PILOT.subjects().get(1).id());
    }

    @Test
    void theSnapshotRestoresTheSerializerAndIsCompatibleWithItself() throws Exception {
        TypeSerializer<SubjectAccumulator> serializer = aggregate().accumulatorType().createSerializer(null);
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        TypeSerializerSnapshot<SubjectAccumulator> read = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        assertThat(read.restoreSerializer()).isEqualTo(serializer);
        TypeSerializerSchemaCompatibility<SubjectAccumulator> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(read);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
    }

    @Test
    void recordsOfTwoSubjectsInOneAccumulatorAreRefused() {
        RulePackAggregate<Tuple2<Integer, Long>, EnterpriseSubject, Lifecycle> score = aggregate();
        SubjectAccumulator acc = score.add(Tuple2.of(0, 0L), score.createAccumulator());
        assertThatThrownBy(() -> score.add(Tuple2.of(1, 0L), acc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key the stream by subject");
        assertThatThrownBy(() -> score.getResult(score.createAccumulator())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no record");
    }
}
