package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.circularj.rules.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What holds for every format: determinism, the stamps, library defaults, Chinese text, options. */
class ReportContractTest {

    private static final ReportOptions SYNTHETIC = ReportOptions.defaults().withSyntheticData(true);

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void renderingTwiceGivesTheSameBytes(ReportFormat format) {
        assertThat(Reports.render(ReportFixtures.dealerOne(), format))
                .isEqualTo(Reports.render(ReportFixtures.dealerOne(), format));
    }

    @Test
    void anOverviewIsTheSameWhateverOrderTheScorecardsComeIn() {
        List<Scorecard> pilot = ReportFixtures.pilot();
        String expected = OverviewReport.of(pilot, SYNTHETIC).render(ReportFormat.HTML)
                + OverviewReport.of(pilot, SYNTHETIC).render(ReportFormat.CSV);
        qt().withExamples(30).forAll(integers().all()).checkAssert(seed -> {
            List<Scorecard> shuffled = new ArrayList<>(pilot);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(OverviewReport.of(shuffled, SYNTHETIC).render(ReportFormat.HTML)
                    + OverviewReport.of(shuffled, SYNTHETIC).render(ReportFormat.CSV)).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writingToAUtf8WriterGivesTheRenderedTextInUtf8(ReportFormat format) throws IOException {
        ScorecardReport report = ScorecardReport.of(ReportFixtures.dealerOne(), SYNTHETIC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            report.writeTo(format, writer);
        }
        assertThat(bytes.toByteArray()).isEqualTo(report.render(format).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void chineseTitlesAndCityNamesSurviveEveryFormat(ReportFormat format) {
        String scorecard = ScorecardReport.of(ReportFixtures.dealerOne()).render(format);
        String overview = OverviewReport.of(ReportFixtures.pilot(), "示例 pilot").render(format);
        assertThat(scorecard).contains(ReportFixtures.ERASURE_STANDARD_TITLE, "杭州 Dealer One");
        assertThat(overview).contains("枣庄 Refurbisher Two", "杭州 Dealer One");
        if (format != ReportFormat.CSV) {
            assertThat(overview).contains("示例 pilot");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void syntheticDataIsStampedInEveryFormat(ReportFormat format) {
        assertThat(ScorecardReport.of(ReportFixtures.dealerOne(), SYNTHETIC).render(format).toLowerCase())
                .containsAnyOf("synthetic data", ",true\r\n", "\"syntheticdata\": true");
        assertThat(OverviewReport.of(ReportFixtures.pilot(), SYNTHETIC).render(format).toLowerCase())
                .containsAnyOf("synthetic data", ",true\r\n", "\"syntheticdata\": true");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void theSyntheticStampOpensAndClosesEveryPage(ReportFormat format) {
        String text = ScorecardReport.of(ReportFixtures.dealerOne(), SYNTHETIC).render(format);
        assertThat(text.indexOf("synthetic data")).isLessThan(text.indexOf("DATA-ERASURE"));
        assertThat(text.lastIndexOf("synthetic data")).isGreaterThan(text.lastIndexOf("SRC-RETENTION"));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void realDataIsNotStamped(ReportFormat format) {
        assertThat(Reports.render(ReportFixtures.dealerOne(), format)).doesNotContain("synthetic data");
    }

    @Test
    void everyCsvRowCarriesTheSyntheticFlag() {
        List<List<String>> rows = MiniCsv.parse(ScorecardReport.of(ReportFixtures.dealerOne(), SYNTHETIC)
                .render(ReportFormat.CSV));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(r.size() - 1)).containsOnly("true");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aLibraryDefaultThresholdIsMarkedInEveryFormat(ReportFormat format) {
        String text = Reports.render(ReportFixtures.dealerOne(), format);
        String retentionPart = text.substring(text.indexOf("SRC-RETENTION"));
        assertThat(retentionPart).containsAnyOf("library default", "LIBRARY_DEFAULT");
    }

    @Test
    void theLibraryDefaultMarkerSitsOnTheRightFindingOnly() {
        List<List<String>> rows = MiniCsv.parse(Reports.render(ReportFixtures.dealerOne(), ReportFormat.CSV));
        int column = CsvRenderer.FINDING_COLUMNS.indexOf("library_default");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(7) + " " + r.get(column))
                .containsExactly("DATA-ERASURE false", "SRC-PROHIBITED false", "SRC-RETENTION true");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void noLibraryDefaultMeansNoMarker(ReportFormat format) {
        Scorecard card = io.github.circularj.rules.ComplianceEngine.create().score(new ReportFixtures.Shop("E1", "Shop",
                java.util.OptionalDouble.of(3), ReportFixtures.phones(10, 0, 0)),
                ReportFixtures.packWithoutLibraryDefaults(), ReportFixtures.AS_OF);
        assertThat(Reports.render(card, format)).doesNotContain("library default");
    }

    @Test
    void theEvidenceLimitBoundsTheIdsShownAndCountsTheRest() {
        String text = ScorecardReport.of(ReportFixtures.dealerOne(), ReportOptions.defaults().withEvidenceLimit(2))
                .render(ReportFormat.TEXT);
        assertThat(text).contains("Evidence: 12 offending: P000, P001, … (10 more)");
    }

    @Test
    void aTimestampAppearsOnlyWhenGiven() {
        Instant at = Instant.parse("2027-03-02T08:00:00Z");
        assertThat(ScorecardReport.of(ReportFixtures.dealerOne(), ReportOptions.defaults().withGeneratedAt(at))
                .render(ReportFormat.JSON)).contains("\"generatedAt\": \"2027-03-02T08:00:00Z\"");
        assertThat(Reports.render(ReportFixtures.dealerOne(), ReportFormat.JSON)).contains("\"generatedAt\": null");
    }

    @Test
    void rejectsANegativeEvidenceLimit() {
        assertThatThrownBy(() -> ReportOptions.defaults().withEvidenceLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence limit \"-1\" is negative");
    }

    @Test
    void rejectsABlankTitle() {
        assertThatThrownBy(() -> ReportOptions.defaults().withTitle("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("report title \"  \" is blank");
    }

    @Test
    void rejectsAnOverviewListingASubjectTwiceForTheSamePackAndDate() {
        List<Scorecard> twice = List.of(ReportFixtures.dealerOne(), ReportFixtures.dealerOne());
        assertThatThrownBy(() -> OverviewReport.of(twice, "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject \"E1\" with pack \"toy-enterprise 1\" as of 2027-03-01 twice");
    }

    @Test
    void anEmptyOverviewRendersInEveryFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(Reports.renderOverview(List.of(), format, "Empty")).isNotEmpty();
        }
        assertThat(MiniCsv.parse(Reports.renderOverview(List.of(), ReportFormat.CSV, "Empty"))).hasSize(1);
    }
}
