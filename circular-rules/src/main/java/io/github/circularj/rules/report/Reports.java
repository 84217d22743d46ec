package io.github.circularj.rules.report;

import io.github.circularj.rules.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One-call rendering of scorecards and overviews, and writing of a linked {@link ReportSite}; for
 * options, or to write to a {@link java.io.Writer}, use {@link ScorecardReport} and {@link OverviewReport}.
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
     * Renders an overview of scorecards, ranked by band, then score.
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

    /**
     * Writes a linked report site to a directory, all or nothing; see {@link ReportSite#writeTo(Path)}.
     *
     * <pre>{@code
     * Path index = Reports.site(ReportSite.builder(options).city(city, itsEnterprises).build(), dir);
     * }</pre>
     *
     * @param site the site, not null
     * @param dir the directory, not null; created, or replaced if empty or an earlier site
     * @return the index page's path
     * @throws IOException if a file cannot be written, or {@code dir} exists and is neither empty nor a site
     */
    public static Path site(ReportSite site, Path dir) throws IOException {
        return site.writeTo(dir);
    }
}
