package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What holds in every format for experiment and sensitivity reports: the stamp, Chinese text, XHTML. */
class ExperimentReportContractTest {

    private static final ReportOptions SYNTHETIC = ReportOptions.defaults().withSyntheticData(true);

    private static List<Report> reports(ReportOptions options) {
        return List.of(ExperimentReport.of(ReportFixtures.experiment(), options),
                SensitivityReport.of(ReportFixtures.retentionSweep(), options.withTitle("样例 sweep")));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void syntheticDataIsStampedInEveryFormat(ReportFormat format) {
        for (Report report : reports(SYNTHETIC)) {
            String text = report.render(format);
            assertThat(text).contains(format == ReportFormat.JSON ? "\"syntheticData\": true"
                    : format == ReportFormat.CSV ? ",true\r\n" : Fmt.SYNTHETIC);
        }
        for (Report report : reports(ReportOptions.defaults())) {
            assertThat(report.render(format)).doesNotContain(Fmt.SYNTHETIC, "\"syntheticData\": true", ",true\r\n");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void chineseTextIsWrittenAsItself(ReportFormat format) {
        assertThat(reports(SYNTHETIC).get(0).render(format)).contains("示例 Dealer One");
        if (format != ReportFormat.CSV) {
            assertThat(reports(SYNTHETIC).get(1).render(format)).contains("样例 sweep");
        }
    }

    @Test
    void theHtmlPagesAreWellFormedXhtmlWithNothingFromOutside() {
        for (Report report : reports(SYNTHETIC)) {
            String html = report.render(ReportFormat.HTML);
            assertThat(Xhtml.parse(html).getDocumentElement().getLocalName()).isEqualTo("html");
            assertThat(html).doesNotContain("<script", "src=", "href=", "url(", "@import");
        }
    }

    @Test
    void defaultTitlesNameThePacksAndTheParameter() {
        assertThat(ExperimentReport.of(ReportFixtures.experiment()).title())
                .isEqualTo("Policy experiment: toy-enterprise 1 vs toy-enterprise 1-variant");
        assertThat(SensitivityReport.of(ReportFixtures.retentionSweep()).title())
                .isEqualTo("Sensitivity of toy-enterprise 1 to threshold of SRC-RETENTION");
    }

    @Test
    void equalResultsAndOptionsMakeEqualExperimentReports() {
        assertThat(ExperimentReport.of(ReportFixtures.experiment(), SYNTHETIC))
                .isEqualTo(ExperimentReport.of(ReportFixtures.experiment(), SYNTHETIC))
                .hasSameHashCodeAs(ExperimentReport.of(ReportFixtures.experiment(), SYNTHETIC))
                .isNotEqualTo(ExperimentReport.of(ReportFixtures.experiment()));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> ExperimentReport.of(null)).withMessage("result");
        assertThatNullPointerException().isThrownBy(() -> SensitivityReport.of(ReportFixtures.retentionSweep(), null))
                .withMessage("options");
        assertThatNullPointerException().isThrownBy(() -> ExperimentReport.of(ReportFixtures.experiment())
                .writeTo(null, new StringBuilder())).withMessage("format");
    }
}
