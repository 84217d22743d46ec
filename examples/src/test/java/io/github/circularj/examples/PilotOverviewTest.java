package io.github.circularj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PilotOverviewTest {

    @TempDir
    Path dir;

    private Console runSmall(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "--items";
        args[1] = "480";
        args[2] = "--out";
        args[3] = dir.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Console.run(PilotOverview::run, args);
    }

    @Test
    void writesTheHtmlJsonAndCsvOfTheOverviewsAndOfEveryCity() throws IOException {
        Console console = runSmall();
        assertThat(console.status()).isZero();
        try (var files = Files.list(dir)) {
            // enterprises, cities, and per city its scorecard and its enterprises: 2 + 3 × 2 reports, 3 formats each.
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(24)
                    .contains("enterprises.html", "enterprises.json", "enterprises.csv", "cities.html");
        }
    }

    @Test
    void theOverviewPageParsesWithABandColouredBarPerEnterpriseAndTheSyntheticStamp() throws IOException {
        runSmall();
        Document doc = Jsoup.parse(dir.resolve("enterprises.html").toFile(), "UTF-8");
        assertThat(doc.select("div.stamp").text()).isEqualTo("synthetic data");
        assertThat(doc.select("svg text.svg-stamp").text()).isEqualTo("synthetic data");
        assertThat(doc.select("table tbody tr")).hasSize(SyntheticPilots.enterprises());
        assertThat(doc.select("svg rect")).hasSize(SyntheticPilots.enterprises())
                .allSatisfy(bar -> assertThat(bar.attr("fill")).isIn("#1a7f37", "#0969da", "#bf8700", "#cf222e"));
    }

    @Test
    void theJsonParsesAndIsStampedSynthetic() throws IOException {
        runSmall();
        JsonNode root = new ObjectMapper().readTree(dir.resolve("cities.json").toFile());
        assertThat(root.get("kind").asText()).isEqualTo("overview");
        assertThat(root.get("syntheticData").asBoolean()).isTrue();
        assertThat(root.get("subjects")).hasSize(SyntheticPilots.CITIES);
    }

    @Test
    void theCsvHasOneRowPerEnterprise() throws IOException {
        runSmall();
        try (Reader in = Files.newBufferedReader(dir.resolve("enterprises.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
            assertThat(rows).hasSize(SyntheticPilots.enterprises())
                    .allSatisfy(r -> assertThat(r.get("synthetic_data")).isEqualTo("true"));
        }
    }

    @Test
    void printsARankedOverviewAndWhereTheHtmlIs() {
        Console console = runSmall("--as-of", "2026-12-31", "--seed", "7");
        assertThat(console.out()).contains("*** synthetic data ***", "24 subjects, ranked by score",
                "3 subjects, ranked by score", "Open " + dir.resolve("enterprises.html").toAbsolutePath().toUri());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        runSmall("--seed", "11");
        byte[] first = Files.readAllBytes(dir.resolve("enterprises.json"));
        runSmall("--seed=11");
        assertThat(Files.readAllBytes(dir.resolve("enterprises.json"))).isEqualTo(first);
    }

    @Test
    void showsProgressOnStderrOnlyForALargePilot() {
        assertThat(runSmall().err()).isEmpty();
        Console large = Console.run(PilotOverview::run, "--items", Long.toString(PilotOverview.PROGRESS_THRESHOLD),
                "--out", dir.toString());
        assertThat(large.err()).contains("scored 24 of 24 enterprises", "scoring 3 cities");
    }

    @Test
    void printsTheUsageForHelp() {
        Console console = Console.run(PilotOverview::run, "--help");
        assertThat(console.status()).isZero();
        assertThat(console.out()).startsWith("usage: PilotOverview");
    }

    @Test
    void rejectsAnUnknownOptionWithTheUsageAndStatus2() {
        Console console = Console.run(PilotOverview::run, "--colour", "red");
        assertThat(console.status()).isEqualTo(2);
        assertThat(console.err()).startsWith("PilotOverview: unknown option \"--colour\"").contains("usage:");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void rejectsABadDateWithStatus2() {
        Console console = Console.run(PilotOverview::run, "--as-of", "31.12.2026");
        assertThat(console.status()).isEqualTo(2);
        assertThat(console.err()).contains("--as-of \"31.12.2026\" is not a date like 2026-12-31");
    }

    @Test
    void rejectsAMissingValueWithStatus2() {
        Console console = Console.run(PilotOverview::run, "--items");
        assertThat(console.status()).isEqualTo(2);
        assertThat(console.err()).contains("option --items needs a value");
    }

    @Test
    void rejectsZeroItemsAndANonNumberWithStatus2() {
        assertThat(Console.run(PilotOverview::run, "--items", "0").err()).contains("--items \"0\" is below 1");
        assertThat(Console.run(PilotOverview::run, "--seed", "abc").status()).isEqualTo(2);
    }
}
