package io.github.circularj.flink;

import io.github.circularj.io.LedgerHeader;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.pilot.CityStatistics;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
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
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.tuple.Tuple5;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The reference job: scores pilot enterprises' ledger files (the Circular ledger format) with the enterprise pack
 * and writes one JSON report line per enterprise, the same scorecards as {@code ComplianceEngine.scoreAll} on the
 * same files.
 *
 * <p>Topology: the files' lines as bytes, an item's consecutive lines as one record, keyed by enterprise and a bucket
 * of items → each item's lines assembled in keyed state and, at the end of the input, validated as the ledger reader
 * validates them (the item's lifecycle, its rejected events, its unreadable lines) and accumulated into the bucket's
 * part of the scorecard (a {@link ScoringPlan} accumulator, shipped as bytes; an item with a refused or unreadable
 * record travels as a part of its own, and its records go to the records not scored) → keyed by enterprise: the
 * parts merged in keyed state, the accepted events counted, the rejections and unreadable lines counted by reason,
 * and the lines of the first items with a problem kept as examples (a bounded number) → at the end, the ledger report
 * built from those counts and examples, the enterprise's plan made with it (so RECORD-INTEGRITY counts every
 * rejection) and the merged accumulator scored → JSON lines.
 *
 * <p>It reads bounded input (files) for one reporting period per run: the files' headers must name the same period.
 * To score a stream continuously, once per month, quarter or year in event time, see {@link PeriodScoringJob}.
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
     * @param packs the packs the job runs, and whether it scores the cities
     */
    public record Settings(List<Path> inputs, LocalDate asOf, int parallelism, JobPacks packs) {

        /**
         * Validates the settings.
         *
         * @param inputs the ledger files, not empty; copied
         * @param asOf the date to judge as of, not null
         * @param parallelism the parallelism, at least 1
         * @param packs the packs, not null
         * @throws IllegalArgumentException if there is no input or the parallelism is below 1
         */
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(packs, "packs");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("inputs \"[]\" are empty; the job scores at least one ledger file");
            }
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism \"" + parallelism + "\" is below 1; a job runs at least one task");
            }
        }

        /**
         * Settings with the pilot's packs, enterprises only ({@link JobPacks#pilot()}).
         *
         * @param inputs the ledger files, not empty; copied
         * @param asOf the date to judge as of, not null
         * @param parallelism the parallelism, at least 1
         * @throws IllegalArgumentException if there is no input or the parallelism is below 1
         */
        public Settings(List<Path> inputs, LocalDate asOf, int parallelism) {
            this(inputs, asOf, parallelism, JobPacks.pilot());
        }
    }

    /**
     * Runs the job from the command line: {@code --as-of DATE --output DIR [--not-scored-output DIR] [--parallelism N]
     * [--pack enterprise|city] [--mode batch|streaming] FILE...}; with {@code --pack city} the output holds the
     * cities' report lines too. The records not scored go to {@code DIR/not-scored} unless another directory is
     * given. Batch mode (the default) holds one key's state at a time, for inputs of any size; streaming mode keeps
     * every item's lines in state until the end and is faster on inputs that fit (see docs/flink.md).
     *
     * @param args the arguments
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        LocalDate asOf = null;
        Path output = null;
        int parallelism = 1;
        JobPacks packs = JobPacks.pilot();
        Path notScoredOutput = null;
        RuntimeExecutionMode mode = RuntimeExecutionMode.BATCH;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--not-scored-output" -> notScoredOutput = Path.of(args[++i]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--pack" -> packs = JobPacks.parse(args[++i]);
                case "--mode" -> mode = mode(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (asOf == null || output == null) {
            throw new IllegalArgumentException("usage: PilotScoringJob --as-of DATE --output DIR [--not-scored-output DIR]"
                    + " [--parallelism N] [--pack enterprise|city] [--mode batch|streaming] FILE...");
        }
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        // Bounded input. In batch mode the file sink commits its files at the end, without checkpoints, and a task
        // holds one key's state at a time (records are sorted by key, on disk if need be). In streaming mode every
        // item's lines stay in state until the end (plan the state backend), the job runs faster on small inputs, and
        // the sink commits on checkpoints, the last one taken when the input ends.
        env.setRuntimeMode(mode);
        if (mode == RuntimeExecutionMode.STREAMING) {
            env.enableCheckpointing(10_000);
        }
        Outputs outputs = buildWithCities(env, new Settings(inputs, asOf, parallelism, packs));
        (packs.scoresCities() ? outputs.enterprises().union(outputs.cities()) : outputs.enterprises())
                .sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(output.toUri()),
                        new SimpleStringEncoder<String>()).build())
                .name("report lines");
        Path notScored = notScoredOutput == null ? output.resolve("not-scored") : notScoredOutput;
        outputs.notScored().sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(notScored.toUri()),
                new SimpleStringEncoder<String>()).build()).name("records not scored");
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
        return buildWithCities(env, settings).enterprises();
    }

    /**
     * Builds the job on an environment and returns its two streams of JSON report lines: one per enterprise, and one
     * per city of the enterprises.
     *
     * @param env the environment, not null; its parallelism is set from the settings
     * @param settings the settings, not null
     * @return the report lines of the enterprises and of their cities
     * @throws IOException if a file's header cannot be read
     * @throws IllegalArgumentException if two files name the same enterprise or the files name different periods
     */
    public static Outputs buildWithCities(StreamExecutionEnvironment env, Settings settings) throws IOException {
        return build(env, settings, EnterpriseScorer.KEPT_ITEMS);
    }

    /** Builds the job as {@link #buildWithCities} does, keeping the lines of as many refused items per enterprise. */
    static Outputs build(StreamExecutionEnvironment env, Settings settings, int keptItems) throws IOException {
        return build(env, settings, keptItems, line -> line);
    }

    /**
     * Builds the job with a step between the source and the items, for a test that injects a failure there: the step
     * must give back each line it is given.
     */
    static Outputs build(StreamExecutionEnvironment env, Settings settings, int keptItems,
            MapFunction<Tuple2<String, byte[]>, Tuple2<String, byte[]>> tap) throws IOException {
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
        SubjectPlans<EnterpriseSubject, Lifecycle> plans = SubjectPlans.of(settings.packs().enterprisePack(), shells,
                settings.asOf(), EVIDENCE_LIMIT);
        SubjectPlans<CitySubject, EnterpriseResult> cityPlans = SubjectPlans.of(settings.packs().cityPack(),
                new CityShells(shells.cities()), settings.asOf(), EVIDENCE_LIMIT);
        TypeInformation<Tuple5<String, byte[], Long, String, Long>> partType = Types.TUPLE(Types.STRING,
                Types.PRIMITIVE_ARRAY(Types.BYTE), Types.LONG, Types.STRING, Types.LONG);
        SingleOutputStreamOperator<Tuple5<String, byte[], Long, String, Long>> items = env.fromSource(
                        FileSource.forRecordStreamFormat(new LedgerLineFormat(), paths).build(),
                        WatermarkStrategy.noWatermarks(), "ledger lines")
                .map(tap, Types.TUPLE(Types.STRING, org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo
                        .BYTE_PRIMITIVE_ARRAY_TYPE_INFO)).name("lines")
                .keyBy(t -> ItemAssembler.bucketOf(t.f0), Types.STRING)
                .process(new ItemAssembler(plans, shells), partType).name("items");
        SingleOutputStreamOperator<String> enterprises = items
                .keyBy(t -> t.f0, Types.STRING)
                .process(new EnterpriseScorer(plans, shells, keptItems, cityPlans), Types.STRING).name("enterprises");
        DataStream<String> cities = enterprises.getSideOutput(EnterpriseScorer.CITY_PARTS)
                .keyBy(t -> t.f0, Types.STRING)
                .process(new CityScorer(cityPlans, shells), Types.STRING).name("cities");
        return new Outputs(enterprises, cities, items.getSideOutput(NOT_SCORED));
    }

    /** A step that scores a key. */
    interface Scoring {
        /** Scores the key and writes its report line. */
        void score() throws Exception;
    }

    /**
     * A key's timer in a step that scores a key once and revises it until the key closes: on the first firing the
     * key is scored, and if it closes later its state is kept (true) with a timer at its closing; otherwise (its
     * closing, or a key that closes when it is scored) the caller clears its state (false).
     */
    static boolean scoredAndKept(ValueState<Boolean> scored, long timestamp, long closes,
            org.apache.flink.streaming.api.TimerService timers, Scoring scoring) throws Exception {
        if (Boolean.TRUE.equals(scored.value())) {
            return false;
        }
        scoring.score();
        if (closes > timestamp) {
            scored.update(Boolean.TRUE);
            timers.registerEventTimeTimer(closes);
            return true;
        }
        return false;
    }

    /** Reads {@code --mode}: {@code batch} or {@code streaming}, in any case. */
    static RuntimeExecutionMode mode(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "batch" -> RuntimeExecutionMode.BATCH;
            case "streaming" -> RuntimeExecutionMode.STREAMING;
            default -> throw new IllegalArgumentException("mode \"" + text + "\" is not batch or streaming");
        };
    }

    /** The records not scored: one JSON line each, with the reason ({@link NotScored}). */
    static final OutputTag<String> NOT_SCORED = new OutputTag<>("not scored", Types.STRING);

    /**
     * The job's outputs: the enterprises' JSON report lines, their cities' (the city pack over the enterprises'
     * scorecards, each weighted by its sales in the period, as {@link CitySubject#score} weighs them, with no city
     * statistics: the rules that need them give INSUFFICIENT_EVIDENCE, as {@code circular score --pack city} does),
     * and the records not scored: every event the ledger's validation refused and every line it could not read, one
     * JSON line each with the reason (the enterprises' RECORD-INTEGRITY findings count the same records).
     *
     * @param enterprises one report line per enterprise
     * @param cities one report line per city of the enterprises
     * @param notScored one JSON line per refused event or unreadable line
     */
    public record Outputs(DataStream<String> enterprises, DataStream<String> cities, DataStream<String> notScored) {

        /**
         * Validates.
         *
         * @param enterprises not null
         * @param cities not null
         * @param notScored not null
         */
        public Outputs {
            Objects.requireNonNull(enterprises, "enterprises");
            Objects.requireNonNull(cities, "cities");
            Objects.requireNonNull(notScored, "notScored");
        }
    }

    /** Reads a subject's part (a plan's accumulator as bytes) and merges it into the subject's merged accumulator. */
    static <S extends io.github.circularj.rules.Subject<T>, T> void mergeInto(ValueState<SubjectAccumulator> merged,
            SubjectPlans<S, T> plans, String subject, byte[] part) throws IOException {
        ScoringPlan<T> plan = plans.planFor(subject);
        ScoringPlan.Accumulator acc = plan.read(new DataInputDeserializer(part));
        SubjectAccumulator held = merged.value();
        if (held == null) {
            held = new SubjectAccumulator(subject, acc);
        } else {
            held.set(subject, plan.merge(held.acc(), acc));
        }
        merged.update(held);
    }

    /** The enterprise's credit code in a header line. */
    static String creditCodeOf(String headerLine) {
        return Shells.read(headerLine, List.of()).header().enterprise().creditCode().toString();
    }

    /**
     * What the enterprise step needs of a subject key (an enterprise, or an enterprise and a period): the header line
     * its lines are read with, its subject with a report, when its scorecard is due (event time) and its city.
     */
    interface EnterpriseKeys extends SerializableFunction<String, EnterpriseSubject> {

        /** The header line the key's lines are read with. */
        String headerLine(String key);

        /** The header the key's lines are read with: {@link #headerLine} read, once per key and task. */
        LedgerHeader header(String key);

        /** The key's subject without records, with the report. */
        EnterpriseSubject subject(String key, LedgerReport report);

        /** The event time at which the key's parts are complete. */
        long dueAt(String key);

        /**
         * The event time from which the key's scorecard is no longer revised by late lines, and its state is cleared:
         * at or after {@link #dueAt}.
         */
        long closesAt(String key);

        /** The code of the key's city. */
        String cityOf(String key);

        /** The key's subject with a clean report. */
        @Override
        default EnterpriseSubject apply(String key) {
            return subject(key, new LedgerReport(0, List.of()));
        }
    }

    /**
     * The enterprises as subjects without their records: from each file's header, an empty ledger with a clean
     * report. Every item's and enterprise's plan has the same layout as the plan of the whole enterprise. Keys are
     * credit codes; scorecards are due at the end of the input.
     */
    static final class Shells implements EnterpriseKeys, Serializable {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, String> headers;
        private transient Map<String, LedgerHeader> parsed;

        Shells(Map<String, String> headers) {
            this.headers = new HashMap<>(headers);
        }

        /** The cities of the enterprises: code to name. */
        Map<String, String> cities() {
            return citiesOf(headers.keySet(), this::header);
        }

        /** The cities of enterprises, code to name, from their headers. */
        static Map<String, String> citiesOf(java.util.Collection<String> creditCodes,
                java.util.function.Function<String, LedgerHeader> header) {
            Map<String, String> cities = new TreeMap<>();
            for (String code : creditCodes) {
                var city = header.apply(code).enterprise().city();
                cities.put(city.code().toString(), city.name());
            }
            return cities;
        }

        @Override
        public String headerLine(String creditCode) {
            return Objects.requireNonNull(headers.get(creditCode), () -> "enterprise \"" + creditCode + "\" has no file");
        }

        @Override
        public LedgerHeader header(String creditCode) {
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

        /**
         * Reads the bytes of the lines after a ledger file's header, under the header given: what
         * {@link #read(String, List)} gives with that header's line, without reading the header again.
         */
        static LedgerImport read(LedgerHeader header, byte[] lines) {
            try {
                return LedgerReader.defaults().read(header, new ByteArrayInputStream(lines), "flink");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public EnterpriseSubject subject(String creditCode, LedgerReport report) {
            LedgerHeader h = header(creditCode);
            Ledger empty = Ledger.of(h.enterprise(), h.period(), List.of()).withReport(report);
            return EnterpriseSubject.of(empty, h.profile().orElse(EnterpriseProfile.UNDECLARED));
        }

        @Override
        public long dueAt(String creditCode) {
            return Long.MAX_VALUE;
        }

        @Override
        public long closesAt(String creditCode) {
            return Long.MAX_VALUE;
        }

        @Override
        public String cityOf(String creditCode) {
            return header(creditCode).enterprise().city().code().toString();
        }
    }

    /**
     * An item's part of an enterprise-period's score: the item's lines (its item line first) read as one file with the
     * key's header line, the lifecycle accumulated with the key's plan → (key, accumulator bytes, events accepted, the
     * item id and its lines if anything was refused or unreadable, else empty, the item's sales in the period). Its
     * refused events and unreadable lines dated in the period ({@code inPeriod}, event time in milliseconds) are
     * written to {@code notScored}, so that each is written once, in its own period.
     */
    static Tuple5<String, byte[], Long, String, Long> itemPart(SubjectPlans<EnterpriseSubject, Lifecycle> plans,
            EnterpriseKeys keys, String key, String itemId, List<byte[]> held, java.util.function.LongPredicate inPeriod,
            java.util.function.Consumer<String> notScored) throws IOException {
        byte[] body = joined(held);
        LedgerImport read = Shells.read(keys.header(key), body);
        if (!read.report().isClean()) {
            NotScored.refusals(read, body, PeriodScoringJob.idOf(key), PeriodScoringJob.periodOf(key), itemId, inPeriod,
                    notScored);
        }
        ScoringPlan<Lifecycle> plan = plans.planFor(key);
        ScoringPlan.Accumulator acc = plan.start();
        long sales = accumulate(plan, acc, read, keys.apply(key));
        return part(plan, key, acc, read.report().accepted(), read.report().isClean() ? "" : block(itemId, body), sales);
    }

    /**
     * Accumulates an item's lifecycle (the one read) with a plan and returns its sales in the period. An item's refused
     * events travel with its lifecycle, where SRC-PROHIBITED judges its refused trades.
     */
    static long accumulate(ScoringPlan<Lifecycle> plan, ScoringPlan.Accumulator acc, LedgerImport read,
            EnterpriseSubject enterprise) {
        long sales = 0;
        try (var lifecycles = read.ledger().lifecycles()) {
            for (Lifecycle l : (Iterable<Lifecycle>) lifecycles::iterator) {
                plan.accept(acc, l);
                sales += EnterpriseResult.volumeOf(l, enterprise);
            }
        }
        return sales;
    }

    /** A part: (key, the accumulator's bytes, events accepted, the problem block or empty, sales). */
    static Tuple5<String, byte[], Long, String, Long> part(ScoringPlan<Lifecycle> plan, String key,
            ScoringPlan.Accumulator acc, long accepted, String block, long sales) throws IOException {
        DataOutputSerializer bytes = new DataOutputSerializer(512);
        plan.write(acc, bytes);
        return Tuple5.of(key, bytes.getCopyOfBuffer(), accepted, block, sales);
    }

    /** The block of an item with a problem: its id, a line end, its lines' bytes as ISO-8859-1 characters. */
    static String block(String itemId, byte[] body) {
        return itemId + "\n" + new String(body, StandardCharsets.ISO_8859_1);
    }

    /** Lines' bytes, each followed by a line end. */
    static byte[] joined(List<byte[]> lines) {
        int size = 0;
        for (byte[] l : lines) {
            size += l.length + 1;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] l : lines) {
            System.arraycopy(l, 0, all, at, l.length);
            at += l.length;
            all[at++] = '\n';
        }
        return all;
    }

    /**
     * The bytes of a problem item's lines, from its block (the item id, a line end, then the lines' bytes as
     * ISO-8859-1 characters: one character per byte, so that bytes that are not valid UTF-8 travel unchanged).
     */
    static byte[] linesOf(String block) {
        return block.substring(block.indexOf('\n') + 1).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An item's line: its {@code type} is {@code ITEM}. */
    static final java.util.regex.Pattern ITEM_LINE = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"ITEM\"");

    /** Whether a line is an item's line ({@link #ITEM_LINE}); most lines are events and hold no {@code "ITEM"} at all. */
    static boolean isItemLine(String line) {
        return line.contains("\"ITEM\"") && ITEM_LINE.matcher(line).find();
    }


    /**
     * Assembles items' lines (elements of one or more lines each, see {@link LedgerLineFormat}) keyed by a bucket of
     * items of one enterprise ({@link #bucketOf}) and, at the end of the input, reads each item as a one-item file (in
     * item id order) and accumulates the bucket's items into one part of the enterprise's score, so that a part
     * travels per bucket, not per item. An item whose lines the reader refuses in part travels as a part of its own,
     * with its lines, for the enterprise's report.
     */
    static final class ItemAssembler extends KeyedProcessFunction<String, Tuple2<String, byte[]>, Tuple5<String, byte[], Long, String, Long>> {
        private static final long serialVersionUID = 1L;
        /** The buckets of an enterprise's items: {@value}. */
        static final int BUCKETS = 1024;
        private final SubjectPlans<EnterpriseSubject, Lifecycle> plans;
        private final Shells shells;
        private transient MapState<String, byte[]> items;

        ItemAssembler(SubjectPlans<EnterpriseSubject, Lifecycle> plans, Shells shells) {
            this.plans = plans;
            this.shells = shells;
        }

        /**
         * The bucket key of an item key ({@code creditCode TAB itemId}): the credit code, a tab, a hash sign and the
         * bucket, from the item id's {@link String#hashCode} (specified, so the same in every JVM).
         */
        static String bucketOf(String itemKey) {
            int tab = itemKey.indexOf('\t');
            return itemKey.substring(0, tab) + "\t#" + Math.floorMod(itemKey.substring(tab + 1).hashCode(), BUCKETS);
        }

        @Override
        public void open(OpenContext context) {
            items = getRuntimeContext().getMapState(new MapStateDescriptor<>("items' lines", Types.STRING,
                    org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        }

        @Override
        public void processElement(Tuple2<String, byte[]> value, Context ctx, Collector<Tuple5<String, byte[], Long, String, Long>> out)
                throws Exception {
            byte[] held = items.get(value.f0);
            if (held == null) {
                items.put(value.f0, value.f1);
                ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            } else {
                byte[] more = Arrays.copyOf(held, held.length + value.f1.length);
                System.arraycopy(value.f1, 0, more, held.length, value.f1.length);
                items.put(value.f0, more);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Tuple5<String, byte[], Long, String, Long>> out)
                throws Exception {
            String bucket = ctx.getCurrentKey();
            String creditCode = bucket.substring(0, bucket.indexOf('\t'));
            TreeMap<String, byte[]> byItem = new TreeMap<>();
            for (Map.Entry<String, byte[]> e : items.entries()) {
                byItem.put(e.getKey(), e.getValue());
            }
            items.clear();
            ScoringPlan<Lifecycle> plan = plans.planFor(creditCode);
            EnterpriseSubject enterprise = shells.apply(creditCode);
            LedgerHeader header = shells.header(creditCode);
            ScoringPlan.Accumulator acc = plan.start();
            long accepted = 0;
            long sales = 0;
            for (Map.Entry<String, byte[]> e : byItem.entrySet()) {
                byte[] body = inOrder(e.getValue());
                LedgerImport read = Shells.read(header, body);
                if (read.report().isClean()) {
                    sales += accumulate(plan, acc, read, enterprise);
                    accepted += read.report().accepted();
                } else {
                    ScoringPlan.Accumulator own = plan.start();
                    long ownSales = accumulate(plan, own, read, enterprise);
                    String itemId = e.getKey().substring(e.getKey().indexOf('\t') + 1);
                    NotScored.refusals(read, body, creditCode, null, itemId, t -> true, l -> ctx.output(NOT_SCORED, l));
                    out.collect(part(plan, creditCode, own, read.report().accepted(), block(itemId, body), ownSales));
                }
            }
            out.collect(part(plan, creditCode, acc, accepted, "", sales));
        }

        /**
         * An item's lines (each followed by a line end) with its item lines ({@link #ITEM_LINE}) first, then its events,
         * each in the order met: as a grouped file holds them, whatever order the lines reached this task in (a batch
         * run sorts by key and need not keep the order within one). The bytes themselves when that is their order
         * already, as it is for a grouped file read in order. The search runs on the bytes as ISO-8859-1 characters
         * (one per byte, so the positions are the bytes'; the pattern is ASCII, and no byte of a multi-byte UTF-8
         * character is an ASCII byte), where the JDK's string search is fast.
         */
        static byte[] inOrder(byte[] lines) {
            String text = new String(lines, StandardCharsets.ISO_8859_1);
            // the starts of the item lines, ascending
            List<Integer> itemStarts = new ArrayList<>(1);
            for (int at = text.indexOf("\"type\""); at >= 0; at = text.indexOf("\"type\"", at + 1)) {
                int start = text.lastIndexOf('\n', at) + 1;
                if ((itemStarts.isEmpty() || itemStarts.get(itemStarts.size() - 1).intValue() != start)
                        && itemValueAt(text, at + 6)) {
                    itemStarts.add(start);
                }
            }
            // in order when the item lines are the first lines
            int expected = 0;
            boolean ordered = true;
            for (int start : itemStarts) {
                ordered &= start == expected;
                expected = text.indexOf('\n', start) + 1;
            }
            if (ordered) {
                return lines;
            }
            StringBuilder items = new StringBuilder(lines.length);
            StringBuilder events = new StringBuilder(lines.length);
            int next = 0;
            for (int from = 0; from < text.length(); from = text.indexOf('\n', from) + 1) {
                boolean item = next < itemStarts.size() && itemStarts.get(next) == from;
                if (item) {
                    next++;
                }
                (item ? items : events).append(text, from, text.indexOf('\n', from) + 1);
            }
            return items.append(events).toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        /** Whether {@code \s*:\s*"ITEM"} follows at a position (after a {@code "type"}). */
        private static boolean itemValueAt(String text, int from) {
            int i = skipSpace(text, from);
            if (i >= text.length() || text.charAt(i) != ':') {
                return false;
            }
            i = skipSpace(text, i + 1);
            return text.startsWith("\"ITEM\"", i);
        }

        /** Skips what the pattern's {@code \s} matches within a line (a line holds no line feed). */
        private static int skipSpace(String text, int from) {
            int i = from;
            while (i < text.length() && " \t\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i;
        }
    }

    /**
     * Merges an enterprise's item parts and, when they are due (at the end of the input, or when the watermark passes
     * a period's as-of day), scores them with its whole ledger report. The report's counts are exact: each item with a
     * refused event or an unreadable line adds its counts by reason as it arrives. Its examples are bounded: the lines
     * of at most {@value #KEPT_ITEMS} such items (by default) are kept, those with the smallest item keys, and read
     * again for the rejected events and unreadable records the report shows. So an enterprise's state does not grow
     * with its refused items.
     *
     * <p>A <em>late line</em> (a part with no accumulator bytes, the line in its fourth field) is a record submitted
     * for the key and not scored: it counts among the unreadable records, so RECORD-INTEGRITY sees it. One that
     * arrives after the key's scorecard was made revises it: the scorecard is made again and written after the first.
     * The key's state is kept for that until {@link EnterpriseKeys#closesAt}.
     */
    static final class EnterpriseScorer extends KeyedProcessFunction<String, Tuple5<String, byte[], Long, String, Long>, String> {
        private static final long serialVersionUID = 1L;
        /** The most items with a problem whose lines an enterprise keeps as examples. */
        static final int KEPT_ITEMS = 1_000;
        /** The most late lines an enterprise's period keeps as examples (all are counted). */
        static final int KEPT_LATE = 20;
        /** The source named by the unreadable records of late lines. */
        static final String LATE_SOURCE = "late lines";
        /** The counts' slots: one per rejection reason, then the unreadable records, then the late lines. */
        private static final int UNREADABLE = RejectedEvent.Reason.values().length;
        private static final int LATE = UNREADABLE + 1;
        private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("\"at\"\\s*:\\s*\"([^\"]*)\"");
        private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
        private final SubjectPlans<EnterpriseSubject, Lifecycle> plans;
        private final EnterpriseKeys shells;
        private transient ValueState<SubjectAccumulator> merged;
        private transient ValueState<Long> accepted;
        private transient ValueState<long[]> problems;
        private transient MapState<String, String> kept;
        private transient MapState<String, Boolean> lateKept;
        private transient ValueState<Long> sales;
        private transient ValueState<Boolean> scored;
        private final int keptItems;
        @javax.annotation.Nullable
        private final SubjectPlans<CitySubject, EnterpriseResult> cityPlans;

        /** The enterprise step; without city plans it gives no city parts. */
        EnterpriseScorer(SubjectPlans<EnterpriseSubject, Lifecycle> plans, EnterpriseKeys shells, int keptItems,
                @javax.annotation.Nullable SubjectPlans<CitySubject, EnterpriseResult> cityPlans) {
            this.plans = plans;
            this.shells = shells;
            this.keptItems = keptItems;
            this.cityPlans = cityPlans;
        }

        /**
         * The side output: each enterprise's part of its city's score (city key, enterprise key, the city plan's
         * accumulator bytes over the enterprise's one result), again whenever the enterprise's scorecard is revised.
         */
        static final OutputTag<Tuple3<String, String, byte[]>> CITY_PARTS = new OutputTag<>("city parts",
                Types.TUPLE(Types.STRING, Types.STRING, Types.PRIMITIVE_ARRAY(Types.BYTE)));

        @Override
        public void open(OpenContext context) {
            merged = getRuntimeContext().getState(new ValueStateDescriptor<>("parts", new SubjectAccumulatorType<>(plans)));
            accepted = getRuntimeContext().getState(new ValueStateDescriptor<>("accepted", Types.LONG));
            problems = getRuntimeContext().getState(new ValueStateDescriptor<>("problems",
                    org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
            kept = getRuntimeContext().getMapState(new MapStateDescriptor<>("refused items kept", Types.STRING, Types.STRING));
            lateKept = getRuntimeContext().getMapState(new MapStateDescriptor<>("late lines kept", Types.STRING, Types.BOOLEAN));
            sales = getRuntimeContext().getState(new ValueStateDescriptor<>("sales", Types.LONG));
            scored = getRuntimeContext().getState(new ValueStateDescriptor<>("scored", Types.BOOLEAN));
        }

        @Override
        public void processElement(Tuple5<String, byte[], Long, String, Long> part, Context ctx, Collector<String> out)
                throws Exception {
            if (part.f1.length == 0) {
                late(part.f3);
                if (Boolean.TRUE.equals(scored.value())) {
                    score(part.f0, ctx, out);
                } else {
                    ctx.timerService().registerEventTimeTimer(shells.dueAt(part.f0));
                }
                return;
            }
            mergeInto(merged, plans, part.f0, part.f1);
            Long n = accepted.value();
            accepted.update((n == null ? 0 : n) + part.f2);
            Long sold = sales.value();
            sales.update((sold == null ? 0 : sold) + part.f4);
            if (!part.f3.isEmpty()) {
                keep(part.f0, part.f3);
            }
            ctx.timerService().registerEventTimeTimer(shells.dueAt(part.f0));
        }

        private long[] counts() throws IOException {
            long[] counts = problems.value();
            return counts == null ? new long[LATE + 1] : counts;
        }

        /** Counts a late line and keeps it if it is among the first by (instant, line). */
        private void late(String line) throws Exception {
            long[] counts = counts();
            counts[LATE]++;
            problems.update(counts);
            Matcher at = AT.matcher(line);
            lateKept.put((at.find() ? at.group(1) : "") + "\n" + line, Boolean.TRUE);
            dropLargest(lateKept, KEPT_LATE);
        }

        /** Counts an item's problems and keeps its lines if its key is among the smallest. */
        private void keep(String creditCode, String block) throws Exception {
            String item = block.substring(0, block.indexOf('\n'));
            LedgerReport one = Shells.read(shells.header(creditCode), linesOf(block)).report();
            long[] counts = counts();
            for (RejectedEvent.Reason reason : RejectedEvent.Reason.values()) {
                counts[reason.ordinal()] += one.rejectedFor(reason);
            }
            counts[UNREADABLE] += one.unreadableCount();
            problems.update(counts);
            kept.put(item, block);
            dropLargest(kept, keptItems);
        }

        /** Removes the largest key of a map state holding one more than its limit. */
        private static void dropLargest(MapState<String, ?> state, int limit) throws Exception {
            int size = 0;
            String largest = null;
            for (String key : state.keys()) {
                size++;
                largest = largest == null || key.compareTo(largest) > 0 ? key : largest;
            }
            if (size > limit) {
                state.remove(largest);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            String key = ctx.getCurrentKey();
            if (scoredAndKept(scored, timestamp, shells.closesAt(key), ctx.timerService(), () -> score(key, ctx, out))) {
                return;
            }
            merged.clear();
            accepted.clear();
            problems.clear();
            kept.clear();
            lateKept.clear();
            sales.clear();
            scored.clear();
        }

        /** Scores the key with its report and writes the report line (and the city part). */
        private void score(String creditCode, Context ctx, Collector<String> out) throws Exception {
            // The kept items, in item id order (as a grouped file holds them), read again as one file: the examples.
            TreeMap<String, String> byItem = new TreeMap<>();
            for (Map.Entry<String, String> e : kept.entries()) {
                byItem.put(e.getKey(), e.getValue());
            }
            java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
            byItem.values().forEach(block -> lines.writeBytes(linesOf(block)));
            LedgerReport examples = Shells.read(shells.header(creditCode), lines.toByteArray()).report();
            long[] counts = counts();
            Map<RejectedEvent.Reason, Long> byReason = new EnumMap<>(RejectedEvent.Reason.class);
            for (RejectedEvent.Reason reason : RejectedEvent.Reason.values()) {
                if (counts[reason.ordinal()] > 0) {
                    byReason.put(reason, counts[reason.ordinal()]);
                }
            }
            List<UnreadableRecord> unreadable = new ArrayList<>(examples.unreadable());
            List<String> lateLines = new ArrayList<>();
            lateKept.keys().forEach(lateLines::add);
            java.util.Collections.sort(lateLines);
            for (int i = 0; i < lateLines.size(); i++) {
                unreadable.add(lateRecord(i + 1, lateLines.get(i).substring(lateLines.get(i).indexOf('\n') + 1)));
            }
            LedgerReport report = LedgerReport.of(accepted.value() == null ? 0 : accepted.value(), examples.rejected(),
                    byReason, unreadable, counts[UNREADABLE] + counts[LATE]);
            ScoringPlan<Lifecycle> whole = plans.engine().plan(shells.subject(creditCode, report), plans.pack(),
                    plans.asOf(creditCode));
            Scorecard card = whole.scorecard(merged.value() == null ? whole.start() : merged.value().acc());
            out.collect(ReportLines.jsonLine(card));
            if (cityPlans != null) {
                // the enterprise's part of its city: the city plan's accumulator over this one result
                String city = shells.cityOf(creditCode);
                ScoringPlan<EnterpriseResult> cityPlan = cityPlans.planFor(city);
                ScoringPlan.Accumulator part = cityPlan.start();
                cityPlan.accept(part, new EnterpriseResult(card, sales.value() == null ? 0 : sales.value()));
                DataOutputSerializer bytes = new DataOutputSerializer(256);
                cityPlan.write(part, bytes);
                ctx.output(CITY_PARTS, Tuple3.of(city, creditCode, bytes.getCopyOfBuffer()));
            }
        }

        /** The unreadable record of the n-th kept late line: its instant and event id, and why it was not scored. */
        static UnreadableRecord lateRecord(long n, String line) {
            Matcher at = AT.matcher(line);
            Matcher id = ID.matcher(line);
            return UnreadableRecord.ofField(LATE_SOURCE, n, "at", at.find() ? at.group(1) : null,
                    "arrived after the period was scored" + (id.find() ? " (event " + id.group(1) + ")" : "")
                    + "; written to the lines not scored");
        }
    }

    /**
     * Merges a city's enterprise parts and, when they are due, scores the city with the city pack. Each enterprise's
     * part is kept by its key, so a revised enterprise scorecard replaces its part and revises the city's scorecard;
     * the state is cleared when the key closes.
     */
    static final class CityScorer extends KeyedProcessFunction<String, Tuple3<String, String, byte[]>, String> {
        private static final long serialVersionUID = 1L;
        private final SubjectPlans<CitySubject, EnterpriseResult> plans;
        private final EnterpriseKeys keys;
        private transient MapState<String, byte[]> parts;
        private transient ValueState<Boolean> scored;

        CityScorer(SubjectPlans<CitySubject, EnterpriseResult> plans, EnterpriseKeys keys) {
            this.plans = plans;
            this.keys = keys;
        }

        @Override
        public void open(OpenContext context) {
            parts = getRuntimeContext().getMapState(new MapStateDescriptor<>("enterprises", Types.STRING,
                    org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
            scored = getRuntimeContext().getState(new ValueStateDescriptor<>("scored", Types.BOOLEAN));
        }

        @Override
        public void processElement(Tuple3<String, String, byte[]> part, Context ctx, Collector<String> out) throws Exception {
            parts.put(part.f1, part.f2);
            if (Boolean.TRUE.equals(scored.value())) {
                out.collect(score(part.f0));
            } else {
                ctx.timerService().registerEventTimeTimer(keys.dueAt(part.f0));
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            String key = ctx.getCurrentKey();
            if (scoredAndKept(scored, timestamp, keys.closesAt(key), ctx.timerService(), () -> out.collect(score(key)))) {
                return;
            }
            parts.clear();
            scored.clear();
        }

        /** The city's report line: its enterprises' parts merged in key order. */
        private String score(String city) throws Exception {
            ScoringPlan<EnterpriseResult> plan = plans.planFor(city);
            TreeMap<String, byte[]> byEnterprise = new TreeMap<>();
            for (Map.Entry<String, byte[]> e : parts.entries()) {
                byEnterprise.put(e.getKey(), e.getValue());
            }
            ScoringPlan.Accumulator acc = plan.start();
            for (byte[] bytes : byEnterprise.values()) {
                acc = plan.merge(acc, plan.read(new DataInputDeserializer(bytes)));
            }
            return ReportLines.jsonLine(plan.scorecard(acc));
        }
    }

    /** The cities as subjects without their records: from the files' headers, by city code, with no statistics. */
    static final class CityShells implements SerializableFunction<String, CitySubject>, Serializable {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, String> names;

        CityShells(Map<String, String> names) {
            this.names = new HashMap<>(names);
        }

        /** The city of a key: a city code, or a city code and a period ({@link PeriodScoringJob#key}). */
        @Override
        public CitySubject apply(String key) {
            String cityCode = key.indexOf('|') < 0 ? key : PeriodScoringJob.idOf(key);
            String name = Objects.requireNonNull(names.get(cityCode), () -> "city \"" + cityCode + "\" has no enterprise");
            return CitySubject.of(City.of(cityCode, name), List.of(), CityStatistics.none());
        }
    }
}
