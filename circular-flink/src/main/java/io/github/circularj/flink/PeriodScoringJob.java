package io.github.circularj.flink;

import io.github.circularj.io.LedgerHeader;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerWriter;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ScoringPlan;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple5;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Continuous scoring in event time: a stream of event lines from many enterprises, each enterprise scored with the
 * pilot's enterprise pack once per reporting period (a month, a quarter or a year in {@link EnterpriseSubject#ZONE}),
 * when the period's as-of day has passed in event time and the allowed lateness with it.
 *
 * <p><b>Input.</b> An <em>event stream</em>: UTF-8 lines, each an enterprise's credit code, a tab, and one line of
 * the Circular ledger format (an item or an event line, as in a ledger file after its header); and an
 * <em>enterprise registry</em>: one ledger header line per enterprise (the first line of its ledger files). A
 * stream line's event time is its {@code at} instant. Item lines have none; they are kept for the item's events.
 *
 * <p><b>What a period's scorecard is.</b> For enterprise E and period P judged as of day D (the {@link AsOfRule}:
 * P's last day plus some days): the items of E with an event in P, each with its events before the end of D, read
 * as one ledger file of period P by the library's reader (the same validation: rejected events and unreadable lines
 * count in RECORD-INTEGRITY), scored as of D. That is {@code ComplianceEngine.score} on that extract, which
 * {@code PeriodScoringJobTest} checks at parallelism 1, 2 and 4.
 *
 * <p><b>Time.</b> The watermark trails the latest event time read by the allowed lateness. P's scorecard is made
 * when the watermark passes the end of D: so an event may arrive up to the lateness after events later than it and
 * still count. An event line whose period's scorecard was already made when it arrives is <em>late</em>, and one
 * of an enterprise not in the registry or without a readable instant cannot be placed in a period: neither is
 * dropped — each goes to the second output, one JSON line with the reason, the enterprise, the period (if known) and
 * the line itself, so that it can be counted and submitted again. A late line is not added to the item's history
 * either (later periods would otherwise depend on when it arrived).
 *
 * <p><b>State.</b> Each item's lines are kept in keyed state while the job runs (its history: a later period's
 * rules read the item's earlier events); an enterprise-period's merged accumulator (bounded) until its scorecard.
 * For a long-running job, plan the state backend for the items' lines (RocksDB), as for {@link PilotScoringJob}.
 *
 * <pre>{@code
 * flink run -c io.github.circularj.flink.PeriodScoringJob job.jar --enterprises registry.jsonl \
 *     --period month --as-of period-end+7d --lateness PT6H --output scorecards/ --late-output late/ \
 *     --parallelism 4 [--monitor PT1M] stream/
 * }</pre>
 */
public final class PeriodScoringJob {

    private PeriodScoringJob() {
    }

    /** The length of the reporting periods the job scores. */
    public enum PeriodLength {
        /** Calendar months. */
        MONTH,
        /** Calendar quarters. */
        QUARTER,
        /** Calendar years. */
        YEAR;

        /**
         * Returns the period of this length that holds a day.
         *
         * @param day the day, not null
         * @return the period
         */
        public ReportingPeriod containing(LocalDate day) {
            return switch (this) {
                case MONTH -> ReportingPeriod.ofMonth(YearMonth.from(day));
                case QUARTER -> ReportingPeriod.ofQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
                case YEAR -> ReportingPeriod.ofYear(day.getYear());
            };
        }

        /**
         * Parses a length: {@code month}, {@code quarter} or {@code year}, in any case.
         *
         * @param text the text, not null
         * @return the length
         * @throws IllegalArgumentException if the text names none
         */
        public static PeriodLength parse(String text) {
            for (PeriodLength p : values()) {
                if (p.name().equalsIgnoreCase(text.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("period \"" + text + "\" is not month, quarter or year");
        }
    }

    /**
     * When a period is judged: as of its last day plus a number of days (a grace for the acts whose deadlines fall
     * just after the period, such as a 30-day transfer). Text: {@code period-end} or {@code period-end+30d}.
     *
     * @param daysAfterEnd the days after the period's last day, 0 to 366
     */
    public record AsOfRule(int daysAfterEnd) {

        private static final Pattern TEXT = Pattern.compile("period-end(?:\\+(\\d{1,3})d)?");

        /**
         * Validates.
         *
         * @param daysAfterEnd 0 to 366
         * @throws IllegalArgumentException if out of range
         */
        public AsOfRule {
            if (daysAfterEnd < 0 || daysAfterEnd > 366) {
                throw new IllegalArgumentException("daysAfterEnd \"" + daysAfterEnd + "\" is not 0 to 366; a period is"
                        + " judged at most a year after it ends");
            }
        }

        /**
         * Parses {@code period-end} or {@code period-end+Nd}.
         *
         * @param text the text, not null
         * @return the rule
         * @throws IllegalArgumentException if the text is neither
         */
        public static AsOfRule parse(String text) {
            Matcher m = TEXT.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("as-of rule \"" + text + "\" is not period-end or period-end+Nd"
                        + " (N days after the period's last day, e.g. period-end+30d)");
            }
            return new AsOfRule(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
        }

        /**
         * Returns the day a period is judged as of.
         *
         * @param period the period, not null
         * @return its last day plus the days
         */
        public LocalDate asOf(ReportingPeriod period) {
            return period.endExclusive().minusDays(1).plusDays(daysAfterEnd);
        }

        /**
         * Returns the end of a period's as-of day in {@link EnterpriseSubject#ZONE}: events from then on are after
         * the period's judgement, and the watermark passing it completes the period.
         *
         * @param period the period, not null
         * @return the instant
         */
        public Instant cutoff(ReportingPeriod period) {
            return asOf(period).plusDays(1).atStartOfDay(EnterpriseSubject.ZONE).toInstant();
        }

        /**
         * Returns the rule as text, e.g. {@code period-end+30d}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return daysAfterEnd == 0 ? "period-end" : "period-end+" + daysAfterEnd + "d";
        }
    }

    /**
     * The job's settings.
     *
     * @param enterprises the enterprise registry: one ledger header line per enterprise, not null
     * @param inputs the event stream's files or directories, not empty
     * @param period the length of the periods
     * @param asOf when each period is judged
     * @param lateness how long after later events an event may still arrive, zero or more
     * @param parallelism the job's parallelism, at least 1
     * @param monitor how often to look for new files in the input directories; empty to read what is there and end
     * @param reviseWithin how long (in event time) after a period's scorecard late lines still revise it; zero or more
     * @param packs the packs the job runs, and whether it scores the cities per period too
     */
    public record Settings(Path enterprises, List<Path> inputs, PeriodLength period, AsOfRule asOf, Duration lateness,
            int parallelism, Optional<Duration> monitor, Duration reviseWithin, JobPacks packs) {

        /** The default of {@link #reviseWithin}: 30 days. */
        public static final Duration REVISE_WITHIN = Duration.ofDays(30);

        /**
         * Settings that revise a period's scorecard for {@link #REVISE_WITHIN} with the pilot's packs, enterprises
         * only.
         *
         * @param enterprises not null
         * @param inputs not empty; copied
         * @param period not null
         * @param asOf not null
         * @param lateness zero or more
         * @param parallelism at least 1
         * @param monitor not null; positive if present
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings(Path enterprises, List<Path> inputs, PeriodLength period, AsOfRule asOf, Duration lateness,
                int parallelism, Optional<Duration> monitor) {
            this(enterprises, inputs, period, asOf, lateness, parallelism, monitor, REVISE_WITHIN, JobPacks.pilot());
        }

        /**
         * Validates.
         *
         * @param enterprises not null
         * @param inputs not empty; copied
         * @param period not null
         * @param asOf not null
         * @param lateness zero or more
         * @param parallelism at least 1
         * @param monitor not null; positive if present
         * @param reviseWithin zero or more
         * @param packs not null
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings {
            Objects.requireNonNull(enterprises, "enterprises");
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(lateness, "lateness");
            Objects.requireNonNull(monitor, "monitor");
            Objects.requireNonNull(reviseWithin, "reviseWithin");
            Objects.requireNonNull(packs, "packs");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("inputs \"[]\" are empty; the job reads at least one file or directory");
            }
            if (lateness.isNegative()) {
                throw new IllegalArgumentException("lateness \"" + lateness + "\" is negative; it is zero or more");
            }
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism \"" + parallelism + "\" is below 1; a job runs at least one task");
            }
            if (monitor.isPresent() && (monitor.get().isNegative() || monitor.get().isZero())) {
                throw new IllegalArgumentException("monitor \"" + monitor.get() + "\" is not positive");
            }
            if (reviseWithin.isNegative()) {
                throw new IllegalArgumentException("reviseWithin \"" + reviseWithin + "\" is negative; it is zero or more");
            }
        }
    }

    /**
     * The job's outputs. A period's report line may be followed by revised ones (late lines counted); the last line
     * of a subject and period is the current one, and each subject's lines are written by one task in order.
     *
     * @param scorecards one JSON report line per enterprise and period, and one per revision
     * @param cities one JSON report line per city and period, and one per revision, when the packs score the cities;
     *     else a stream with no lines
     * @param notScored one JSON line per stream line that was late or could not be placed in a period
     */
    public record Outputs(DataStream<String> scorecards, DataStream<String> cities, DataStream<String> notScored) {

        /**
         * Validates.
         *
         * @param scorecards not null
         * @param cities not null
         * @param notScored not null
         */
        public Outputs {
            Objects.requireNonNull(scorecards, "scorecards");
            Objects.requireNonNull(cities, "cities");
            Objects.requireNonNull(notScored, "notScored");
        }

        /**
         * Returns the three outputs as one stream.
         *
         * @return the scorecards, the cities' and the lines not scored
         */
        public DataStream<String> all() {
            return scorecards.union(cities, notScored);
        }
    }

    /**
     * Runs the job: {@code --enterprises FILE --period month|quarter|year --as-of period-end[+Nd] --lateness DURATION
     * --output DIR [--late-output DIR] [--parallelism N] [--monitor DURATION] [--revise-within DURATION]
     * [--pack enterprise|city] INPUT...} (durations in ISO-8601, such as {@code PT6H}; with {@code --pack city} the
     * output holds each city's report line per period too). Without {@code --monitor} the input is bounded and the job
     * runs in batch mode (every event is in time); with it the job runs in streaming mode, checkpointing every 10
     * seconds, until cancelled.
     *
     * @param args the arguments
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        Path enterprises = null;
        PeriodLength period = null;
        AsOfRule asOf = new AsOfRule(0);
        Duration lateness = Duration.ZERO;
        Path output = null;
        Path lateOutput = null;
        int parallelism = 1;
        Optional<Duration> monitor = Optional.empty();
        Duration reviseWithin = Settings.REVISE_WITHIN;
        JobPacks packs = JobPacks.pilot();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--enterprises" -> enterprises = Path.of(args[++i]);
                case "--period" -> period = PeriodLength.parse(args[++i]);
                case "--as-of" -> asOf = AsOfRule.parse(args[++i]);
                case "--lateness" -> lateness = Duration.parse(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--late-output" -> lateOutput = Path.of(args[++i]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--monitor" -> monitor = Optional.of(Duration.parse(args[++i]));
                case "--revise-within" -> reviseWithin = Duration.parse(args[++i]);
                case "--pack" -> packs = JobPacks.parse(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (enterprises == null || period == null || output == null) {
            throw new IllegalArgumentException("usage: PeriodScoringJob --enterprises FILE --period month|quarter|year"
                    + " [--as-of period-end[+Nd]] [--lateness DURATION] --output DIR [--late-output DIR]"
                    + " [--parallelism N] [--monitor DURATION] [--revise-within DURATION] [--pack enterprise|city] INPUT...");
        }
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        if (monitor.isEmpty()) {
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        } else {
            env.enableCheckpointing(10_000);
        }
        Outputs outputs = build(env, new Settings(enterprises, inputs, period, asOf, lateness, parallelism, monitor,
                reviseWithin, packs));
        outputs.scorecards().union(outputs.cities()).sinkTo(FileSink.forRowFormat(
                new org.apache.flink.core.fs.Path(output.toUri()), new SimpleStringEncoder<String>()).build()).name("report lines");
        Path late = lateOutput == null ? output.resolve("not-scored") : lateOutput;
        outputs.notScored().sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(late.toUri()),
                new SimpleStringEncoder<String>()).build()).name("lines not scored");
        env.execute("circular period scoring");
    }

    /**
     * Builds the job on an environment.
     *
     * @param env the environment, not null; its parallelism is set from the settings
     * @param settings the settings, not null
     * @return the scorecards and the lines not scored
     * @throws IOException if the registry cannot be read
     * @throws IllegalArgumentException if a registry line is not a ledger header or names an enterprise twice
     */
    public static Outputs build(StreamExecutionEnvironment env, Settings settings) throws IOException {
        return build(env, settings, line -> line);
    }

    /**
     * Builds the job with a step between the placed lines and event time, for a test that injects a failure there:
     * the step must give back each line it is given.
     */
    static Outputs build(StreamExecutionEnvironment env, Settings settings,
            MapFunction<Tuple2<String, String>, Tuple2<String, String>> tap) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String line : Files.readAllLines(settings.enterprises(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String code = PilotScoringJob.creditCodeOf(line);
            if (headers.put(code, line) != null) {
                throw new IllegalArgumentException("registry \"" + settings.enterprises() + "\" names enterprise " + code
                        + " twice");
            }
        }
        env.setParallelism(settings.parallelism());
        Periods periods = new Periods(headers, settings.period(), settings.asOf(), settings.reviseWithin());
        SubjectPlans<EnterpriseSubject, Lifecycle> plans = SubjectPlans.byPeriod(settings.packs().enterprisePack(), periods,
                settings.asOf(), PilotScoringJob.EVIDENCE_LIMIT);
        SubjectPlans<CitySubject, EnterpriseResult> cityPlans = settings.packs().scoresCities()
                ? SubjectPlans.byPeriod(settings.packs().cityPack(), new PilotScoringJob.CityShells(periods.cities()),
                        settings.asOf(), PilotScoringJob.EVIDENCE_LIMIT)
                : null;
        org.apache.flink.core.fs.Path[] paths = settings.inputs().stream()
                .map(p -> new org.apache.flink.core.fs.Path(p.toUri())).toArray(org.apache.flink.core.fs.Path[]::new);
        FileSource.FileSourceBuilder<Tuple2<String, String>> source = FileSource.forRecordStreamFormat(new StreamLineFormat(), paths);
        settings.monitor().ifPresent(source::monitorContinuously);
        long lateness = settings.lateness().toMillis();
        WatermarkStrategy<Tuple2<String, String>> time = WatermarkStrategy.<Tuple2<String, String>>forGenerator(
                c -> new Trailing(lateness)).withTimestampAssigner((t, previous) -> timeOf(t.f1));
        if (settings.monitor().isPresent()) {
            time = time.withIdleness(settings.monitor().get().multipliedBy(2));
        }
        TypeInformation<Tuple5<String, byte[], Long, String, Long>> partType = Types.TUPLE(Types.STRING,
                Types.PRIMITIVE_ARRAY(Types.BYTE), Types.LONG, Types.STRING, Types.LONG);
        // Lines that cannot be placed in a period leave before the watermarks: only placed lines drive event time.
        SingleOutputStreamOperator<Tuple2<String, String>> placed = env
                .fromSource(source.build(), WatermarkStrategy.noWatermarks(), "event stream")
                .process(new Placing(periods), Types.TUPLE(Types.STRING, Types.STRING)).name("placed lines");
        SingleOutputStreamOperator<Tuple5<String, byte[], Long, String, Long>> parts = placed
                .map(tap, Types.TUPLE(Types.STRING, Types.STRING)).name("tap")
                .assignTimestampsAndWatermarks(time).name("event time")
                .keyBy(t -> t.f0, Types.STRING)
                .process(new ItemPeriods(plans, periods), partType).name("items by period");
        SingleOutputStreamOperator<String> scorecards = parts
                .keyBy(t -> t.f0, Types.STRING)
                .process(new PilotScoringJob.EnterpriseScorer(plans, periods, PilotScoringJob.EnterpriseScorer.KEPT_ITEMS,
                        cityPlans), Types.STRING).name("enterprise periods");
        DataStream<String> cities = cityPlans == null
                ? scorecards.filter(line -> false).name("no cities")
                : scorecards.getSideOutput(PilotScoringJob.EnterpriseScorer.CITY_PARTS)
                        .keyBy(t -> t.f0, Types.STRING)
                        .process(new PilotScoringJob.CityScorer(cityPlans, periods), Types.STRING).name("city periods");
        return new Outputs(scorecards, cities, placed.getSideOutput(ItemPeriods.NOT_SCORED)
                .union(parts.getSideOutput(ItemPeriods.NOT_SCORED)));
    }

    /** The key of an enterprise's period: its credit code, a bar, the period ({@code start/endExclusive}). */
    static String key(String creditCode, ReportingPeriod period) {
        return creditCode + "|" + period;
    }

    /** The period of a key made by {@link #key}. */
    static ReportingPeriod periodOf(String key) {
        return ReportingPeriod.parse(key.substring(key.indexOf('|') + 1));
    }

    /** The subject id (credit code) of a key made by {@link #key}. */
    static String idOf(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static final Pattern AT = Pattern.compile("\"at\"\\s*:\\s*\"([^\"]*)\"");

    /** The event time of a ledger line: its {@code at} instant in milliseconds, or {@code Long.MIN_VALUE} if it has none. */
    static long timeOf(String line) {
        Matcher m = AT.matcher(line);
        if (!m.find()) {
            return Long.MIN_VALUE;
        }
        try {
            return OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    /** A watermark that trails the latest event time by the lateness, emitted as events arrive (so it is deterministic). */
    static final class Trailing implements WatermarkGenerator<Tuple2<String, String>> {
        private final long lateness;
        private long latest = Long.MIN_VALUE;
        private long emitted = Long.MIN_VALUE;

        Trailing(long lateness) {
            this.lateness = lateness;
        }

        @Override
        public void onEvent(Tuple2<String, String> event, long timestamp, WatermarkOutput output) {
            if (timestamp == Long.MIN_VALUE) {
                return;
            }
            latest = Math.max(latest, timestamp);
            long mark = latest - lateness - 1;
            if (mark > emitted) {
                emitted = mark;
                output.emitWatermark(new Watermark(mark));
            }
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            // emitted on events
        }
    }

    /**
     * Reads the event stream: each line {@code creditCode TAB ledgerLine} as ({@code creditCode TAB itemId},
     * ledgerLine). A line without a tab is keyed by an empty enterprise, so that it reaches the lines not scored.
     */
    static final class StreamLineFormat extends SimpleStreamFormat<Tuple2<String, String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public StreamFormat.Reader<Tuple2<String, String>> createReader(Configuration config, FSDataInputStream stream) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return new StreamFormat.Reader<>() {
                @Override
                public Tuple2<String, String> read() throws IOException {
                    String line = LedgerLineFormat.nextLine(reader);
                    if (line == null) {
                        return null;
                    }
                    int tab = line.indexOf('\t');
                    String enterprise = tab < 0 ? "" : line.substring(0, tab);
                    String ledgerLine = line.substring(tab + 1);
                    return Tuple2.of(LedgerLineFormat.key(enterprise, ledgerLine), ledgerLine);
                }

                @Override
                public void close() throws IOException {
                    reader.close();
                }
            };
        }

        @Override
        public TypeInformation<Tuple2<String, String>> getProducedType() {
            return Types.TUPLE(Types.STRING, Types.STRING);
        }
    }

    /**
     * The enterprises' periods as subjects: keys {@code creditCode|period}, read with a header of that period, due
     * when the watermark passes the end of the period's as-of day.
     */
    static final class Periods implements PilotScoringJob.EnterpriseKeys, Serializable {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, String> registry;
        private final PeriodLength length;
        private final int daysAfterEnd;
        private final long reviseWithin;
        private transient Map<String, String> headerLines;
        private transient Map<String, LedgerHeader> periodHeaders;
        private transient Map<String, LedgerHeader> parsed;

        Periods(Map<String, String> registry, PeriodLength length, AsOfRule rule, Duration reviseWithin) {
            this.registry = new HashMap<>(registry);
            this.length = length;
            this.daysAfterEnd = rule.daysAfterEnd();
            this.reviseWithin = reviseWithin.toMillis();
        }

        /** The cities of the registry's enterprises: code to name. */
        Map<String, String> cities() {
            return PilotScoringJob.Shells.citiesOf(registry.keySet(), this::registered);
        }

        boolean knows(String creditCode) {
            return registry.containsKey(creditCode);
        }

        PeriodLength length() {
            return length;
        }

        AsOfRule rule() {
            return new AsOfRule(daysAfterEnd);
        }

        /** The period whose scorecard is due at an event time. */
        ReportingPeriod periodDueAt(long time) {
            LocalDate asOf = LocalDate.ofInstant(Instant.ofEpochMilli(time - 1), EnterpriseSubject.ZONE);
            return length.containing(asOf.minusDays(daysAfterEnd));
        }

        /** The header of a key's period: its header line read, once per key and task. */
        @Override
        public LedgerHeader header(String key) {
            if (periodHeaders == null) {
                periodHeaders = new ConcurrentHashMap<>();
            }
            return periodHeaders.computeIfAbsent(key, k -> PilotScoringJob.Shells.read(headerLine(k), List.of()).header());
        }

        /** An enterprise's header in the registry. */
        private LedgerHeader registered(String creditCode) {
            if (parsed == null) {
                parsed = new ConcurrentHashMap<>();
            }
            return parsed.computeIfAbsent(creditCode, c -> PilotScoringJob.Shells.read(Objects.requireNonNull(
                    registry.get(c), () -> "enterprise \"" + c + "\" is not in the registry"), List.of()).header());
        }

        /** The header line of a ledger file of the key's enterprise and period, as {@link LedgerWriter} writes it. */
        @Override
        public String headerLine(String key) {
            if (headerLines == null) {
                headerLines = new ConcurrentHashMap<>();
            }
            return headerLines.computeIfAbsent(key, k -> periodHeader(registered(idOf(k)), periodOf(k)));
        }

        @Override
        public EnterpriseSubject subject(String key, LedgerReport report) {
            LedgerHeader h = registered(idOf(key));
            Ledger empty = Ledger.of(h.enterprise(), periodOf(key), List.of()).withReport(report);
            return EnterpriseSubject.of(empty, h.profile().orElse(EnterpriseProfile.UNDECLARED));
        }

        @Override
        public long dueAt(String key) {
            return rule().cutoff(periodOf(key)).toEpochMilli();
        }

        @Override
        public long closesAt(String key) {
            long due = dueAt(key);
            return due > Long.MAX_VALUE - reviseWithin ? Long.MAX_VALUE : due + reviseWithin;
        }

        /** The key of the city of an enterprise's period: the city code and the period. */
        @Override
        public String cityOf(String key) {
            return key(registered(idOf(key)).enterprise().city().code().toString(), periodOf(key));
        }
    }

    /**
     * Returns the header line {@link LedgerWriter} writes for an enterprise's ledger of a period, with the flags of
     * the registry's header (synthetic, profile).
     *
     * @param registered the enterprise's header in the registry, not null
     * @param period the period, not null
     * @return the line, without its end
     */
    static String periodHeader(LedgerHeader registered, ReportingPeriod period) {
        LedgerWriter writer = LedgerWriter.defaults().withSynthetic(registered.synthetic());
        if (registered.profile().isPresent()) {
            writer = writer.withProfile(registered.profile().get());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeJsonLines(Ledger.of(registered.enterprise(), period, List.of()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf('\n'));
    }

    /**
     * Holds an item's lines and, when a period it has events in is due, accumulates the item's history up to the end
     * of that period's as-of day into the enterprise-period's part. Late and unplaceable lines go to the side output.
     */
    static final class ItemPeriods extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple5<String, byte[], Long, String, Long>> {
        private static final long serialVersionUID = 1L;
        /** The lines not scored, each as a JSON line with the reason. */
        static final OutputTag<String> NOT_SCORED = PilotScoringJob.NOT_SCORED;
        /** The reason of a late line whose period's scorecard it revises. */
        static final String LATE_REVISED = "late: its period was scored before it arrived; counted in the period's"
                + " revised scorecard";
        /** The reason of a late line whose period is closed. */
        static final String LATE_CLOSED = "late: its period was closed (revise-within passed); counted in no scorecard";
        private final SubjectPlans<EnterpriseSubject, Lifecycle> plans;
        private final Periods periods;
        private transient ListState<String> lines;

        ItemPeriods(SubjectPlans<EnterpriseSubject, Lifecycle> plans, Periods periods) {
            this.plans = plans;
            this.periods = periods;
        }

        @Override
        public void open(OpenContext context) {
            lines = getRuntimeContext().getListState(new ListStateDescriptor<>("lines", Types.STRING));
        }

        @Override
        public void processElement(Tuple2<String, String> value, Context ctx,
                Collector<Tuple5<String, byte[], Long, String, Long>> out) throws Exception {
            String enterprise = value.f0.substring(0, value.f0.indexOf('\t'));
            if (PilotScoringJob.isItemLine(value.f1)) {
                lines.add(value.f1);
                return;
            }
            long time = ctx.timestamp();
            ReportingPeriod period = periods.length().containing(LocalDate.ofInstant(Instant.ofEpochMilli(time),
                    EnterpriseSubject.ZONE));
            String key = key(enterprise, period);
            long due = periods.dueAt(key);
            long watermark = ctx.timerService().currentWatermark();
            if (due <= watermark) {
                if (periods.closesAt(key) > watermark) {
                    // counted in the period's RECORD-INTEGRITY: its scorecard is revised
                    out.collect(Tuple5.of(key, new byte[0], 0L, value.f1, 0L));
                    ctx.output(NOT_SCORED, notScored(LATE_REVISED, enterprise, period, value.f1));
                } else {
                    ctx.output(NOT_SCORED, notScored(LATE_CLOSED, enterprise, period, value.f1));
                }
                return;
            }
            lines.add(value.f1);
            ctx.timerService().registerEventTimeTimer(due);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Tuple5<String, byte[], Long, String, Long>> out)
                throws Exception {
            String itemKey = ctx.getCurrentKey();
            String creditCode = itemKey.substring(0, itemKey.indexOf('\t'));
            ReportingPeriod period = periods.periodDueAt(timestamp);
            String key = key(creditCode, period);
            // the item's line first, then its events before the end of the as-of day, in the order met
            List<String> held = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (String l : lines.get()) {
                if (PilotScoringJob.isItemLine(l)) {
                    held.add(l);
                } else if (timeOf(l) < timestamp) {
                    events.add(l);
                }
            }
            held.addAll(events);
            long start = period.start().atStartOfDay(EnterpriseSubject.ZONE).toInstant().toEpochMilli();
            long end = period.endExclusive().atStartOfDay(EnterpriseSubject.ZONE).toInstant().toEpochMilli();
            out.collect(PilotScoringJob.itemPart(plans, periods, key, itemKey.substring(itemKey.indexOf('\t') + 1),
                    held.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList(), t -> t >= start && t < end,
                    l -> ctx.output(NOT_SCORED, l)));
        }
    }

    /**
     * Sends the lines that cannot be placed in a period to the lines not scored: those of an enterprise not in the
     * registry, and those with no readable instant that are not item lines.
     */
    static final class Placing extends org.apache.flink.streaming.api.functions.ProcessFunction<Tuple2<String, String>, Tuple2<String, String>> {
        private static final long serialVersionUID = 1L;
        private final Periods periods;

        Placing(Periods periods) {
            this.periods = periods;
        }

        @Override
        public void processElement(Tuple2<String, String> value, Context ctx, Collector<Tuple2<String, String>> out) {
            String enterprise = value.f0.substring(0, value.f0.indexOf('\t'));
            if (!periods.knows(enterprise)) {
                ctx.output(ItemPeriods.NOT_SCORED, notScored("unknown enterprise", enterprise, null, value.f1));
            } else if (!PilotScoringJob.isItemLine(value.f1) && timeOf(value.f1) == Long.MIN_VALUE) {
                ctx.output(ItemPeriods.NOT_SCORED, notScored("no readable instant", enterprise, null, value.f1));
            } else {
                out.collect(value);
            }
        }
    }

    /** A line not scored as one JSON line: the reason, the enterprise, the period if known, and the line. */
    static String notScored(String reason, String enterprise, ReportingPeriod period, String line) {
        return "{\"notScored\":" + json(reason) + ",\"enterprise\":" + json(enterprise)
                + (period == null ? "" : ",\"period\":" + json(period.toString())) + ",\"line\":" + json(line) + "}";
    }

    /** A JSON string. */
    static String json(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
