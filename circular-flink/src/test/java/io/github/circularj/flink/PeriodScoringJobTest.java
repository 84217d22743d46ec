package io.github.circularj.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.flink.PeriodScoringJob.AsOfRule;
import io.github.circularj.flink.PeriodScoringJob.PeriodLength;
import io.github.circularj.io.LedgerHeader;
import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.pilot.CityStatistics;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's event-time scoring: the job's scorecards per enterprise and period equal the library's on each period's
 * extract (the items with an event in the period, their events up to the end of the as-of day, read by
 * {@code LedgerReader}), at parallelism 1, 2 and 4 and for months, quarters and years; the same events shuffled within
 * the lateness give the same scorecards; a late line, a line of an unknown enterprise and one without an instant are
 * not scored but written out with the reason.
 */
class PeriodScoringJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkTesting.cluster();

    private static final Pattern ITEM_ID = Pattern.compile("\"itemId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern AT = Pattern.compile("\"at\"\\s*:\\s*\"([^\"]*)\"");
    private static final AsOfRule WEEK_AFTER = AsOfRule.parse("period-end+7d");
    private static final Duration LATENESS = Duration.ofDays(1);

    @TempDir
    static Path dir;
    static List<Path> files;
    static Path registry;
    /** Every file's lines but the header, each as {@code creditCode TAB line}: item lines first, then events by time. */
    static List<String> stream;

    @BeforeAll
    static void writeLedgers() throws IOException {
        files = SyntheticFiles.write(new FlinkTesting.Pilot(37, 3, 120).pilot(), dir.resolve("ledgers"));
        // a sale of an item the enterprise never submitted: an unreadable record of its period (a grouped file has no such item)
        Path first = files.get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(first));
        lines.add("{\"type\":\"SOLD\",\"id\":\"GHOST-1-1\",\"itemId\":\"GHOST-1\",\"at\":\"2025-03-01T01:00:00Z\",\"actor\":\"staff-1\"}");
        Files.write(first, lines);
        List<String> headers = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (Path f : files) {
            List<String> all = Files.readAllLines(f);
            headers.add(all.get(0));
            String code = LedgerReader.defaults().readHeader(f).enterprise().creditCode().toString();
            for (String l : all.subList(1, all.size())) {
                (AT.matcher(l).find() ? events : items).add(code + "\t" + l);
            }
        }
        events.sort(Comparator.comparing(PeriodScoringJobTest::instant));
        stream = new ArrayList<>(items);
        stream.addAll(events);
        registry = dir.resolve("registry.jsonl");
        Files.write(registry, headers);
    }

    private static Instant instant(String streamLine) {
        Matcher m = AT.matcher(streamLine);
        m.find();
        return java.time.OffsetDateTime.parse(m.group(1)).toInstant();
    }

    /**
     * The library on each period's extract: for every enterprise and period with events, the items with an event in
     * the period, each with its events before the end of the as-of day, read as one ledger file of the period.
     */
    private static List<String> expected(PeriodLength length, AsOfRule rule) throws IOException {
        ComplianceEngine engine = ComplianceEngine.create();
        List<String> cards = new ArrayList<>();
        extracts(length, rule).forEach((p, subjects) -> subjects.forEach(subject -> cards.add(ReportLines.jsonLine(
                engine.score(subject, SecondhandPilot.enterprisePack(), rule.asOf(p))))));
        return cards.stream().sorted().toList();
    }

    /**
     * The library's city roll-up of each period: the city's enterprises' extracts of the period, scored, weighted by
     * their sales, the city scored with the city pack as of the period's as-of day.
     */
    private static List<String> expectedCities(PeriodLength length, AsOfRule rule) throws IOException {
        ComplianceEngine engine = ComplianceEngine.create();
        List<String> cards = new ArrayList<>();
        extracts(length, rule).forEach((p, subjects) -> {
            Map<String, List<EnterpriseSubject>> byCity = new TreeMap<>();
            subjects.forEach(s -> byCity.computeIfAbsent(s.enterprise().city().code().toString(), c -> new ArrayList<>()).add(s));
            byCity.values().forEach(own -> cards.add(ReportLines.jsonLine(engine.score(CitySubject.score(
                    own.get(0).enterprise().city(), own, SecondhandPilot.enterprisePack(), engine, rule.asOf(p),
                    CityStatistics.none()), SecondhandPilot.cityPack(), rule.asOf(p)))));
        });
        return cards.stream().sorted().toList();
    }

    /** Every enterprise's extract of every period with events in it, by period. */
    private static Map<ReportingPeriod, List<EnterpriseSubject>> extracts(PeriodLength length, AsOfRule rule)
            throws IOException {
        Map<ReportingPeriod, List<EnterpriseSubject>> extracts = new TreeMap<>(Comparator.comparing(ReportingPeriod::start));
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            LedgerHeader header = LedgerReader.defaults().readHeader(f);
            Map<String, String> itemLines = new TreeMap<>();
            Map<String, List<String>> eventLines = new TreeMap<>();
            TreeSet<ReportingPeriod> periods = new TreeSet<>(Comparator.comparing(ReportingPeriod::start));
            Map<ReportingPeriod, TreeSet<String>> itemsOf = new LinkedHashMap<>();
            for (String l : lines.subList(1, lines.size())) {
                Matcher id = ITEM_ID.matcher(l);
                id.find();
                Matcher at = AT.matcher(l);
                if (!at.find()) {
                    itemLines.put(id.group(1), l);
                    continue;
                }
                eventLines.computeIfAbsent(id.group(1), k -> new ArrayList<>()).add(l);
                ReportingPeriod p = length.containing(LocalDate.ofInstant(java.time.OffsetDateTime.parse(at.group(1))
                        .toInstant(), EnterpriseSubject.ZONE));
                periods.add(p);
                itemsOf.computeIfAbsent(p, k -> new TreeSet<>()).add(id.group(1));
            }
            for (ReportingPeriod p : periods) {
                Instant cutoff = rule.asOf(p).plusDays(1).atStartOfDay(EnterpriseSubject.ZONE).toInstant();
                StringBuilder extract = new StringBuilder(PeriodScoringJob.periodHeader(header, p)).append('\n');
                for (String item : itemsOf.get(p)) {
                    Optional.ofNullable(itemLines.get(item)).ifPresent(l -> extract.append(l).append('\n'));
                    for (String e : eventLines.get(item)) {
                        if (instant(e).isBefore(cutoff)) {
                            extract.append(e).append('\n');
                        }
                    }
                }
                LedgerImport read = LedgerReader.defaults().read(new ByteArrayInputStream(extract.toString()
                        .getBytes(StandardCharsets.UTF_8)), "extract");
                extracts.computeIfAbsent(p, k -> new ArrayList<>()).add(EnterpriseSubject.of(read.result(),
                        read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
            }
        }
        return extracts;
    }

    private static PeriodScoringJob.Outputs job(List<String> lines, PeriodLength length, AsOfRule rule, int parallelism)
            throws IOException {
        return job(lines, length, rule, parallelism, PeriodScoringJob.Settings.REVISE_WITHIN, JobPacks.pilot());
    }

    private static PeriodScoringJob.Outputs job(List<String> lines, PeriodLength length, AsOfRule rule, int parallelism,
            Duration reviseWithin, JobPacks packs) throws IOException {
        Path file = Files.createTempFile(dir, "stream", ".tsv");
        Files.write(file, lines);
        return PeriodScoringJob.build(FlinkTesting.environment(parallelism), new PeriodScoringJob.Settings(registry,
                List.of(file), length, rule, LATENESS, parallelism, Optional.empty(), reviseWithin, packs));
    }

    private static List<String> scorecards(List<String> lines, PeriodLength length, AsOfRule rule, int parallelism)
            throws Exception {
        return FlinkTesting.collectSorted(job(lines, length, rule, parallelism).scorecards());
    }

    @Test
    void eachEnterprisesMonthsScoreAsTheLibraryScoresTheirExtractsAtParallelismOneTwoAndFour() throws Exception {
        List<String> expected = expected(PeriodLength.MONTH, WEEK_AFTER);
        assertThat(expected).hasSizeGreaterThan(3 * 6);
        assertThat(String.join("", expected)).contains("1 unreadable").contains("\"asOf\": \"2025-04-07\"");
        assertThat(scorecards(stream, PeriodLength.MONTH, WEEK_AFTER, 1)).isEqualTo(expected);
        assertThat(scorecards(stream, PeriodLength.MONTH, WEEK_AFTER, 2)).isEqualTo(expected);
        assertThat(scorecards(stream, PeriodLength.MONTH, WEEK_AFTER, 4)).isEqualTo(expected);
    }

    @Test
    void quartersAndYearsJudgedAtTheirEndScoreAsTheLibraryDoes() throws Exception {
        AsOfRule end = AsOfRule.parse("period-end");
        assertThat(scorecards(stream, PeriodLength.QUARTER, end, 2)).isEqualTo(expected(PeriodLength.QUARTER, end));
        assertThat(scorecards(stream, PeriodLength.YEAR, end, 2)).isEqualTo(expected(PeriodLength.YEAR, end));
    }

    @Test
    void theSameEventsShuffledWithinTheLatenessGiveTheSameScorecards() throws Exception {
        // each event moves by less than the lateness: sorted by its instant plus a random delay below the lateness
        Random random = new Random(11);
        List<String> items = stream.stream().filter(l -> !AT.matcher(l).find()).toList();
        Map<String, Instant> delayed = new java.util.HashMap<>();
        List<String> events = new ArrayList<>(stream.subList(items.size(), stream.size()));
        events.forEach(l -> delayed.put(l, instant(l).plusMillis((long) (random.nextDouble() * (LATENESS.toMillis() - 1)))));
        events.sort(Comparator.comparing(delayed::get));
        assertThat(events).isNotEqualTo(stream.subList(items.size(), stream.size()));
        List<String> shuffled = new ArrayList<>(items);
        shuffled.addAll(events);
        PeriodScoringJob.Outputs outputs = job(shuffled, PeriodLength.MONTH, WEEK_AFTER, 2);
        assertThat(withoutRefusals(FlinkTesting.collectSorted(outputs.scorecards().union(outputs.notScored()))))
                .isEqualTo(expected(PeriodLength.MONTH, WEEK_AFTER));
    }

    @Test
    void aLateLineAndLinesThatCannotBePlacedAreWrittenOutNotDropped() throws Exception {
        String code = stream.get(0).substring(0, stream.get(0).indexOf('\t'));
        List<String> lines = new ArrayList<>(stream);
        // after the year's last events: a January sale is more than a month too late for January's scorecard
        lines.add(code + "\t{\"type\":\"SOLD\",\"id\":\"LATE-1-1\",\"itemId\":\"LATE-1\",\"at\":\"2025-01-05T01:00:00Z\","
                + "\"actor\":\"staff-1\"}");
        lines.add(1, "91000000000000000X\t{\"type\":\"SOLD\",\"id\":\"X-1\",\"itemId\":\"X\",\"at\":\"2025-01-05T01:00:00Z\"}");
        lines.add(2, code + "\tnot json at all");
        PeriodScoringJob.Outputs outputs = job(lines, PeriodLength.MONTH, WEEK_AFTER, 2);
        List<String> all = FlinkTesting.collectSorted(outputs.scorecards().union(outputs.notScored()));
        List<String> notScored = all.stream().filter(l -> l.startsWith("{\"notScored\"") && !isRefusal(l)).toList();
        assertThat(notScored).containsExactly(
                "{\"notScored\":\"late: its period was closed (revise-within passed); counted in no scorecard\","
                        + "\"enterprise\":\"" + code
                        + "\",\"period\":\"2025-01-01/2025-02-01\",\"line\":\"{\\\"type\\\":\\\"SOLD\\\",\\\"id\\\":\\\"LATE-1-1\\\","
                        + "\\\"itemId\\\":\\\"LATE-1\\\",\\\"at\\\":\\\"2025-01-05T01:00:00Z\\\",\\\"actor\\\":\\\"staff-1\\\"}\"}",
                "{\"notScored\":\"no readable instant\",\"enterprise\":\"" + code + "\",\"line\":\"not json at all\"}",
                "{\"notScored\":\"unknown enterprise\",\"enterprise\":\"91000000000000000X\",\"line\":\"{\\\"type\\\":"
                        + "\\\"SOLD\\\",\\\"id\\\":\\\"X-1\\\",\\\"itemId\\\":\\\"X\\\",\\\"at\\\":\\\"2025-01-05T01:00:00Z\\\"}\"}");
        // and the scorecards are those of the lines scored
        assertThat(all.stream().filter(l -> !l.startsWith("{\"notScored\"")).toList())
                .isEqualTo(expected(PeriodLength.MONTH, WEEK_AFTER));
    }

    @Test
    void aLateLineWithinTheRevisionTimeRevisesItsPeriodsScorecardAndItsCitysWithTheLineCountedInRecordIntegrity()
            throws Exception {
        String code = stream.get(0).substring(0, stream.get(0).indexOf('\t'));
        String late = "{\"type\":\"SOLD\",\"id\":\"LATE-1-1\",\"itemId\":\"LATE-1\",\"at\":\"2025-01-05T01:00:00Z\","
                + "\"actor\":\"staff-1\"}";
        List<String> lines = new ArrayList<>(stream);
        // January is judged as of 7 February and scored when the watermark (a day behind) passes its end; its
        // scorecard is revised until 30 days later: the line arrives among the events of 20 February
        Instant arrival = Instant.parse("2025-02-20T00:00:00Z");
        int at = 0;
        while (AT.matcher(lines.get(at)).find() ? instant(lines.get(at)).isBefore(arrival) : true) {
            at++;
        }
        lines.add(at, code + "\t" + late);
        // the library: January's extract of that enterprise, its report holding the late line as a record not read
        ComplianceEngine engine = ComplianceEngine.create();
        ReportingPeriod january = ReportingPeriod.ofMonth(java.time.YearMonth.of(2025, 1));
        List<EnterpriseSubject> januaryExtracts = new ArrayList<>(extracts(PeriodLength.MONTH, WEEK_AFTER).get(january));
        int i = 0;
        while (!januaryExtracts.get(i).id().equals(code)) {
            i++;
        }
        EnterpriseSubject first = januaryExtracts.get(i);
        LedgerReport report = first.ledger().report().orElseThrow();
        List<UnreadableRecord> unreadable = new ArrayList<>(report.unreadable());
        unreadable.add(UnreadableRecord.ofField("late lines", 1, "at", "2025-01-05T01:00:00Z",
                "arrived after the period was scored (event LATE-1-1); written to the lines not scored"));
        EnterpriseSubject revised = EnterpriseSubject.of(first.ledger().withReport(LedgerReport.of(report.accepted(),
                report.rejected(), report.rejectedByReason(), unreadable, report.unreadableCount() + 1)), first.profile());
        januaryExtracts.set(i, revised);
        String revisedCard = ReportLines.jsonLine(engine.score(revised, SecondhandPilot.enterprisePack(), WEEK_AFTER.asOf(january)));
        // January's events accepted, and the late line: one record of them not scored, unreadable
        assertThat(revisedCard).contains("1 of " + (report.accepted() + 1) + " submitted events")
                .contains("were rejected (1 unreadable)");
        String revisedCity = ReportLines.jsonLine(engine.score(CitySubject.score(revised.enterprise().city(), januaryExtracts,
                SecondhandPilot.enterprisePack(), engine, WEEK_AFTER.asOf(january), CityStatistics.none()),
                SecondhandPilot.cityPack(), WEEK_AFTER.asOf(january)));

        List<String> originals = new ArrayList<>(expected(PeriodLength.MONTH, WEEK_AFTER));
        originals.addAll(expectedCities(PeriodLength.MONTH, WEEK_AFTER));
        assertThat(revisedCard).isNotIn(originals);
        assertThat(revisedCity).isNotIn(originals);
        String original = originals.stream().filter(c -> subjectAndDay(c).equals(subjectAndDay(revisedCard))).findFirst()
                .orElseThrow();
        String originalCity = originals.stream().filter(c -> subjectAndDay(c).equals(subjectAndDay(revisedCity)))
                .findFirst().orElseThrow();

        List<String> current = new ArrayList<>(originals);
        current.set(current.indexOf(original), revisedCard);
        current.set(current.indexOf(originalCity), revisedCity);
        for (int parallelism : new int[] {1, 2}) {
            // in the order written: a subject's lines come from one task, in order
            List<String> written = FlinkTesting.collect(job(lines, PeriodLength.MONTH, WEEK_AFTER, parallelism,
                    Duration.ofDays(30), JobPacks.parse("city")).all());
            // the last line of each subject and period is its current scorecard: the revised ones for January
            Map<String, String> last = new TreeMap<>();
            written.stream().filter(l -> !l.startsWith("{\"notScored\"")).forEach(l -> last.put(subjectAndDay(l), l));
            assertThat(last.values().stream().sorted().toList()).isEqualTo(current.stream().sorted().toList());
            // On one task the late line reaches the enterprise step after the watermark that scored January: the
            // original is written, then the revision. On more, another task's watermark may hold January back until the
            // late line is in: then the first line already counts it. Nothing else.
            List<List<String>> allowed = parallelism == 1 ? List.of(List.of(original, revisedCard))
                    : List.of(List.of(revisedCard), List.of(original, revisedCard));
            assertThat(written.stream().filter(l -> !l.startsWith("{\"notScored\"")
                    && subjectAndDay(l).equals(subjectAndDay(revisedCard))).toList()).isIn(allowed);
            assertThat(written.stream().filter(l -> l.startsWith("{\"notScored\"") && !isRefusal(l)).toList()).containsExactly(
                    "{\"notScored\":\"late: its period was scored before it arrived; counted in the period's revised"
                    + " scorecard\",\"enterprise\":\"" + code + "\",\"period\":\"2025-01-01/2025-02-01\",\"line\":"
                    + PeriodScoringJob.json(late) + "}");
        }
    }

    /** Whether a line not scored is a record the item's reading refused or could not read. */
    static boolean isRefusal(String line) {
        return line.startsWith("{\"notScored\":\"refused: ") || line.startsWith("{\"notScored\":\"unreadable: ");
    }

    private static List<String> withoutRefusals(List<String> lines) {
        return lines.stream().filter(l -> !isRefusal(l)).toList();
    }

    private static final Pattern SUBJECT = Pattern.compile("\"subjectId\": \"([^\"]*)\".*?\"asOf\": \"([^\"]*)\"");

    /** A report line's subject id and as-of day. */
    private static String subjectAndDay(String reportLine) {
        Matcher m = SUBJECT.matcher(reportLine);
        assertThat(m.find()).as("a report line: %s", reportLine).isTrue();
        return m.group(1) + " " + m.group(2);
    }

    private static final Pattern EVENT = Pattern.compile("\"event\":\"([^\"]*)\"");

    @Test
    void eachRefusedEventAndUnreadableLineIsWrittenOutOnceInItsOwnPeriod() throws Exception {
        List<String> refusals = FlinkTesting.collectSorted(job(stream, PeriodLength.MONTH, WEEK_AFTER, 2).notScored()).stream()
                .filter(PeriodScoringJobTest::isRefusal).toList();
        // the library on the whole files: every refused event once, by id, and every unreadable line
        List<String> refusedIds = new ArrayList<>();
        long unreadable = 0;
        for (Path f : files) {
            var report = LedgerReader.defaults().read(f).report();
            assertThat(report.rejected()).hasSize((int) report.rejectedCount());
            report.rejected().forEach(r -> refusedIds.add(r.event().id().toString()));
            unreadable += report.unreadableCount();
        }
        assertThat(refusedIds).isNotEmpty();
        assertThat(refusals.stream().map(EVENT::matcher).filter(Matcher::find).map(m -> m.group(1)).sorted().toList())
                .isEqualTo(refusedIds.stream().sorted().toList());
        assertThat(refusals.stream().filter(l -> l.startsWith("{\"notScored\":\"unreadable: "))).hasSize((int) unreadable)
                .allSatisfy(l -> assertThat(l).contains("GHOST-1").contains("\"period\":\"2025-03-01/2025-04-01\""));
    }

    @Test
    void withTheCityPackEachCityIsScoredPerPeriodAsTheLibraryRollsItsEnterprisesExtractsUp() throws Exception {
        PeriodScoringJob.Outputs outputs = job(stream, PeriodLength.QUARTER, WEEK_AFTER, 2, Duration.ZERO,
                JobPacks.parse("City"));
        assertThat(FlinkTesting.collectSorted(outputs.cities())).hasSize(4)
                .isEqualTo(expectedCities(PeriodLength.QUARTER, WEEK_AFTER));
        assertThat(FlinkTesting.collectSorted(job(stream, PeriodLength.QUARTER, WEEK_AFTER, 1).cities())).isEmpty();
    }

    @Test
    void aTaskThatFailsOnceMidStreamRestartsFromTheCheckpointAndGivesTheSameScorecards() throws Exception {
        PilotScoringFaultTest.FAILED.set(false);
        PilotScoringFaultTest.SEEN.set(0);
        PilotScoringFaultTest.CHECKPOINTS_BEFORE.set(0);
        org.apache.flink.configuration.Configuration config = new org.apache.flink.configuration.Configuration();
        config.set(org.apache.flink.configuration.PipelineOptions.GENERIC_TYPES, false);
        config.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        config.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ZERO);
        org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env =
                org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.enableCheckpointing(50);
        Path file = Files.createTempFile(dir, "stream", ".tsv");
        Files.write(file, stream);
        PeriodScoringJob.Outputs outputs = PeriodScoringJob.build(env, new PeriodScoringJob.Settings(registry, List.of(file),
                PeriodLength.MONTH, WEEK_AFTER, LATENESS, 2, Optional.empty()), new PilotScoringFaultTest.FailOnce<>(400));
        List<String> all = withoutRefusals(FlinkTesting.collectSorted(outputs.scorecards().union(outputs.notScored())));
        assertThat(PilotScoringFaultTest.FAILED).as("the failure was injected").isTrue();
        assertThat(PilotScoringFaultTest.CHECKPOINTS_BEFORE.get()).as("a checkpoint completed before it").isPositive();
        assertThat(all).isEqualTo(expected(PeriodLength.MONTH, WEEK_AFTER));
    }

    private static List<String> linesUnder(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(root)) {
            return lines;
        }
        try (var written = Files.walk(root)) {
            for (Path f : written.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return lines.stream().sorted().toList();
    }

    @Test
    void mainReadsTheStreamInBatchModeAndWritesBothOutputs(@TempDir Path out) throws Exception {
        Path input = out.resolve("stream.tsv");
        List<String> lines = new ArrayList<>(stream);
        lines.add(0, "no tab here");
        Files.write(input, lines);
        PeriodScoringJob.main(new String[] {"--enterprises", registry.toString(), "--period", "quarter", "--as-of",
            "period-end+7d", "--lateness", "PT1H", "--output", out.resolve("cards").toString(), "--late-output",
            out.resolve("late").toString(), "--parallelism", "2", "--revise-within", "P10D", "--pack", "city",
            input.toString()});
        List<String> expected = new ArrayList<>(expected(PeriodLength.QUARTER, WEEK_AFTER));
        expected.addAll(expectedCities(PeriodLength.QUARTER, WEEK_AFTER));
        assertThat(linesUnder(out.resolve("cards"))).isEqualTo(expected.stream().sorted().toList());
        assertThat(withoutRefusals(linesUnder(out.resolve("late")))).containsExactly(
                "{\"notScored\":\"unknown enterprise\",\"enterprise\":\"\",\"line\":\"no tab here\"}");
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodScoringJob.main(new String[] {"--period", "month"}))
                .withMessageStartingWith("usage: PeriodScoringJob");
    }

    @Test
    void periodsAndAsOfRulesAreReadAndChecked() {
        assertThat(PeriodLength.MONTH.containing(LocalDate.of(2026, 2, 28))).isEqualTo(ReportingPeriod.ofMonth(
                java.time.YearMonth.of(2026, 2)));
        assertThat(PeriodLength.QUARTER.containing(LocalDate.of(2026, 6, 30))).isEqualTo(ReportingPeriod.ofQuarter(2026, 2));
        assertThat(PeriodLength.QUARTER.containing(LocalDate.of(2026, 7, 1))).isEqualTo(ReportingPeriod.ofQuarter(2026, 3));
        assertThat(PeriodLength.YEAR.containing(LocalDate.of(2026, 12, 31))).isEqualTo(ReportingPeriod.ofYear(2026));
        assertThat(PeriodLength.parse(" Quarter ")).isEqualTo(PeriodLength.QUARTER);
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodLength.parse("week"))
                .withMessage("period \"week\" is not month, quarter or year");
        assertThat(AsOfRule.parse("period-end")).isEqualTo(new AsOfRule(0));
        assertThat(AsOfRule.parse("period-end+30d").asOf(ReportingPeriod.ofMonth(java.time.YearMonth.of(2026, 1))))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new AsOfRule(0).cutoff(ReportingPeriod.ofYear(2026))).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(new AsOfRule(30)).hasToString("period-end+30d");
        assertThat(new AsOfRule(0)).hasToString("period-end");
        assertThatIllegalArgumentException().isThrownBy(() -> AsOfRule.parse("end+3d"))
                .withMessageContaining("is not period-end or period-end+Nd");
        assertThatIllegalArgumentException().isThrownBy(() -> new AsOfRule(367)).withMessageContaining("367");
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodScoringJob.Settings(registry, List.of(),
                PeriodLength.MONTH, WEEK_AFTER, LATENESS, 1, Optional.empty())).withMessageContaining("inputs \"[]\" are empty");
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodScoringJob.Settings(registry, List.of(registry),
                PeriodLength.MONTH, WEEK_AFTER, Duration.ofSeconds(-1), 1, Optional.empty())).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodScoringJob.Settings(registry, List.of(registry),
                PeriodLength.MONTH, WEEK_AFTER, LATENESS, 1, Optional.empty(), Duration.ofDays(-1), JobPacks.pilot()))
                .withMessage("reviseWithin \"PT-24H\" is negative; it is zero or more");
        assertThat(JobPacks.parse(" enterprise ").scoresCities()).isFalse();
        assertThat(JobPacks.parse("CITY").scoresCities()).isTrue();
        assertThat(JobPacks.parse("city").enterprisePack().get()).isEqualTo(SecondhandPilot.enterprisePack());
        assertThatIllegalArgumentException().isThrownBy(() -> JobPacks.parse("trade-in"))
                .withMessageStartingWith("pack \"trade-in\" is not one of enterprise, city");
        assertThat(PeriodScoringJob.timeOf("{\"at\":\"2026-01-01T08:00:00+08:00\"}")).isEqualTo(
                Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        assertThat(PeriodScoringJob.timeOf("{\"type\":\"ITEM\"}")).isEqualTo(Long.MIN_VALUE);
        assertThat(PeriodScoringJob.timeOf("{\"at\":\"yesterday\"}")).isEqualTo(Long.MIN_VALUE);
        assertThat(PeriodScoringJob.json("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
