package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.circularj.rules.Band;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Every kind of report read back with real parsers from test scope: JSON with Jackson, HTML with jsoup,
 * CSV with Commons CSV. Expected numbers are worked by hand in {@link ReportFixtures}.
 */
class ParsedReportsTest {

    /** Reads numbers as exact decimals, so "75.00" keeps its two decimals. */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ReportOptions SYNTHETIC = ReportOptions.defaults().withSyntheticData(true);

    private static JsonNode json(Report report) throws IOException {
        return JACKSON.readTree(report.render(ReportFormat.JSON));
    }

    private static Document html(Report report) {
        return Jsoup.parse(report.render(ReportFormat.HTML));
    }

    private static List<CSVRecord> csv(Report report) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.render(ReportFormat.CSV)))) {
            return parser.getRecords();
        }
    }

    private static List<String> csvHeader(Report report) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.render(ReportFormat.CSV)))) {
            return parser.getHeaderNames();
        }
    }

    private static ScorecardReport scorecard() {
        return ScorecardReport.of(ReportFixtures.dealerOne(), SYNTHETIC);
    }

    private static ExperimentReport experiment() {
        return ExperimentReport.of(ReportFixtures.experiment(), SYNTHETIC);
    }

    private static SensitivityReport sweep() {
        return SensitivityReport.of(ReportFixtures.retentionSweep(), SYNTHETIC);
    }

    private static void assertStamped(Document doc) {
        assertThat(doc.select("div.stamp").text()).isEqualTo(Fmt.SYNTHETIC);
        assertThat(doc.select("footer .stamp").text()).isEqualTo(Fmt.SYNTHETIC);
        assertThat(doc.title()).endsWith("(synthetic data)");
        for (Element svg : doc.select("svg")) {
            assertThat(svg.select("text.svg-stamp").text()).as("stamp on chart %s", svg.attr("aria-label"))
                    .isEqualTo(Fmt.SYNTHETIC);
        }
    }

    // Scorecard and overview

    @Test
    void aScorecardParsedByJacksonHasItsScoreFindingsAndShareCounts() throws IOException {
        JsonNode root = json(scorecard());
        assertThat(root.get("kind").asText()).isEqualTo("scorecard");
        assertThat(root.get("syntheticData").asBoolean()).isTrue();
        JsonNode card = root.get("scorecard");
        // Data protection (weight 1) attains 0, Sourcing (weight 3) attains 1: 75, capped by DATA-ERASURE.
        assertThat(card.get("score").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(card.get("band").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(card.get("cappedBy").get(0).asText()).isEqualTo("DATA-ERASURE");
        JsonNode erasure = card.get("findings").get(0);
        assertThat(erasure.get("measurement").get("numerator").asLong()).isEqualTo(468);
        assertThat(erasure.get("measurement").get("denominator").asLong()).isEqualTo(480);
        assertThat(erasure.get("citation").get("title").asText()).isEqualTo(ReportFixtures.ERASURE_STANDARD_TITLE);
    }

    @Test
    void aScorecardParsedByJsoupHasItsChartFindingsRowsBandColourAndStamp() {
        Document doc = html(scorecard());
        assertStamped(doc);
        assertThat(doc.select("svg")).hasSize(1);
        // The total bar is NON_COMPLIANT red at 75 % of 400 pixels.
        Element total = doc.select("svg rect").first();
        assertThat(total.attr("fill")).isEqualTo("#cf222e");
        assertThat(total.attr("width")).isEqualTo("300");
        Elements rows = doc.select("section table tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).hasClass("outcome-not-met")).isTrue();
        assertThat(rows.get(0).text()).contains("DATA-ERASURE", ReportFixtures.ERASURE_STANDARD_TITLE, "12 offending: P000");
        assertThat(rows.get(2).select("span.library-default")).hasSize(1);
        assertThat(doc.select("span.band-non-compliant").text()).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void aScorecardRoundTripsThroughCommonsCsv() throws IOException {
        List<CSVRecord> records = csv(scorecard());
        assertThat(csvHeader(scorecard())).isEqualTo(CsvRenderer.FINDING_COLUMNS);
        assertThat(records).extracting(r -> r.get("rule_id")).containsExactly("DATA-ERASURE", "SRC-PROHIBITED",
                "SRC-RETENTION");
        assertThat(records.get(0).get("subject_name")).isEqualTo("示例 Dealer One");
        assertThat(records.get(0).get("measured_value")).isEqualTo("0.975");
        assertThat(records.get(2).get("library_default")).isEqualTo("true");
        assertThat(records).allSatisfy(r -> assertThat(r.get("synthetic_data")).isEqualTo("true"));
    }

    @Test
    void anOverviewParsedByJacksonRanksTheSubjects() throws IOException {
        JsonNode subjects = json(OverviewReport.of(ReportFixtures.pilot(), SYNTHETIC)).get("subjects");
        assertThat(subjects).extracting(s -> s.get("subjectId").asText() + " " + s.get("score").decimalValue())
                .containsExactly("E2 100.00", "E1 75.00", "E3 75.00", "E4 25.00");
    }

    @Test
    void anOverviewParsedByJsoupHasOneRowAndOneBandColouredBarPerSubject() {
        Document doc = html(OverviewReport.of(ReportFixtures.pilot(), SYNTHETIC));
        assertStamped(doc);
        assertThat(doc.select("svg rect")).extracting(r -> r.attr("fill"))
                .containsExactly("#1a7f37", "#cf222e", "#cf222e", "#cf222e");
        assertThat(doc.select("table tbody tr")).hasSize(4);
    }

    @Test
    void anOverviewWithAQuotedNameRoundTripsThroughCommonsCsv() throws IOException {
        String name = "示例 \"Good, Cheap\"\r\nShop";
        var shop = new ReportFixtures.Shop("E9", name, java.util.OptionalDouble.of(3), ReportFixtures.phones(10, 0, 0));
        List<CSVRecord> records = csv(OverviewReport.of(List.of(ReportFixtures.score(shop)), SYNTHETIC));
        assertThat(records).singleElement().satisfies(r -> assertThat(r.get("subject_name")).isEqualTo(name));
    }

    // Experiment

    @Test
    void anExperimentParsedByJacksonHasTheHandWorkedSummary() throws IOException {
        JsonNode root = json(experiment());
        assertThat(root.get("kind").asText()).isEqualTo("experiment");
        JsonNode summary = root.get("summary");
        // Baseline 75, 100, 75, 25; variant 62.5, 100, 62.5, 25.
        assertThat(summary.get("baselineScores").get("mean").decimalValue()).isEqualByComparingTo("68.75");
        assertThat(summary.get("baselineScores").get("median").decimalValue()).isEqualByComparingTo("75");
        assertThat(summary.get("variantScores").get("mean").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(summary.get("deltas").get("min").decimalValue()).isEqualByComparingTo("-12.5");
        assertThat(summary.get("deltas").get("mean").decimalValue()).isEqualByComparingTo("-6.25");
        assertThat(summary.get("variantBands").get("NEEDS_IMPROVEMENT").asInt()).isEqualTo(2);
        assertThat(root.get("movedBand").asInt()).isEqualTo(2);
        assertThat(root.get("upgraded").asInt()).isEqualTo(2);
        assertThat(root.get("downgraded").asInt()).isZero();
    }

    @Test
    void anExperimentParsedByJacksonHasAll25MigrationCellsAndTheSubjectsRankedByDelta() throws IOException {
        JsonNode root = json(experiment());
        assertThat(root.get("migration")).hasSize(25);
        assertThat(root.get("migration")).filteredOn(c -> c.get("count").asInt() > 0)
                .extracting(c -> c.get("from").asText() + ">" + c.get("to").asText() + "=" + c.get("count").asInt())
                .containsExactly("EXEMPLARY>EXEMPLARY=1", "NON_COMPLIANT>NEEDS_IMPROVEMENT=2",
                        "NON_COMPLIANT>NON_COMPLIANT=1");
        assertThat(root.get("comparisons"))
                .extracting(c -> c.get("subjectId").asText() + " " + c.get("delta").decimalValue())
                .containsExactly("E1 -12.50", "E3 -12.50", "E2 0.00", "E4 0.00");
        assertThat(root.get("ruleImpacts")).extracting(i -> i.get("ruleId").asText() + " "
                + i.get("subjectsChanged").asInt() + " " + i.get("subjectsMovedBand").asInt())
                .containsExactly("DATA-ERASURE 2 2", "SRC-RETENTION 2 2");
    }

    @Test
    void anExperimentParsedByJsoupHasTheMigrationMatrixInBandColours() {
        Document doc = html(experiment());
        assertStamped(doc);
        Elements cells = doc.select("svg rect.cell");
        assertThat(cells).hasSize(25);
        // Cell (from, to) is tinted in the colour of "to", and outlined on the diagonal.
        for (int i = 0; i < 25; i++) {
            Band from = Band.values()[i / 5];
            Band to = Band.values()[i % 5];
            assertThat(cells.get(i).attr("fill")).isEqualTo(HtmlRenderer.colour(to));
            assertThat(cells.get(i).attr("stroke-width")).isEqualTo(from == to ? "2" : "1");
        }
        // NON_COMPLIANT → NEEDS_IMPROVEMENT holds the most subjects (2): full strength, and says so.
        Element busiest = cells.get(3 * 5 + 2);
        assertThat(busiest.attr("fill-opacity")).isEqualTo("1");
        assertThat(busiest.parent().select("text").text()).isEqualTo("2");
        assertThat(cells.get(1).attr("fill-opacity")).isEqualTo("0");
    }

    @Test
    void anExperimentParsedByJsoupHasTheDeltasTableAndRuleImpacts() {
        Document doc = html(experiment());
        Elements rows = doc.select("table.deltas tbody tr");
        assertThat(rows).extracting(r -> r.select("td").get(1).text() + " " + r.select("td").get(5).text())
                .containsExactly("E1 -12.50", "E3 -12.50", "E2 0.00", "E4 0.00");
        assertThat(rows.get(0).select("span.band")).extracting(Element::text)
                .containsExactly("NON_COMPLIANT", "NEEDS_IMPROVEMENT");
        assertThat(rows.get(2).select("span.band")).extracting(Element::text).containsExactly("EXEMPLARY");
        assertThat(doc.select("table.impacts tbody tr")).hasSize(2);
    }

    @Test
    void anExperimentRoundTripsThroughCommonsCsvOneRowPerSubject() throws IOException {
        assertThat(csvHeader(experiment())).isEqualTo(CsvRenderer.COMPARISON_COLUMNS);
        List<CSVRecord> records = csv(experiment());
        assertThat(records).extracting(r -> r.get("subject_id") + " " + r.get("delta") + " " + r.get("moved_band"))
                .containsExactly("E1 -12.50 true", "E3 -12.50 true", "E2 0.00 false", "E4 0.00 false");
        assertThat(records.get(0).get("subject_name")).isEqualTo("示例 Dealer One");
        assertThat(records.get(0).get("changed_rules")).isEqualTo("DATA-ERASURE;SRC-RETENTION");
        assertThat(records.get(0).get("variant_pack_version")).isEqualTo("1-variant");
    }

    @Test
    void anExperimentRanksTheSameWhateverTheOrderOfThePopulation() {
        var reversed = new java.util.ArrayList<>(ReportFixtures.shops());
        java.util.Collections.reverse(reversed);
        var result = io.github.circularj.rules.experiment.PolicyExperiment.compare(ReportFixtures.pack(),
                ReportFixtures.relaxedErasureLongerRetention(), reversed, ReportFixtures.AS_OF);
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ExperimentReport.of(result, SYNTHETIC).render(format)).isEqualTo(experiment().render(format));
        }
    }

    // Sensitivity

    @Test
    void aSweepParsedByJacksonHasOneRowPerValueWithTheHandWorkedMeans() throws IOException {
        JsonNode root = json(sweep());
        assertThat(root.get("kind").asText()).isEqualTo("sensitivity");
        // At 5 years E1 and E3 fall to 37.5: (37.5 + 100 + 37.5 + 25) / 4 = 50; at 7 years E2 falls to 62.5:
        // 162.5 / 4 = 40.625, written half up as 40.63.
        assertThat(root.get("rows")).extracting(r -> r.get("value").decimalValue().toPlainString() + " "
                + r.get("scores").get("mean").decimalValue().toPlainString())
                .containsExactly("1 68.75", "3 68.75", "5 50.00", "7 40.63");
        assertThat(root.get("rows").get(3).get("bands").get("NEEDS_IMPROVEMENT").asInt()).isEqualTo(1);
        assertThat(root.get("rows").get(3).get("movedBand").asInt()).isEqualTo(1);
    }

    @Test
    void aSweepParsedByJsoupHasALineChartOfTheMeanScoreAndOneLinePerBand() {
        Document doc = html(sweep());
        assertStamped(doc);
        Element mean = doc.selectFirst("svg polyline.mean-line");
        // x from 60 (1 year) to 640 (7 years); y = 280 - 240 × mean / 100.
        assertThat(mean.attr("points")).isEqualTo("60,115 253.3,115 446.7,160 640,182.5");
        Elements bandLines = doc.select("svg polyline.band-line");
        assertThat(bandLines).extracting(l -> l.attr("stroke"))
                .containsExactly("#1a7f37", "#0969da", "#bf8700", "#cf222e", "#6e7781");
        assertThat(doc.select("svg circle")).hasSize(4);
        assertThat(doc.select("table.sensitivity tbody tr")).hasSize(4);
    }

    @Test
    void aSweepRoundTripsThroughCommonsCsvOneRowPerValue() throws IOException {
        assertThat(csvHeader(sweep())).isEqualTo(CsvRenderer.SENSITIVITY_COLUMNS);
        List<CSVRecord> records = csv(sweep());
        assertThat(records).extracting(r -> r.get("label") + "|" + r.get("mean") + "|" + r.get("mean_delta"))
                .containsExactly("at least 1 year|68.75|0.00", "at least 3 years|68.75|0.00",
                        "at least 5 years|50.00|-18.75", "at least 7 years|40.63|-28.13");
        assertThat(records).allSatisfy(r -> assertThat(r.get("parameter")).isEqualTo("threshold of SRC-RETENTION"));
    }

    // Schema (hand checker; no JSON Schema validator is available in test scope)

    @Test
    @SuppressWarnings("unchecked")
    void experimentAndSweepReportsMatchTheSchema() throws IOException {
        MiniSchema schema = new MiniSchema((Map<String, Object>) MiniJson.parse(
                java.nio.file.Files.readString(java.nio.file.Path.of("../docs/report-schema.json"))));
        assertThat(schema.validate(MiniJson.parse(experiment().render(ReportFormat.JSON)))).isEmpty();
        assertThat(schema.validate(MiniJson.parse(sweep().render(ReportFormat.JSON)))).isEmpty();
        String tampered = experiment().render(ReportFormat.JSON).replace("\"movedBand\": 2,", "\"movedBand\": \"2\",");
        assertThat(schema.validate(MiniJson.parse(tampered))).isNotEmpty();
    }
}
