package io.github.circularj.flink;

import io.github.circularj.io.LedgerHeader;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple4;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The reference job: scores pilot enterprises' ledger files (the Circular ledger format) with the enterprise pack
 * and writes one JSON report line per enterprise, the same scorecards as {@code ComplianceEngine.scoreAll} on the
 * same files.
 *
 * <p>Topology: the files' lines, keyed by enterprise and item → each item's lines assembled in keyed state and, at the
 * end of the input, validated as the ledger reader validates them (the item's lifecycle, its rejected events, its
 * unreadable lines) and accumulated into the item's part of the scorecard (a {@link ScoringPlan} accumulator, shipped
 * as bytes) → keyed by enterprise: the parts merged in keyed state, the accepted events counted, the rejections and
 * unreadable lines counted by reason, and the lines of the first items with a problem kept as examples (a bounded
 * number) → at the end, the ledger report built from those counts and examples, the enterprise's plan made with it
 * (so RECORD-INTEGRITY counts every rejection) and the merged accumulator scored → JSON lines.
 *
 * <p>This first version reads bounded input (files) for one reporting period per run: the files' headers must name
 * the same period. It does not yet assign events to event-time windows per period, nor take a lateness: see
 * docs/flink.md.
 *
 * <pre>{@code
 * flink run -c io.github.circularj.flink.PilotScoringJob circular-flink-all.jar \
 *     --as-of 2026-12-31 --output scorecards/ --parallelism 4 ledgers/a.jsonl ledgers/b.jsonl
 * }</pre>
 */
public final class PilotScoringJob {

    /** The evidence limit of the scorecards, the engine's default. */
    public static final int EVIDENCE_LIMIT = 20;

    private PilotScoringJob() {
    }

    /**
     * The job's settings.
     *
     * @param inputs the ledger files, not empty, each with a distinct enterprise
     * @param asOf the date to judge as of, not null
     * @param parallelism the parallelism of the job, at least 1
     */
    public record Settings(List<Path> inputs, LocalDate asOf, int parallelism) {

        /**
         * Validates the settings.
         *
         * @param inputs the ledger files, not empty; copied
         * @param asOf the date to judge as of, not null
         * @param parallelism the parallelism, at least 1
         * @throws IllegalArgumentException if there is no input or the parallelism is below 1
         */
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(asOf, "asOf");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("inputs \"[]\" are empty; the job scores at least one ledger file");
            }
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism \"" + parallelism + "\" is below 1; a job runs at least one task");
            }
        }
    }

    /**
     * Runs the job from the command line: {@code --as-of DATE --output DIR [--parallelism N] FILE...}.
     *
     * @param args the arguments
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        LocalDate asOf = null;
        Path output = null;
        int parallelism = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (asOf == null || output == null) {
            throw new IllegalArgumentException("usage: PilotScoringJob --as-of DATE --output DIR [--parallelism N] FILE...");
        }
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        // Bounded input: in batch mode the file sink commits its files at the end, without checkpoints.
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        build(env, new Settings(inputs, asOf, parallelism))
                .sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(output.toUri()),
                        new SimpleStringEncoder<String>()).build())
                .name("report lines");
        env.execute("circular pilot scoring");
    }

    /**
     * Builds the job on an environment and returns its stream of JSON report lines, one per enterprise.
     *
     * @param env the environment, not null; its parallelism is set from the settings
     * @param settings the settings, not null
     * @return the report lines
     * @throws IOException if a file's header cannot be read
     * @throws IllegalArgumentException if two files name the same enterprise or the files name different periods
     */
    public static DataStream<String> build(StreamExecutionEnvironment env, Settings settings) throws IOException {
        return build(env, settings, EnterpriseScorer.KEPT_ITEMS);
    }

    /** Builds the job as {@link #build(StreamExecutionEnvironment, Settings)} does, keeping the lines of as many items. */
    static DataStream<String> build(StreamExecutionEnvironment env, Settings settings, int keptItems) throws IOException {
        Map<String, String> headers = new HashMap<>();
        String period = null;
        org.apache.flink.core.fs.Path[] paths = new org.apache.flink.core.fs.Path[settings.inputs().size()];
        for (int i = 0; i < paths.length; i++) {
            Path file = settings.inputs().get(i);
            String line;
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                line = lines.findFirst().orElse("");
            }
            LedgerHeader header = LedgerReader.defaults().readHeader(file);
            String code = header.enterprise().creditCode().toString();
            if (headers.put(code, line) != null) {
                throw new IllegalArgumentException("file \"" + file + "\" is the second of enterprise " + code
                        + "; the job scores one ledger file per enterprise");
            }
            if (period != null && !period.equals(header.period().toString())) {
                throw new IllegalArgumentException("file \"" + file + "\" is of period " + header.period() + ", not "
                        + period + "; this version of the job scores one reporting period per run");
            }
            period = header.period().toString();
            paths[i] = new org.apache.flink.core.fs.Path(file.toUri());
        }
        env.setParallelism(settings.parallelism());
        Shells shells = new Shells(headers);
        SubjectPlans<EnterpriseSubject, Lifecycle> plans = SubjectPlans.of(SecondhandPilot::enterprisePack, shells,
                settings.asOf(), EVIDENCE_LIMIT);
        TypeInformation<Tuple4<String, byte[], Long, String>> partType =
                Types.TUPLE(Types.STRING, Types.PRIMITIVE_ARRAY(Types.BYTE), Types.LONG, Types.STRING);
        return env.fromSource(FileSource.forRecordStreamFormat(new LedgerLineFormat(), paths).build(),
                        WatermarkStrategy.noWatermarks(), "ledger lines")
                .keyBy(t -> t.f0, Types.STRING)
                .process(new ItemAssembler(plans, shells), partType).name("items")
                .keyBy(t -> t.f0, Types.STRING)
                .process(new EnterpriseScorer(plans, shells, keptItems), Types.STRING).name("enterprises");
    }

    /** The enterprise's credit code in a header line. */
    static String creditCodeOf(String headerLine) {
        return Shells.read(headerLine, List.of()).header().enterprise().creditCode().toString();
    }

    /**
     * The enterprises as subjects without their records: from each file's header, an empty ledger with a clean
     * report. Every item's and enterprise's plan has the same layout as the plan of the whole enterprise.
     */
    static final class Shells implements SerializableFunction<String, EnterpriseSubject>, Serializable {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, String> headers;
        private transient Map<String, LedgerHeader> parsed;

        Shells(Map<String, String> headers) {
            this.headers = new HashMap<>(headers);
        }

        String headerLine(String creditCode) {
            return Objects.requireNonNull(headers.get(creditCode), () -> "enterprise \"" + creditCode + "\" has no file");
        }

        LedgerHeader header(String creditCode) {
            if (parsed == null) {
                parsed = new ConcurrentHashMap<>();
            }
            return parsed.computeIfAbsent(creditCode, c -> read(headerLine(c), List.of()).header());
        }

        /** Reads a header line and the given lines as one ledger file, as the library's reader does. */
        static LedgerImport read(String headerLine, List<String> lines) {
            StringBuilder text = new StringBuilder(headerLine).append('\n');
            lines.forEach(l -> text.append(l).append('\n'));
            try {
                return LedgerReader.defaults().read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "flink");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        EnterpriseSubject subject(String creditCode, LedgerReport report) {
            LedgerHeader h = header(creditCode);
            Ledger empty = Ledger.of(h.enterprise(), h.period(), List.of()).withReport(report);
            return EnterpriseSubject.of(empty, h.profile().orElse(EnterpriseProfile.UNDECLARED));
        }

        @Override
        public EnterpriseSubject apply(String creditCode) {
            return subject(creditCode, new LedgerReport(0, List.of()));
        }
    }

    /** An item's line: its {@code type} is {@code ITEM}. */
    private static final java.util.regex.Pattern ITEM_LINE = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"ITEM\"");

    /** Assembles an item's lines and, at the end of the input, accumulates its lifecycle into its part of the score. */
    static final class ItemAssembler extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple4<String, byte[], Long, String>> {
        private static final long serialVersionUID = 1L;
        private final SubjectPlans<EnterpriseSubject, Lifecycle> plans;
        private final Shells shells;
        private transient ListState<String> lines;

        ItemAssembler(SubjectPlans<EnterpriseSubject, Lifecycle> plans, Shells shells) {
            this.plans = plans;
            this.shells = shells;
        }

        @Override
        public void open(OpenContext context) {
            lines = getRuntimeContext().getListState(new ListStateDescriptor<>("lines", Types.STRING));
        }

        @Override
        public void processElement(Tuple2<String, String> value, Context ctx, Collector<Tuple4<String, byte[], Long, String>> out)
                throws Exception {
            lines.add(value.f1);
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Tuple4<String, byte[], Long, String>> out)
                throws Exception {
            String key = ctx.getCurrentKey();
            String creditCode = key.substring(0, key.indexOf('\t'));
            // The item's line first, then its events in the order met: as a grouped file holds them, whatever order
            // the lines reached this task in (a batch run sorts by key and need not keep the order within one).
            List<String> held = new ArrayList<>();
            List<String> events = new ArrayList<>();
            lines.get().forEach(l -> (ITEM_LINE.matcher(l).find() ? held : events).add(l));
            held.addAll(events);
            lines.clear();
            LedgerImport read = Shells.read(shells.headerLine(creditCode), held);
            LedgerReport report = read.report();
            boolean clean = report.isClean();
            // An item's refused events travel with its lifecycle, where SRC-PROHIBITED judges its refused trades.
            ScoringPlan<Lifecycle> plan = plans.planFor(creditCode);
            ScoringPlan.Accumulator acc = plan.start();
            try (var lifecycles = read.ledger().lifecycles()) {
                lifecycles.forEach(l -> plan.accept(acc, l));
            }
            DataOutputSerializer bytes = new DataOutputSerializer(512);
            plan.write(acc, bytes);
            out.collect(Tuple4.of(creditCode, bytes.getCopyOfBuffer(), report.accepted(),
                    clean ? "" : key.substring(key.indexOf('\t') + 1) + "\n" + String.join("\n", held)));
        }
    }

    /**
     * Merges an enterprise's item parts and, at the end of the input, scores them with its whole ledger report. The
     * report's counts are exact: each item with a refused event or an unreadable line adds its counts by reason as it
     * arrives. Its examples are bounded: the lines of at most {@value #KEPT_ITEMS} such items (by default) are kept, those with the
     * smallest item keys, and read again at the end for the rejected events and unreadable records the report shows.
     * So an enterprise's state does not grow with its refused items.
     */
    static final class EnterpriseScorer extends KeyedProcessFunction<String, Tuple4<String, byte[], Long, String>, String> {
        private static final long serialVersionUID = 1L;
        /** The most items with a problem whose lines an enterprise keeps as examples. */
        static final int KEPT_ITEMS = 1_000;
        /** The counts' slots: one per rejection reason, then the unreadable records. */
        private static final int UNREADABLE = RejectedEvent.Reason.values().length;
        private final SubjectPlans<EnterpriseSubject, Lifecycle> plans;
        private final Shells shells;
        private transient ValueState<SubjectAccumulator> merged;
        private transient ValueState<Long> accepted;
        private transient ValueState<long[]> problems;
        private transient MapState<String, String> kept;
        private final int keptItems;

        EnterpriseScorer(SubjectPlans<EnterpriseSubject, Lifecycle> plans, Shells shells, int keptItems) {
            this.plans = plans;
            this.shells = shells;
            this.keptItems = keptItems;
        }

        @Override
        public void open(OpenContext context) {
            merged = getRuntimeContext().getState(new ValueStateDescriptor<>("parts", new SubjectAccumulatorType<>(plans)));
            accepted = getRuntimeContext().getState(new ValueStateDescriptor<>("accepted", Types.LONG));
            problems = getRuntimeContext().getState(new ValueStateDescriptor<>("problems",
                    org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
            kept = getRuntimeContext().getMapState(new MapStateDescriptor<>("refused items kept", Types.STRING, Types.STRING));
        }

        @Override
        public void processElement(Tuple4<String, byte[], Long, String> part, Context ctx, Collector<String> out)
                throws Exception {
            ScoringPlan<Lifecycle> plan = plans.planFor(part.f0);
            ScoringPlan.Accumulator acc = plan.read(new DataInputDeserializer(part.f1));
            SubjectAccumulator held = merged.value();
            if (held == null) {
                held = new SubjectAccumulator(part.f0, acc);
            } else {
                held.set(part.f0, plan.merge(held.acc(), acc));
            }
            merged.update(held);
            Long n = accepted.value();
            accepted.update((n == null ? 0 : n) + part.f2);
            if (!part.f3.isEmpty()) {
                keep(part.f0, part.f3);
            }
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }

        /** Counts an item's problems and keeps its lines if its key is among the smallest. */
        private void keep(String creditCode, String block) throws Exception {
            String item = block.substring(0, block.indexOf('\n'));
            LedgerReport one = Shells.read(shells.headerLine(creditCode),
                    List.of(block.substring(block.indexOf('\n') + 1).split("\n", -1))).report();
            long[] counts = problems.value();
            if (counts == null) {
                counts = new long[UNREADABLE + 1];
            }
            for (RejectedEvent.Reason reason : RejectedEvent.Reason.values()) {
                counts[reason.ordinal()] += one.rejectedFor(reason);
            }
            counts[UNREADABLE] += one.unreadableCount();
            problems.update(counts);
            kept.put(item, block);
            int size = 0;
            String largest = null;
            for (String key : kept.keys()) {
                size++;
                largest = largest == null || key.compareTo(largest) > 0 ? key : largest;
            }
            if (size > keptItems) {
                kept.remove(largest);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            String creditCode = ctx.getCurrentKey();
            // The kept items, in item id order (as a grouped file holds them), read again as one file: the examples.
            TreeMap<String, String> byItem = new TreeMap<>();
            for (Map.Entry<String, String> e : kept.entries()) {
                byItem.put(e.getKey(), e.getValue());
            }
            List<String> lines = new ArrayList<>();
            byItem.values().forEach(block -> lines.addAll(List.of(block.substring(block.indexOf('\n') + 1).split("\n", -1))));
            LedgerReport examples = Shells.read(shells.headerLine(creditCode), lines).report();
            long[] counts = problems.value() == null ? new long[UNREADABLE + 1] : problems.value();
            Map<RejectedEvent.Reason, Long> byReason = new EnumMap<>(RejectedEvent.Reason.class);
            for (RejectedEvent.Reason reason : RejectedEvent.Reason.values()) {
                if (counts[reason.ordinal()] > 0) {
                    byReason.put(reason, counts[reason.ordinal()]);
                }
            }
            LedgerReport report = LedgerReport.of(accepted.value(), examples.rejected(), byReason, examples.unreadable(),
                    counts[UNREADABLE]);
            ScoringPlan<Lifecycle> whole = plans.engine().plan(shells.subject(creditCode, report), plans.pack(), plans.asOf());
            out.collect(ReportLines.jsonLine(whole.scorecard(merged.value().acc())));
            merged.clear();
            accepted.clear();
            problems.clear();
            kept.clear();
        }
    }
}
