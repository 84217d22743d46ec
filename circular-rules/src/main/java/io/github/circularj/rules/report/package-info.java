/**
 * Reports: a {@link io.github.circularj.rules.Scorecard}, a pilot overview (a list of scorecards), a
 * policy experiment or a sensitivity sweep rendered as plain text, Markdown, CSV, JSON or a self-contained HTML page with inline SVG charts.
 *
 * <p>Start with {@link io.github.circularj.rules.report.Reports} for one call, or build a
 * {@link io.github.circularj.rules.report.ScorecardReport},
 * {@link io.github.circularj.rules.report.OverviewReport},
 * {@link io.github.circularj.rules.report.ExperimentReport} or
 * {@link io.github.circularj.rules.report.SensitivityReport} with
 * {@link io.github.circularj.rules.report.ReportOptions} and render it in any
 * {@link io.github.circularj.rules.report.ReportFormat}.
 *
 * <p>Every renderer is deterministic: the same report gives byte-identical output (no clock, no hash
 * order, no locale). Thresholds whose citation has basis
 * {@link io.github.circularj.rules.Basis#LIBRARY_DEFAULT} are marked "library default" in every
 * format, as the project's policy documentation (docs/policy.md) requires, and a report of synthetic data is stamped
 * "synthetic data" in every format. The JSON form is described by {@code docs/report-schema.json}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.report;

import javax.annotation.ParametersAreNonnullByDefault;
