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
    void writesALinkedSiteWithAPagePerCityAndEnterpriseAndTheExperimentAndSweep() throws IOException {
        Console console = runSmall();
        assertThat(console.status()).isZero();
        try (var files = Files.list(dir)) {
            // index; per city and enterprise a page with its JSON and CSV; the overviews' JSON and CSV;
            // the experiment's and the sweep's page and JSON: 1 + 27 × 3 + 4 + 2 × 2.
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(90)
                    .contains("index.html", "enterprises.json", "enterprises.csv", "cities.json", "cities.csv",
                            "city-138100.html", "enterprise-91138100MA000P2EWQ.html", "experiment-1.html",
                            "sensitivity-1.html");
        }
    }

    @Test
    void theIndexParsesWithABandColouredBarPerEnterpriseLinksToEveryPageAndTheSyntheticStamp() throws IOException {
        runSmall();
        Document doc = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(doc.select("div.stamp").text()).isEqualTo("synthetic data");
        assertThat(doc.select("svg text.svg-stamp").text()).isEqualTo("synthetic data");
        assertThat(doc.select("table.ranking")).hasSize(2);
        assertThat(doc.select("table.ranking").get(0).select("tbody tr")).hasSize(SyntheticPilots.CITIES);
        assertThat(doc.select("table.ranking").get(1).select("tbody tr")).hasSize(SyntheticPilots.enterprises());
        assertThat(doc.select("svg rect")).hasSize(SyntheticPilots.enterprises())
                .allSatisfy(bar -> assertThat(bar.attr("fill")).isIn("#1a7f37", "#0969da", "#bf8700", "#cf222e"));
        for (String href : doc.select("a[href]").eachAttr("href")) {
            assertThat(dir.resolve(href.replaceAll("#.*", ""))).as(href).isRegularFile();
        }
    }

    @Test
    void theIndexRanksEnterprisesByBandThenScore() throws IOException {
        runSmall();
        Document doc = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        List<String> bands = doc.select("table.ranking").get(1).select("tbody tr td[data-label=Band] .band").eachText();
        List<String> sorted = bands.stream().sorted((a, b) -> Integer.compare(
                io.github.circularj.rules.Band.valueOf(a).ordinal(), io.github.circularj.rules.Band.valueOf(b).ordinal()))
                .toList();
        assertThat(bands).hasSize(SyntheticPilots.enterprises()).isEqualTo(sorted);
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
        assertThat(console.out()).contains("*** synthetic data ***", "24 subjects, ranked by band, then score",
                "3 subjects, ranked by band, then score", "Open " + dir.resolve("index.html").toAbsolutePath().toUri());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        runSmall("--seed", "11");
        java.util.Map<String, byte[]> first = new java.util.TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                first.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        runSmall("--seed=11");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(first.keySet());
        }
        first.forEach((name, bytes) -> {
            try {
                assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotASite() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Console console = runSmall();
        assertThat(console.status()).isEqualTo(1);
        assertThat(console.err()).startsWith("PilotOverview: cannot write the report site: directory ")
                .contains("exists and is neither empty nor a report site");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void showsProgressOnStderrOnlyForALargePilot() {
        assertThat(runSmall().err()).isEmpty();
        Console large = Console.run(PilotOverview::run, "--items", Long.toString(PilotOverview.PROGRESS_THRESHOLD),
                "--out", dir.toString());
        assertThat(large.err()).contains("scored 24 of 24 enterprises", "scoring 3 cities", "comparing with a stricter pack");
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
