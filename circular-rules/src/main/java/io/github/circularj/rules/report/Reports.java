package io.github.circularj.rules.report;

import io.github.circularj.rules.Scorecard;
import java.util.List;

/**
 * One-call rendering of scorecards and overviews; for options, or to write to a {@link java.io.Writer},
 * use {@link ScorecardReport} and {@link OverviewReport}.
 *
 * <pre>{@code
 * String html = Reports.render(scorecard, ReportFormat.HTML);
 * String csv = Reports.renderOverview(cards, ReportFormat.CSV, "杭州 pilot enterprises");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Renders a scorecard with the default options.
     *
     * @param scorecard the scorecard, not null
     * @param format the format, not null
     * @return the report text
     */
    public static String render(Scorecard scorecard, ReportFormat format) {
        return ScorecardReport.of(scorecard).render(format);
    }

    /**
     * Renders an overview of scorecards, ranked by score.
     *
     * @param scorecards the scorecards in any order, not null
     * @param format the format, not null
     * @param title the title, not blank
     * @return the report text
     * @throws IllegalArgumentException if the title is blank or a subject is listed twice for the same
     *     pack, version and date
     */
    public static String renderOverview(List<Scorecard> scorecards, ReportFormat format, String title) {
        return OverviewReport.of(scorecards, title).render(format);
    }
}
