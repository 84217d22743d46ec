package io.github.circularj.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.testkit.SyntheticFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PilotScoringJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = FlinkTesting.cluster();

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void writeLedgers() throws IOException {
        files = SyntheticFiles.write(new FlinkTesting.Pilot(23, 4, 150).pilot(), dir);
        // One file gets two lines the reader cannot read: not JSON, and a sale without its price.
        Path first = files.get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(first));
        lines.add(1, "not json at all");
        lines.add("{\"type\":\"SOLD\",\"id\":\"GHOST-1-1\",\"itemId\":\"GHOST-1\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"staff-1\"}");
        Files.write(first, lines);
        // and a line that is not UTF-8 (a byte 0xFF in a name): the job reads the file's bytes as the reader does
        Files.write(first, "{\"type\":\"SOLD\",\"id\":\"GHOST-2-1\",\"itemId\":\"GHOST-2\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"staff-\u00ff\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
    }

    /** What the library gives: each file read by LedgerReader, the enterprises scored by ComplianceEngine.scoreAll. */
    private static List<String> expected() throws IOException {
        List<EnterpriseSubject> subjects = new ArrayList<>();
        for (Path f : files) {
            LedgerImport read = LedgerReader.defaults().read(f);
            subjects.add(EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        return ComplianceEngine.create().scoreAll(subjects, SecondhandPilot.enterprisePack(), AS_OF).stream()
                .map(ReportLines::jsonLine).sorted().toList();
    }

    private static List<String> run(int parallelism) throws Exception {
        return FlinkTesting.collectSorted(PilotScoringJob.build(FlinkTesting.environment(parallelism),
                new PilotScoringJob.Settings(files, AS_OF, parallelism)));
    }

    @Test
    void theJobScoresAsScoreAllDoesAtParallelismOneTwoAndFour() throws Exception {
        List<String> expected = expected();
        assertThat(expected).hasSize(4);
        assertThat(expected.get(0) + expected.get(1) + expected.get(2) + expected.get(3))
                .contains("RECORD-INTEGRITY").contains("illegal transition, 3 unreadable");
        assertThat(run(1)).isEqualTo(expected);
        assertThat(run(2)).isEqualTo(expected);
        assertThat(run(4)).isEqualTo(expected);
    }

    @Test
    void mainWritesOneReportLinePerEnterpriseInBatchModeAndInStreamingMode(@TempDir Path out) throws Exception {
        List<String> notScored = notScored(FlinkTesting.collect(PilotScoringJob.build(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(files, AS_OF, 2), 1_000).notScored()));
        for (String mode : List.of("batch", "streaming")) {
            List<String> args = new ArrayList<>(List.of("--as-of", AS_OF.toString(), "--output", out.resolve(mode).toString(),
                    "--not-scored-output", out.resolve(mode + "-not-scored").toString(), "--parallelism", "2", "--mode", mode));
            files.forEach(f -> args.add(f.toString()));
            PilotScoringJob.main(args.toArray(String[]::new));
            assertThat(linesUnder(out.resolve(mode))).as(mode).isEqualTo(expected());
            assertThat(linesUnder(out.resolve(mode + "-not-scored"))).as(mode).isEqualTo(notScored);
        }
        assertThatThrownBy(() -> PilotScoringJob.main(new String[] {"--as-of", "2026-12-31", "--output", "x", "--mode", "fast"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mode \"fast\" is not batch or streaming");
    }

    private static List<String> linesUnder(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var written = Files.walk(root)) {
            for (Path f : written.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static List<String> notScored(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static final java.util.regex.Pattern NOT_SCORED_ENTERPRISE = java.util.regex.Pattern.compile(
            "\"enterprise\":\"([^\"]*)\"");
    private static final java.util.regex.Pattern NOT_SCORED_EVENT = java.util.regex.Pattern.compile("\"event\":\"([^\"]*)\"");

    @Test
    void everyRefusedEventAndUnreadableLineIsWrittenOutOnceAsTheLibraryCountsThem() throws Exception {
        List<String> lines = FlinkTesting.collect(PilotScoringJob.build(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(files, AS_OF, 2), 1_000).notScored());
        java.util.Map<String, List<String>> byEnterprise = new java.util.TreeMap<>();
        for (String l : lines) {
            java.util.regex.Matcher m = NOT_SCORED_ENTERPRISE.matcher(l);
            assertThat(m.find()).as(l).isTrue();
            byEnterprise.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(l);
        }
        long refused = 0;
        for (Path f : files) {
            LedgerImport read = LedgerReader.defaults().read(f);
            var report = read.report();
            assertThat(report.rejected()).hasSize((int) report.rejectedCount());
            List<String> own = byEnterprise.getOrDefault(read.header().enterprise().creditCode().toString(), List.of());
            // one line per record the reader refused or could not read, the refused events by their ids
            assertThat(own).hasSize((int) (report.rejectedCount() + report.unreadableCount()));
            List<String> events = own.stream().map(NOT_SCORED_EVENT::matcher).filter(java.util.regex.Matcher::find)
                    .map(m -> m.group(1)).sorted().toList();
            assertThat(events).isEqualTo(report.rejected().stream().map(r -> r.event().id().toString()).sorted().toList());
            refused += report.rejectedCount();
        }
        assertThat(refused).isPositive();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{\"notScored\":\"unreadable: ").contains("not json at all"))
                .anySatisfy(l -> assertThat(l).startsWith("{\"notScored\":\"unreadable: ").contains("\"item\":\"GHOST-1\""))
                .anySatisfy(l -> assertThat(l).startsWith("{\"notScored\":\"unreadable: ").contains("\"item\":\"GHOST-2\"")
                        .contains("staff-\uFFFD"));
    }

    @Test
    void theSameLinesInAnotherOrderGiveTheSameScorecards(@TempDir Path shuffledDir) throws Exception {
        List<Path> shuffled = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (Path f : files) {
            // one character per byte: the line that is not UTF-8 is shuffled unchanged
            List<String> lines = new ArrayList<>(Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
            java.util.Collections.shuffle(body, random);
            body.add(0, lines.get(0));
            Path copy = shuffledDir.resolve(f.getFileName());
            Files.write(copy, body, java.nio.charset.StandardCharsets.ISO_8859_1);
            shuffled.add(copy);
        }
        List<String> cards = FlinkTesting.collectSorted(PilotScoringJob.build(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(shuffled, AS_OF, 2)));
        assertThat(cards).isEqualTo(expected());
    }

    @Test
    void anEnterpriseKeepsTheLinesOfFewRefusedItemsButCountsEveryRejection(@TempDir Path many) throws Exception {
        // every enterprise that can trade a flagged item refuses a sale in about a fifth of its items, one each
        List<Path> refusing = SyntheticFiles.write(io.github.circularj.testkit.SyntheticPilot.builder().seed(29).cities(1)
                .enterprisesPerCity(2).itemsPerEnterprise(200).period(io.github.circularj.model.ReportingPeriod.ofYear(2026))
                .violationRate(io.github.circularj.testkit.Violation.SRC_PROHIBITED, 0.2).build(), many);
        List<EnterpriseSubject> subjects = new ArrayList<>();
        long refused = 0;
        for (Path f : refusing) {
            // the library's reader keeping the first 2 rejections: with one per item, the job's first 2 items
            LedgerImport read = LedgerReader.defaults().withUnreadableLimit(2).read(f);
            refused += read.report().rejectedCount();
            subjects.add(EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        assertThat(refused).as("more refused items than kept").isGreaterThan(10);
        List<String> expected = ComplianceEngine.create().scoreAll(subjects, SecondhandPilot.enterprisePack(), AS_OF).stream()
                .map(ReportLines::jsonLine).sorted().toList();
        List<String> job = FlinkTesting.collectSorted(PilotScoringJob.build(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(refusing, AS_OF, 2), 2).enterprises());
        assertThat(job).isEqualTo(expected);
    }

    @Test
    void theCitiesAreScoredFromTheirEnterprisesAsTheLibraryScoresThem(@TempDir Path twoCities) throws Exception {
        io.github.circularj.testkit.SyntheticPilot.Builder b = io.github.circularj.testkit.SyntheticPilot.builder().seed(31)
                .cities(2).enterprisesPerCity(3).itemsPerEnterprise(120).period(io.github.circularj.model.ReportingPeriod.ofYear(2026));
        for (io.github.circularj.testkit.Violation v : io.github.circularj.testkit.Violation.values()) {
            b.violationRate(v, 0.04);
        }
        List<Path> written = SyntheticFiles.write(b.build(), twoCities);
        // the library: each city's enterprises read from their files, scored, weighted by their sales, the city scored
        ComplianceEngine engine = ComplianceEngine.create();
        java.util.Map<io.github.circularj.model.party.City, List<EnterpriseSubject>> byCity = new java.util.TreeMap<>(
                java.util.Comparator.comparing(c -> c.code().toString()));
        List<EnterpriseSubject> all = new ArrayList<>();
        for (Path f : written) {
            LedgerImport read = LedgerReader.defaults().read(f);
            EnterpriseSubject s = EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED));
            all.add(s);
            byCity.computeIfAbsent(read.header().enterprise().city(), c -> new ArrayList<>()).add(s);
        }
        assertThat(byCity).hasSize(2);
        List<String> expected = new ArrayList<>();
        engine.scoreAll(all, SecondhandPilot.enterprisePack(), AS_OF).forEach(c -> expected.add(ReportLines.jsonLine(c)));
        byCity.forEach((city, own) -> expected.add(ReportLines.jsonLine(engine.score(io.github.circularj.rules.pilot.CitySubject
                .score(city, own, SecondhandPilot.enterprisePack(), engine, AS_OF,
                        io.github.circularj.rules.pilot.CityStatistics.none()), SecondhandPilot.cityPack(), AS_OF))));
        PilotScoringJob.Outputs outputs = PilotScoringJob.buildWithCities(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(written, AS_OF, 2));
        List<String> job = FlinkTesting.collectSorted(outputs.enterprises().union(outputs.cities()));
        assertThat(job).hasSize(8).isEqualTo(expected.stream().sorted().toList());
    }

    /** A policy experiment's variant: every device's data erased before resale (DATA-ERASURE's target 100 %). */
    static io.github.circularj.rules.RulePack<EnterpriseSubject, io.github.circularj.model.lifecycle.Lifecycle> strictErasure() {
        return SecondhandPilot.enterprisePack().withTarget(io.github.circularj.rules.RuleId.of("DATA-ERASURE"),
                new io.github.circularj.rules.Target(io.github.circularj.rules.Target.Direction.AT_LEAST, 1.0,
                        io.github.circularj.rules.Unit.SHARE));
    }

    @Test
    void aVariantPackGivenToTheJobScoresAsTheLibraryScoresWithIt() throws Exception {
        List<EnterpriseSubject> subjects = new ArrayList<>();
        for (Path f : files) {
            LedgerImport read = LedgerReader.defaults().read(f);
            subjects.add(EnterpriseSubject.of(read.result(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        List<String> variant = ComplianceEngine.create().scoreAll(subjects, strictErasure(), AS_OF).stream()
                .map(ReportLines::jsonLine).sorted().toList();
        assertThat(variant).isNotEqualTo(expected()).anySatisfy(c -> assertThat(c).contains("\"overrides\": {"));
        JobPacks packs = JobPacks.pilot().withEnterprisePack(PilotScoringJobTest::strictErasure);
        assertThat(FlinkTesting.collectSorted(PilotScoringJob.build(FlinkTesting.environment(2),
                new PilotScoringJob.Settings(files, AS_OF, 2, packs)))).isEqualTo(variant);
    }

    @Test
    void filesOfTwoPeriodsOrOfOneEnterpriseTwiceAreRefused() {
        assertThatThrownBy(() -> PilotScoringJob.build(FlinkTesting.environment(1),
                new PilotScoringJob.Settings(List.of(files.get(0), files.get(0)), AS_OF, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one ledger file per enterprise");
        assertThatThrownBy(() -> new PilotScoringJob.Settings(List.of(), AS_OF, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs \"[]\" are empty");
    }
}
