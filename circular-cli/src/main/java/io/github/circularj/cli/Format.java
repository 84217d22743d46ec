package io.github.circularj.cli;

import io.github.circularj.rules.report.ReportFormat;

/** The {@code --format} of what a command prints on stdout. */
enum Format {
    /** Plain text tables. */
    text(ReportFormat.TEXT),
    /** Markdown. */
    md(ReportFormat.MARKDOWN),
    /** CSV. */
    csv(ReportFormat.CSV),
    /** JSON. */
    json(ReportFormat.JSON),
    /** A self-contained HTML page. */
    html(ReportFormat.HTML);

    private final ReportFormat report;

    Format(ReportFormat report) {
        this.report = report;
    }

    /** The report library's format. */
    ReportFormat report() {
        return report;
    }
}
