package io.github.circularj.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import org.junit.jupiter.api.Test;

/**
 * The experiment of {@link ReportFixtures#experiment()} run the other way round, so that scores rise: every format
 * signs the deltas (the summary's Delta row, not its score rows) and the page colours a rise as a gain.
 */
class RisingScoresReportTest {

    private static ExperimentReport rising() {
        ExperimentResult result = PolicyExperiment.compare(ReportFixtures.relaxedErasureLongerRetention(),
                ReportFixtures.pack(), ReportFixtures.shops(), ReportFixtures.AS_OF);
        return ExperimentReport.of(result);
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.strip().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void textAndMarkdownSignTheDeltasAndOnlyThem() {
        String text = rising().render(ReportFormat.TEXT);
        assertThat(line(text, "Delta")).contains("+6.25").contains("+12.50").contains("0.00").doesNotContain("+0.00");
        assertThat(line(text, "Baseline score")).doesNotContain("+");
        assertThat(line(text, "Variant score")).doesNotContain("+");
        String markdown = rising().render(ReportFormat.MARKDOWN);
        assertThat(line(markdown, "| Delta")).contains("+6.25").contains("+12.50");
        assertThat(line(markdown, "| Baseline score")).doesNotContain("+");
        assertThat(line(markdown, "| Variant score")).doesNotContain("+");
    }

    @Test
    void thePageSignsTheDeltasAndColoursARiseAsAGain() {
        String html = rising().render(ReportFormat.HTML);
        assertThat(line(html, "<tr><th>Delta</th>")).contains(">+6.25<").contains(">+12.50<");
        assertThat(line(html, "<tr><th>Baseline score</th>")).doesNotContain("+");
        assertThat(html).contains("data-label=\"Delta\" style=\"color:" + HtmlRenderer.colour(io.github.circularj.rules.Band.EXEMPLARY)
                + "\">+12.50</td>");
        assertThat(html).contains("data-label=\"Delta\">0.00</td>");
        assertThat(HtmlRenderer.deltaStyle(0.004)).isEmpty();
        assertThat(HtmlRenderer.deltaStyle(-0.004)).isEmpty();
        assertThat(HtmlRenderer.deltaStyle(0.005)).contains(HtmlRenderer.colour(io.github.circularj.rules.Band.EXEMPLARY));
        assertThat(HtmlRenderer.deltaStyle(-0.006)).contains(HtmlRenderer.colour(io.github.circularj.rules.Band.NON_COMPLIANT));
    }

    @Test
    void anOverviewIsAValueAndSaysHowManyScorecardsItRanks() {
        java.util.List<io.github.circularj.rules.Scorecard> pilot = ReportFixtures.pilot();
        OverviewReport a = OverviewReport.of(pilot, "示例 pilot");
        assertThat(a).isEqualTo(OverviewReport.of(pilot, "示例 pilot")).hasSameHashCodeAs(OverviewReport.of(pilot, "示例 pilot"))
                .isNotEqualTo(OverviewReport.of(pilot, "Another title"))
                .isNotEqualTo(OverviewReport.of(pilot.subList(0, 2), "示例 pilot"))
                .isNotEqualTo("示例 pilot");
        assertThat(a.hashCode()).isNotEqualTo(OverviewReport.of(pilot.subList(0, 2), "示例 pilot").hashCode());
        assertThat(a).hasToString("OverviewReport[示例 pilot: " + pilot.size() + " scorecards]");
    }

    @Test
    void aSiteSaysWhatItHolds() {
        ReportOptions options = ReportOptions.defaults().withTitle("示例 site");
        ReportSite one = ReportSite.builder(options).enterprises(ReportFixtures.pilot())
                .experiment("Relaxed", ReportFixtures.experiment()).sensitivity("Swept", ReportFixtures.retentionSweep())
                .build();
        assertThat(one).hasToString("ReportSite[示例 site: 0 cities, " + ReportFixtures.pilot().size()
                + " enterprises, 1 experiment, 1 sweep]");
        ReportSite two = ReportSite.builder(options).enterprises(ReportFixtures.pilot())
                .experiment("Relaxed", ReportFixtures.experiment()).experiment("Reversed", PolicyExperiment.compare(
                        ReportFixtures.relaxedErasureLongerRetention(), ReportFixtures.pack(), ReportFixtures.shops(),
                        ReportFixtures.AS_OF))
                .build();
        assertThat(two).hasToString("ReportSite[示例 site: 0 cities, " + ReportFixtures.pilot().size()
                + " enterprises, 2 experiments, 0 sweeps]");
    }
}
