package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.experiment.PolicyExperiment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every report in every format says when it was generated if, and only if, its options give the time; an overview
 * of one subject says so in the singular; an experiment that changes nothing says that no finding changed.
 */
class GeneratedAtTest {

    private static final Instant AT = Instant.parse("2027-03-02T01:00:00Z");

    private static List<Report> reports(ReportOptions options) {
        return List.of(ScorecardReport.of(ReportFixtures.dealerOne(), options),
                OverviewReport.of(ReportFixtures.pilot(), options),
                ExperimentReport.of(ReportFixtures.experiment(), options),
                SensitivityReport.of(ReportFixtures.retentionSweep(), options));
    }

    @Test
    void everyReportSaysWhenItWasGeneratedOnlyWhenItKnows() {
        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JSON)) {
            for (Report report : reports(ReportOptions.defaults().withGeneratedAt(AT))) {
                assertThat(report.render(format)).as("%s %s", report, format)
                        .contains(format == ReportFormat.JSON ? "\"generatedAt\": \"" + AT + "\"" : "Generated")
                        .contains(AT.toString());
            }
            for (Report report : reports(ReportOptions.defaults())) {
                assertThat(report.render(format)).as("%s %s", report, format).doesNotContain(AT.toString())
                        .doesNotContain("Generated ").doesNotContain("<dt>Generated</dt>");
            }
        }
    }

    @Test
    void anOverviewOfOneSubjectAndAnExperimentThatChangesNothing() {
        OverviewReport one = OverviewReport.of(ReportFixtures.pilot().subList(0, 1), ReportOptions.defaults());
        assertThat(one.render(ReportFormat.TEXT)).contains("1 subject, ranked by band, then score").doesNotContain("1 subjects");
        assertThat(one.render(ReportFormat.MARKDOWN)).contains("1 subject").doesNotContain("1 subjects");
        OverviewReport four = OverviewReport.of(ReportFixtures.pilot(), ReportOptions.defaults());
        assertThat(four.render(ReportFormat.TEXT)).contains(ReportFixtures.pilot().size() + " subjects, ranked by band");
        ExperimentReport same = ExperimentReport.of(PolicyExperiment.compare(ReportFixtures.pack(), ReportFixtures.pack()
                .withVersion("1-same"), ReportFixtures.shops(), ReportFixtures.AS_OF));
        assertThat(same.render(ReportFormat.TEXT)).contains("No rule's finding changed for any subject.");
        assertThat(same.render(ReportFormat.MARKDOWN)).contains("No rule's finding changed");
        assertThat(same.render(ReportFormat.HTML)).contains("<p>No rule&#39;s finding changed for any subject.</p>");
        assertThat(one.render(ReportFormat.HTML)).contains("<p>1 subject, ranked by band, then score.");
        assertThat(four.render(ReportFormat.HTML)).contains("<p>" + ReportFixtures.pilot().size() + " subjects, ranked");
        assertThat(ExperimentReport.of(ReportFixtures.experiment()).render(ReportFormat.TEXT))
                .doesNotContain("No rule's finding changed");
    }
}
