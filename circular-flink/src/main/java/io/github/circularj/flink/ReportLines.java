package io.github.circularj.flink;

import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.Reports;

/**
 * Circular's JSON report of a scorecard on one line, as the jobs' sinks write it: the same document as
 * {@code circular score --format json} renders ({@link ReportFormat#JSON}), its line breaks and indentation
 * removed, so that a file holds one scorecard per line.
 */
public final class ReportLines {

    private ReportLines() {
    }

    /**
     * Renders a scorecard as one JSON line, without the line end.
     *
     * @param scorecard the scorecard, not null
     * @return the line
     */
    public static String jsonLine(Scorecard scorecard) {
        // JSON strings hold no raw line breaks (they are escaped), so every break is layout.
        return Reports.render(scorecard, ReportFormat.JSON).strip().replaceAll("\\n\\s*", "");
    }
}
