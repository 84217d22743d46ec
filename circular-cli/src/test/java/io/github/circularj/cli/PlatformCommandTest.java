package io.github.circularj.cli;

import static io.github.circularj.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.io.PlatformFiles;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformSubject;
import io.github.circularj.rules.report.OverviewReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.testkit.PlatformViolation;
import io.github.circularj.testkit.SyntheticFiles;
import io.github.circularj.testkit.SyntheticPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pack platform}: synthetic platform operators written as platform files, scored by the command; the output
 * compared with what the library gives for the same records, and every planted violation found.
 */
class PlatformCommandTest {

    private static final LocalDate AS_OF = SyntheticPlatform.AS_OF;

    @TempDir
    Path dir;

    private static SyntheticPlatform platform(long seed) {
        SyntheticPlatform.Builder b = SyntheticPlatform.builder(seed).sellers(200);
        for (PlatformViolation v : PlatformViolation.values()) {
            b.rate(v, 0.03);
        }
        return b.build();
    }

    @Test
    void scoresEachPlatformFileAsTheLibraryScoresItsRecords() throws IOException {
        List<SyntheticPlatform> platforms = List.of(platform(31), platform(32));
        List<Path> files = SyntheticFiles.writePlatforms(platforms, dir);
        Cli.Run r = run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "platform", "--format", "csv",
                files.get(0).toString(), files.get(1).toString());
        assertThat(r.exit()).as(r.err()).isZero();

        ComplianceEngine engine = ComplianceEngine.create();
        List<Scorecard> expected = platforms.stream().map(p -> engine.score(p.subject(), PlatformOperator.pack(), AS_OF))
                .collect(Collectors.toList());
        ReportOptions options = ReportOptions.defaults().withSyntheticData(true)
                .withTitle("2 platforms from 2 files, as of " + AS_OF);
        assertThat(r.out()).isEqualTo(OverviewReport.of(expected, options).render(ReportFormat.CSV));
        // every planted violation of the first platform is exactly the evidence of its rule, read from the file
        Scorecard first = engine.score(PlatformSubject.of(PlatformFiles.read(files.get(0)).result(),
                EnterpriseProfile.UNDECLARED), PlatformOperator.pack(), AS_OF);
        for (PlatformViolation v : PlatformViolation.values()) {
            Finding f = first.finding(v.rule()).orElseThrow();
            assertThat(f.measurement().evidence().count()).as(v.name()).isEqualTo(platforms.get(0).planted(v).size());
        }
    }

    @Test
    void sampleWritesPlatformFilesThatScoreFindsTheViolationsIn() throws IOException {
        Path out = dir.resolve("p");
        Cli.Run sample = run("sample", "-q", "--out", out.toString(), "--pack", "platform", "--items", "300",
                "--enterprises", "3");
        assertThat(sample.exit()).as(sample.err()).isZero();
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSize(3).allMatch(f -> f.getFileName().toString().startsWith("platform-"));
        assertThat(PlatformFiles.read(files.get(0)).header().synthetic()).isTrue();
        Cli.Run r = run("score", "-q", "--as-of", AS_OF.toString(), "--pack", "platform",
                files.get(0).toString(), files.get(1).toString(), files.get(2).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 platforms from 3 files").contains("synthetic");

        Path again = dir.resolve("again");
        assertThat(run("sample", "-q", "--out", again.toString(), "--pack", "platform", "--items", "300",
                "--enterprises", "3").exit()).isZero();
        assertThat(Files.readAllBytes(again.resolve(files.get(0).getFileName()))).as("the same bytes for the same seed")
                .isEqualTo(Files.readAllBytes(files.get(0)));
    }

    @Test
    void aLedgerFileGivenAsAPlatformFileFailsWithTheReason() throws IOException {
        Path ledger = dir.resolve("ledger.jsonl");
        Files.writeString(ledger, "{\"format\":\"circular-ledger\",\"version\":1}\n");
        run("score", "--as-of", AS_OF.toString(), "--pack", "platform", ledger.toString())
                .failsWith(ExitCodes.IO, "is not a platform file");
        run("sample", "--out", dir.resolve("y").toString(), "--pack", "platform", "--year", "2024")
                .failsWith(ExitCodes.USAGE, "the platform sample is of 2025");
    }

    @Test
    void validateReadsPlatformFilesBesideLedgerFilesAndReportsTheirBadLines() throws IOException {
        List<Path> files = SyntheticFiles.writePlatforms(List.of(platform(31), platform(32)), dir);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(files.get(1)));
        lines.set(1, lines.get(1).replace("\"kind\":\"", "\"kind\":\"NOT_A_KIND_"));
        lines.add("{\"type\":\"ITEM\",\"itemId\":\"X-1\"}");
        Files.write(files.get(1), lines);
        Path ledger = dir.resolve("ledger.jsonl");
        io.github.circularj.io.LedgerWriter.defaults().withSynthetic(true).writeJsonLines(io.github.circularj.model.lifecycle
                .Ledger.of(platform(31).records().records().platform(), SyntheticPlatform.PERIOD, List.of()), ledger);

        Cli.Run r = run("validate", "-q", files.get(0).toString(), ledger.toString(), files.get(1).toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out().indexOf(files.get(0) + ": clean (platform file)")).isZero();
        assertThat(r.out()).contains(ledger + ": clean").contains(files.get(1) + ": NOT CLEAN (platform file)")
                .contains("  sellers     199").contains("a listing follows its seller's line").contains("field \"kind\"")
                .contains("a platform file holds no items");
        assertThat(r.out().indexOf(ledger.toString())).as("in the order given")
                .isBetween(r.out().indexOf(files.get(0).toString()) + 1, r.out().indexOf(files.get(1) + ": NOT CLEAN"));
    }

    @Test
    void rulesListsThePlatformPack() {
        Cli.Run r = run("rules", "--pack", "platform");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(PlatformOperator.PACK_ID);
        PlatformOperator.pack().describe().forEach(d -> assertThat(r.out()).contains(d.id() + "  " + d.title()));
    }

    @Test
    void twoFilesOfOnePlatformAreRefused() throws IOException {
        SyntheticPlatform one = platform(31);
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        PlatformFiles.write(one.records().records(), true, Optional.empty(), a);
        Files.copy(a, b);
        run("score", "--as-of", AS_OF.toString(), "--pack", "platform", a.toString(), b.toString())
                .failsWith(ExitCodes.USAGE, "both hold the records of platform");
    }
}
