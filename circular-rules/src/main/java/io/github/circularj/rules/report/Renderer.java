package io.github.circularj.rules.report;

import java.io.IOException;

/**
 * Writes each kind of {@link Report} in one {@link ReportFormat}.
 *
 * <p>One method per kind of report: adding a kind (an experiment report) adds a method here, and the
 * compiler then names every format that still has to write it. Implementations are stateless.
 */
interface Renderer {

    void scorecard(ScorecardReport report, Appendable out) throws IOException;

    void overview(OverviewReport report, Appendable out) throws IOException;

    void experiment(ExperimentReport report, Appendable out) throws IOException;

    void sensitivity(SensitivityReport report, Appendable out) throws IOException;
}
