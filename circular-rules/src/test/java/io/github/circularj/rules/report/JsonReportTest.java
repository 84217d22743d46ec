package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @SuppressWarnings("unchecked")
    private static MiniSchema schema() throws IOException {
        return new MiniSchema((Map<String, Object>) MiniJson.parse(Files.readString(Path.of("../docs/report-schema.json"))));
    }

    @Test
    void aScorecardReportParsesAndMatchesTheSchema() throws IOException {
        Object json = MiniJson.parse(ScorecardReport.of(ReportFixtures.dealerOne()).render(ReportFormat.JSON));
        assertThat(schema().validate(json)).isEmpty();
    }

    @Test
    void anOverviewReportParsesAndMatchesTheSchema() throws IOException {
        Object json = MiniJson.parse(Reports.renderOverview(ReportFixtures.pilot(), ReportFormat.JSON, "示例"));
        assertThat(schema().validate(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsAReportWithAnUndocumentedKey() throws IOException {
        String text = ScorecardReport.of(ReportFixtures.dealerOne()).render(ReportFormat.JSON)
                .replace("\"rated\": true", "\"rated\": true, \"extra\": 1");
        assertThat(schema().validate(MiniJson.parse(text))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void keysComeInTheDocumentedOrderAndScoresWithTwoDecimals() {
        String text = ScorecardReport.of(ReportFixtures.dealerOne()).render(ReportFormat.JSON);
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(text);
        assertThat(root.keySet()).containsExactly("schemaVersion", "kind", "title", "syntheticData", "generatedAt",
                "evidenceLimit", "scorecard");
        Map<String, Object> card = (Map<String, Object>) root.get("scorecard");
        assertThat(card.keySet()).containsExactly("subjectId", "subjectName", "packId", "packVersion", "asOf", "score",
                "band", "rated", "cappedBy", "criteria", "findings");
        // Data protection (weight 1) attains 0 and Sourcing (weight 3) attains 1: 3/4 x 100 = 75.
        assertThat(text).contains("\"score\": 75.00,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShareIsWrittenAsAFractionWithItsCounts() {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(
                ScorecardReport.of(ReportFixtures.dealerOne()).render(ReportFormat.JSON));
        Map<String, Object> finding = ((List<Map<String, Object>>) ((Map<String, Object>) root.get("scorecard"))
                .get("findings")).get(0);
        Map<String, Object> measurement = (Map<String, Object>) finding.get("measurement");
        // 468 of 480 phones erased = 0.975.
        assertThat(measurement.get("value").toString()).isEqualTo("0.975");
        assertThat(measurement.get("numerator").toString()).isEqualTo("468");
        assertThat(measurement.get("denominator").toString()).isEqualTo("480");
    }

    @Test
    void controlCharactersQuotesAndBackslashesAreEscapedAndParseBack() throws IOException {
        String nasty = "杭州 \"quoted\" back\\slash\ttab\nline\u0001bell\u2028sep";
        StringBuilder out = new StringBuilder();
        Json.string(nasty, out);
        assertThat(out.toString()).doesNotContain("\n", "\t", "\u0001", "\u2028").contains("\\u0001", "\\u2028");
        assertThat(MiniJson.parse(out.toString())).isEqualTo(nasty);
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsAnEscape() throws IOException {
        StringBuilder out = new StringBuilder();
        Json.string("a\uD800b", out);
        assertThat(out.toString()).isEqualTo("\"a\\ud800b\"");
    }
}
