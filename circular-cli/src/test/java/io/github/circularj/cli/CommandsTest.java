package io.github.circularj.cli;

import static io.github.circularj.cli.Cli.AS_OF;
import static io.github.circularj.cli.Cli.run;
import static io.github.circularj.cli.Cli.sampleArgs;
import static io.github.circularj.cli.Cli.sampleFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.circularj.io.LedgerReader;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RuleDescription;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.report.ExperimentReport;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPilot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command in-process, on the committed sample: output compared with what the library gives. */
class CommandsTest {

    @TempDir
    Path dir;

    private static String title(int n) {
        return n + " enterprises from " + n + " files, as of " + AS_OF;
    }

    private static ReportOptions sampleOptions(int n) {
        return ReportOptions.defaults().withSyntheticData(true).withTitle(title(n));
    }

    @Test
    void scorePrintsTheLibrarysRankedOverviewAndWritesTheSite() throws IOException {
        Path out = dir.resolve("site");
        Cli.Run r = run(sampleArgs("score", "--as-of", AS_OF.toString(), "--out", out.toString()).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        List<Scorecard> expected = Cli.libraryScores(sampleFiles(), AS_OF);
        assertThat(r.out()).isEqualTo(OverviewReport.of(expected, sampleOptions(4)).render(ReportFormat.TEXT));
        assertThat(out.resolve("index.html")).isRegularFile();
        for (Scorecard card : expected) {
            assertThat(out.resolve("enterprise-" + card.subjectId() + ".html")).isRegularFile();
        }
        // progress: one line per file when stderr is not a terminal, then where the site is
        assertThat(r.errLines()).hasSize(sampleFiles().size() + 1);
        assertThat(r.errLines().get(0)).contains("200 items").contains("0 rejected");
        assertThat(r.errLines().get(r.errLines().size() - 1)).contains("index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "csv", "json", "html"})
    void scorePrintsTheOverviewInEveryFormat(String format) throws IOException {
        Cli.Run r = run(sampleArgs("score", "-q", "--as-of", AS_OF.toString(), "--format", format).toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(OverviewReport.of(Cli.libraryScores(sampleFiles(), AS_OF), sampleOptions(4))
                .render(Format.valueOf(format).report()));
    }

    @Test
    void failBelowExitsWithOneExactlyWhenTheLibraryRanksASubjectBelowTheBand() throws IOException {
        List<Scorecard> cards = Cli.libraryScores(sampleFiles(), AS_OF);
        for (io.github.circularj.rules.Band band : List.of(io.github.circularj.rules.Band.EXEMPLARY,
                io.github.circularj.rules.Band.NON_COMPLIANT)) {
            boolean below = cards.stream().anyMatch(c -> c.band().compareTo(band) > 0);
            Cli.Run r = run(sampleArgs("score", "--as-of", AS_OF.toString(), "--fail-below", band.name().toLowerCase())
                    .toArray(String[]::new));
            assertThat(r.exit()).as("--fail-below %s", band).isEqualTo(below ? 1 : 0);
            assertThat(r.out()).contains("ranked by band");
        }
        // a file with every line of its events unreadable is rated worse: the run then fails below EXEMPLARY
        Path broken = dir.resolve("broken.jsonl");
        List<String> lines = Files.readAllLines(sampleFiles().get(0), StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(lines.subList(0, 2));
        for (String line : lines.subList(2, lines.size())) {
            kept.add(line.contains("\"COLLECTED\"") ? line.replace("\"type\":\"COLLECTED\"", "\"type\":\"X\"") : line);
        }
        Files.write(broken, kept, StandardCharsets.UTF_8);
        Scorecard card = Cli.libraryScores(List.of(broken), AS_OF).get(0);
        assertThat(card.band()).isNotEqualTo(io.github.circularj.rules.Band.EXEMPLARY);
        Cli.Run r = run("score", "--as-of", AS_OF.toString(), "--fail-below", "EXEMPLARY", broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("1 of 1 subjects below EXEMPLARY").contains(card.band().name());
    }

    @Test
    void scoreWithCitiesScoresEachCityFromItsEnterprises() throws IOException {
        Path out = dir.resolve("site");
        Cli.Run r = run(sampleArgs("score", "-q", "--as-of", AS_OF.toString(), "--pack", "city", "--out", out.toString())
                .toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(title(4) + ": cities").contains(title(4) + ": enterprises")
                .contains(SecondhandPilot.CITY_PACK_ID).contains("Brammora (synthetic)");
        assertThat(out.resolve("city-138100.html")).isRegularFile();
    }

    @Test
    void setChangesTheScoreAsTheLibrarysWithParameterDoes() throws IOException {
        Cli.Run r = run(sampleArgs("score", "-q", "--as-of", AS_OF.toString(), "--format", "csv",
                "--set", "DATA-ERASURE.target=100%", "--set", "SRC-REGISTRATION.verification-tolerance=1h")
                .toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        var pack = SecondhandPilot.enterprisePacks().asOf(AS_OF).orElseThrow()
                .withTarget(SecondhandPilot.DATA_ERASURE, io.github.circularj.rules.Target.atLeast(1.0,
                        io.github.circularj.rules.Unit.SHARE))
                .withParameter(SecondhandPilot.SRC_REGISTRATION, "verification-tolerance", 1);
        List<Scorecard> expected = new ArrayList<>();
        for (Path file : sampleFiles()) {
            var read = LedgerReader.defaults().read(file);
            expected.add(ComplianceEngine.create().score(EnterpriseSubject.of(read.ledger(),
                    read.header().profile().orElse(EnterpriseProfile.UNDECLARED)), pack, AS_OF));
        }
        assertThat(r.out()).isEqualTo(OverviewReport.of(expected, sampleOptions(4)).render(ReportFormat.CSV));
    }

    @Test
    void experimentPrintsTheLibrarysComparisonAndWritesItsPage() throws IOException {
        Path out = dir.resolve("what-if");
        Cli.Run r = run(sampleArgs("experiment", "-q", "--as-of", AS_OF.toString(), "--set",
                "SRC-REGISTRATION.verification-tolerance=0.5h", "--out", out.toString()).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        var baseline = SecondhandPilot.enterprisePacks().asOf(AS_OF).orElseThrow();
        var variant = baseline.withParameter(SecondhandPilot.SRC_REGISTRATION, "verification-tolerance", 0.5)
                .withVersion(baseline.version() + "-variant");
        List<EnterpriseSubject> subjects = new ArrayList<>();
        for (Path file : sampleFiles()) {
            var read = LedgerReader.defaults().read(file);
            subjects.add(EnterpriseSubject.of(read.ledger(), read.header().profile().orElse(EnterpriseProfile.UNDECLARED)));
        }
        var result = PolicyExperiment.compare(ComplianceEngine.create(), baseline, variant, subjects, AS_OF);
        String title = "Enterprises as of " + AS_OF + " with SRC-REGISTRATION.verification-tolerance=0.5h";
        assertThat(r.out()).isEqualTo(ExperimentReport.of(result, ReportOptions.defaults().withSyntheticData(true)
                .withTitle(title)).render(ReportFormat.TEXT));
        assertThat(Cli.entries(out)).contains("index.html").anyMatch(name -> name.startsWith("experiment"));
    }

    @Test
    void validateReportsACleanSampleAndExitsZero() {
        Cli.Run r = run(sampleArgs("validate", "-q").toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        for (Path file : sampleFiles()) {
            assertThat(r.out()).contains(file + ": clean");
        }
        assertThat(r.out()).contains("200").contains("synthetic data").doesNotContain("NOT CLEAN");
    }

    @Test
    void validateGroupsUnreadableAndRejectedRecordsByReasonAndExitsOne() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sampleFiles().get(0), StandardCharsets.UTF_8));
        for (int line : List.of(3, 4, 9)) { // three unknown types, lines 4, 5 and 10 of the file
            lines.set(line, lines.get(line).replace("\"type\":\"", "\"type\":\"X"));
        }
        lines.add(lines.get(2)); // the item's first event again: an event for an item out of its group
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        var expected = LedgerReader.defaults().read(file).report();
        assertThat(expected.unreadableCount()).isGreaterThanOrEqualTo(3);

        Cli.Run r = run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ": NOT CLEAN").contains("4, 5, 10")
                .contains(String.format("%,d unreadable", expected.unreadableCount()))
                .contains(String.format("%,d rejected", expected.rejected().size()));
        for (var u : expected.unreadable()) {
            assertThat(r.out()).contains(u.reason());
        }
    }

    @Test
    void csvTradeRecordsAreReadWithTheHeaderOfAnotherLedgerFile() throws IOException {
        Path csv = dir.resolve("trades.csv");
        Files.writeString(csv, "record_id,item_id,category,brand,model,actor,bought_in_at,intake_channel,seller_kind,"
                + "seller_name\r\nR-1,PHONE-1,electronics/phone,Quenado,Q7,staff-07,2025-03-01T09:30:00+08:00,BUY_BACK,"
                + "PERSON,walk-in\r\n", StandardCharsets.UTF_8);
        Path header = sampleFiles().get(0);
        Cli.Run r = run("validate", "-q", csv.toString(), "--csv-header", header.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        var h = LedgerReader.defaults().readHeader(header);
        assertThat(r.out()).contains(csv + ": clean").contains(h.enterprise().name())
                .contains("1 submitted: 1 events accepted");
        assertThat(h.period()).isEqualTo(ReportingPeriod.ofYear(2025));
        Cli.Run score = run("score", "-q", "--as-of", AS_OF.toString(), csv.toString(), "--csv-header", header.toString());
        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(score.out()).contains(h.enterprise().creditCode().toString());
    }

    @Test
    void rulesListsEveryRuleOfThePackWithItsParametersInEveryFormat() throws IOException {
        List<RuleDescription> rules = SecondhandPilot.enterprisePack().describe();
        Cli.Run text = run("rules");
        assertThat(text.exit()).isZero();
        for (RuleDescription d : rules) {
            assertThat(text.out()).contains(d.id() + "  " + d.title());
            d.terms().forEach(t -> assertThat(text.out()).contains("term        " + t.label() + ": " + t.target()));
            d.parameters().forEach(p -> assertThat(text.out()).contains("parameter   " + p.name() + " ("));
            d.citation().sources().forEach(s -> assertThat(text.out()).contains(s.basis().label()));
        }
        JsonNode json = new ObjectMapper().readTree(run("rules", "--format", "json").out());
        assertThat(json.get("pack").asText()).isEqualTo(SecondhandPilot.ENTERPRISE_PACK_ID);
        assertThat(json.get("rules")).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = json.get("rules").get(i);
            assertThat(rule.get("id").asText()).isEqualTo(rules.get(i).id().toString());
            assertThat(rule.get("parameters")).hasSize(rules.get(i).parameters().size());
            assertThat(rule.get("terms")).hasSize(rules.get(i).terms().size());
            for (int t = 0; t < rules.get(i).terms().size(); t++) {
                assertThat(rule.get("terms").get(t).get("scope").asText()).isEqualTo(rules.get(i).terms().get(t).scope());
            }
        }
        long rows = rules.stream().mapToLong(d -> d.terms().size()
                + d.parameters().stream().mapToLong(p -> p.values().size()).sum()).sum();
        assertThat(run("rules", "--format", "csv").out().split("\r\n")).hasSize((int) rows + 1);
        Cli.Run md = run("rules", "--format", "md", "--pack", "city");
        assertThat(md.out()).startsWith("# " + SecondhandPilot.CITY_PACK_ID);
        SecondhandPilot.cityPack().describe().forEach(d -> assertThat(md.out()).contains("## " + d.id() + ": "));
    }

    @Test
    void rulesAsOfADateListsOnlyTheTermsInForceThen() {
        RuleId erasure = SecondhandPilot.DATA_ERASURE;
        var description = SecondhandPilot.enterprisePack().describe().stream().filter(d -> d.id().equals(erasure))
                .findFirst().orElseThrow();
        assertThat(description.terms()).hasSizeGreaterThan(1);
        String all = run("rules", "--format", "csv").out();
        String then = run("rules", "--format", "csv", "--as-of", "2025-06-30").out();
        long inForce = description.terms().stream().filter(t -> t.period().contains(java.time.LocalDate.of(2025, 6, 30)))
                .count();
        assertThat(then.lines().filter(l -> l.startsWith(erasure + ",") && l.contains(",term,")).count()).isEqualTo(inForce);
        assertThat(all.lines().filter(l -> l.startsWith(erasure + ",") && l.contains(",term,")).count())
                .isEqualTo(description.terms().size());
    }

    @Test
    void sampleWritesTheTestkitsSyntheticFilesByteForByte() throws IOException {
        Path out = dir.resolve("sample");
        Cli.Run r = run("sample", "--out", out.toString(), "--seed", "7", "--items", "120", "--enterprises", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 synthetic ledger files");
        Path expected = dir.resolve("expected");
        SyntheticFiles.write(SyntheticPilot.builder().seed(7).cities(1).enterprisesPerCity(3).itemsPerEnterprise(40)
                .period(ReportingPeriod.ofYear(2025)).build(), expected);
        assertThat(Cli.entries(out)).isEqualTo(Cli.entries(expected)).hasSize(3);
        for (String name : Cli.entries(out)) {
            assertThat(Files.readAllBytes(out.resolve(name))).isEqualTo(Files.readAllBytes(expected.resolve(name)));
            assertThat(LedgerReader.defaults().readHeader(out.resolve(name)).synthetic()).isTrue();
        }
        assertThat(Cli.entries(dir)).containsExactly("expected", "sample");
        // and what it wrote scores
        List<String> args = new ArrayList<>(List.of("score", "-q", "--as-of", "2025-12-31"));
        Cli.entries(out).forEach(n -> args.add(out.resolve(n).toString()));
        assertThat(run(args.toArray(String[]::new)).exit()).isZero();
    }

    @Test
    void everyCommandHasHelpWithExamplesAndTheVersion() {
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("validate", "score", "experiment", "rules", "sample")) {
                assertThat(run(command, "--help").out()).isNotEmpty();
            }
            assertThat(run("--help").out()).isNotEmpty();
        } finally {
            System.setErr(systemErr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).as("picocli's warnings about help texts").isEmpty();
        for (String command : List.of("validate", "score", "experiment", "rules", "sample")) {
            Cli.Run help = run(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.err()).isEmpty();
            assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
            assertThat(help.out()).contains("Usage: circular " + command).contains("Examples:")
                    .contains("  circular " + command).contains("Exit codes:");
            Cli.Run version = run(command, "--version");
            assertThat(version.exit()).isZero();
            assertThat(version.out()).startsWith("circular " + Circular.Version.version());
        }
        Cli.Run top = run("--help");
        assertThat(top.out()).contains("validate").contains("score").contains("experiment").contains("rules")
                .contains("sample").contains("Examples:");
        assertThat(Circular.Version.version()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(run("help", "score").out()).contains("--fail-below");
    }

    @Test
    void quietPrintsNothingOnStderr() {
        Cli.Run r = run(sampleArgs("score", "--quiet", "--as-of", AS_OF.toString()).toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isNotEmpty();
    }

    @Test
    void theStatusesOfTheHelpAreTheStatusesOfTheCode() {
        assertThat(List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE, ExitCodes.IO, ExitCodes.INTERNAL))
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(run("--help").out()).contains("  0   Success.").contains("  1   Findings")
                .contains("  2   Usage error").contains("  3   An input cannot be read").contains("  4   An internal error");
        assertThat(picocli.CommandLine.ExitCode.USAGE).isEqualTo(ExitCodes.USAGE);
    }
}
