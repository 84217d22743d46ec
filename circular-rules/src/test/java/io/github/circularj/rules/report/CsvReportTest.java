package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void aScorecardHasAHeaderAndOneRowPerFinding() {
        Scorecard card = ReportFixtures.dealerOne();
        List<List<String>> rows = MiniCsv.parse(Reports.render(card, ReportFormat.CSV));
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.FINDING_COLUMNS);
        assertThat(rows).hasSize(1 + card.findings().size());
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).hasSize(CsvRenderer.FINDING_COLUMNS.size()));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(7))
                .containsExactly("DATA-ERASURE", "SRC-PROHIBITED", "SRC-RETENTION");
    }

    @Test
    void anOverviewHasOneRowPerSubjectInRankingOrder() {
        List<List<String>> rows = MiniCsv.parse(Reports.renderOverview(ReportFixtures.pilot(), ReportFormat.CSV, "t"));
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.SUBJECT_COLUMNS);
        // E2 100; E1 and E3 tie at 75 (ordered by id); E4 25.
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(6))
                .containsExactly("E2 100.00", "E1 75.00", "E3 75.00", "E4 25.00");
    }

    @Test
    void everyRecordEndsWithCrlf() {
        String csv = Reports.render(ReportFixtures.dealerOne(), ReportFormat.CSV);
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksRoundTrip() {
        String name = "示例 \"Good, Cheap\"\r\nShop | 'x' <y> & z";
        Scorecard card = ReportFixtures.score(new ReportFixtures.Shop("E9", name, java.util.OptionalDouble.of(3),
                ReportFixtures.phones(10, 0, 0)));
        List<List<String>> rows = MiniCsv.parse(Reports.render(card, ReportFormat.CSV));
        assertThat(rows.get(1).get(1)).isEqualTo(name);
        assertThat(rows.get(1).get(23)).isEqualTo(ReportFixtures.ERASURE_STANDARD_TITLE);
    }

    @Test
    void aFieldIsQuotedOnlyWhenItMustBe() {
        assertThat(CsvRenderer.field("杭州")).isEqualTo("杭州");
        assertThat(CsvRenderer.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRenderer.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRenderer.field("a\nb")).isEqualTo("\"a\nb\"");
    }
}
