package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.BandCounts;
import io.github.circularj.rules.experiment.BandMigration;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.RuleImpact;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.experiment.SensitivityRow;
import io.github.circularj.rules.experiment.Statistics;
import io.github.circularj.rules.experiment.SubjectComparison;
import io.github.circularj.rules.experiment.Summary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes {@link ReportFormat#HTML}: one self-contained page, well-formed XHTML5 (so an XML parser reads
 * it too), with inline CSS and inline SVG charts; no script, no external font, style or image.
 *
 * <p>Text is escaped ({@code & < > " '}); characters XML cannot carry (control characters other than
 * tab and line feed, unpaired surrogates, U+FFFE, U+FFFF) are written as U+FFFD.
 */
final class HtmlRenderer implements Renderer {

    static final String NEUTRAL = "#57606a";

    static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
                    + "margin:0 auto;max-width:1200px;padding:0 1.5rem 2rem;color:#1f2328;line-height:1.45}",
            "h1{font-size:1.6rem;margin:1rem 0 .5rem}",
            "h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d0d7de}",
            ".stamp{position:sticky;top:0;background:#fff8c5;border:1px solid #d4a72c;color:#7d4e00;font-weight:bold;"
                    + "text-align:center;text-transform:uppercase;letter-spacing:.1em;padding:.2rem}",
            "@media print{.stamp{position:static}}",
            "dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:0}",
            "dt{font-weight:bold}dd{margin:0}",
            "table{border-collapse:collapse;width:100%;font-size:.9rem}",
            "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}",
            "th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}",
            ".msg{color:#57606a;font-size:.85rem}",
            ".badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;font-size:.8rem;margin:.1rem .2rem .1rem 0;"
                    + "border:1px solid #d0d7de;white-space:nowrap}",
            ".library-default{background:#fff8c5;border-color:#d4a72c;color:#7d4e00;font-weight:bold}",
            ".mandatory{background:#ffebe9;border-color:#ff8182}",
            ".band{color:#fff;font-weight:bold}",
            ".band-exemplary{background:" + colour(Band.EXEMPLARY) + "}",
            ".band-compliant{background:" + colour(Band.COMPLIANT) + "}",
            ".band-needs-improvement{background:" + colour(Band.NEEDS_IMPROVEMENT) + "}",
            ".band-non-compliant{background:" + colour(Band.NON_COMPLIANT) + "}",
            ".band-not-rated{background:" + colour(Band.NOT_RATED) + "}",
            ".outcome-met{background:#dafbe1}.outcome-partially-met{background:#fff8c5}",
            ".outcome-not-met{background:#ffebe9}.outcome-not-applicable{background:#f6f8fa}",
            ".outcome-insufficient-evidence{background:#fbefff}",
            "svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1f2328}",
            "svg .axis{fill:#57606a;font-size:10px}svg .grid{stroke:#d0d7de;stroke-width:1}",
            "svg .svg-stamp{fill:#7d4e00;font-weight:bold;text-transform:uppercase}",
            "pre{background:#f6f8fa;padding:.8rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem}",
            "footer{margin-top:2rem;color:#57606a;font-size:.85rem}");

    /** The statistics in the order the tables show them. */
    private static final List<String> STATISTICS = List.of("Mean", "Median", "Min", "Max");

    /** One bar of a chart. */
    record Bar(String label, OptionalDouble value, String valueText, String colour) {
    }

    private final Links links;

    /** A renderer of single pages that link nowhere. */
    HtmlRenderer() {
        this(Links.NONE);
    }

    /** A renderer of the pages of a site, whose subject ids link to the subjects' pages. */
    HtmlRenderer(Links links) {
        this.links = links;
    }

    @Override
    public void scorecard(ScorecardReport report, Appendable out) throws IOException {
        Scorecard card = report.scorecard();
        ReportOptions options = report.options();
        open(out, report.title(), options);

        out.append("<section class=\"headline\">\n<dl>\n");
        pair(out, "Subject", card.subjectId() + " " + card.subjectName());
        pair(out, "Pack", card.packId() + " " + card.packVersion());
        pair(out, "As of", card.asOf().toString());
        pair(out, "Score", Fmt.score(card) + " of 100");
        out.append("<dt>Band</dt><dd>").append(bandBadge(card.band()));
        String rest = Fmt.bandLine(card).substring(card.band().name().length());
        out.append(escape(rest)).append("</dd>\n");
        if (options.generatedAt().isPresent()) {
            pair(out, "Generated", options.generatedAt().get().toString());
        }
        out.append("</dl>\n</section>\n");

        out.append("<section>\n<h2>Score per criterion</h2>\n");
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar("Total", OptionalDouble.of(card.score()), Fmt.score(card) + " " + card.band().name(),
                colour(card.band())));
        for (CriterionScore c : card.criterionScores()) {
            bars.add(new Bar(c.name(), c.score(), Fmt.criterionScore(c.score()) + " (weight " + Fmt.decimal(c.weight())
                    + ", " + Fmt.fixed2(c.points()) + " points)", NEUTRAL));
        }
        chart(out, "Score per criterion of " + card.subjectId(), bars, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>Findings</h2>\n<table>\n<thead><tr><th>Rule</th><th>Outcome</th><th>Measured</th>"
                + "<th>Target</th><th>Attainment</th><th>Points</th><th>Citation</th><th>Evidence</th></tr></thead>\n"
                + "<tbody>\n");
        for (Finding f : card.findings()) {
            out.append("<tr class=\"").append(cssName("outcome", f.outcome().name())).append("\">");
            out.append("<td><code>").append(escape(f.ruleId().value())).append("</code><br/>").append(escape(f.title()))
                    .append("<div class=\"msg\">").append(escape(f.message())).append("</div></td>");
            out.append("<td>").append(escape(f.outcome().name())).append("</td>");
            out.append("<td>").append(escape(f.measurement().toString())).append("</td>");
            out.append("<td>").append(escape(Fmt.target(f)));
            if (f.isMandatory()) {
                out.append(" <span class=\"badge mandatory\">mandatory</span>");
            }
            out.append("</td>");
            out.append("<td class=\"num\">").append(escape(Fmt.attainment(f))).append("</td>");
            out.append("<td class=\"num\">").append(Fmt.fixed2(f.points())).append("</td>");
            out.append("<td>").append(citation(f.citation())).append("</td>");
            out.append("<td>").append(escape(Fmt.evidence(f.evidence(), options))).append("</td>");
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (Fmt.anyLibraryDefault(card)) {
            out.append("<p class=\"note\"><span class=\"badge library-default\">library default</span> ")
                    .append(escape(Fmt.LIBRARY_DEFAULT_NOTE)).append(".</p>\n");
        }
        out.append("</section>\n");
        out.append("<section>\n<h2>Reasoning</h2>\n<pre>").append(escape(card.explain().render())).append("</pre>\n")
                .append("</section>\n");
        close(out, options);
    }

    @Override
    public void overview(OverviewReport report, Appendable out) throws IOException {
        ReportOptions options = report.options();
        List<Scorecard> ranking = report.ranking();
        open(out, report.title(), options);
        // a pack or a date that every subject shares is said once here, not on every row
        boolean onePack = !ranking.isEmpty()
                && ranking.stream().map(c -> c.packId() + " " + c.packVersion()).distinct().count() == 1;
        boolean oneDate = !ranking.isEmpty() && ranking.stream().map(Scorecard::asOf).distinct().count() == 1;
        out.append("<p>").append(Integer.toString(ranking.size())).append(ranking.size() == 1 ? " subject" : " subjects")
                .append(", ranked by band, then score.");
        if (onePack) {
            out.append(" Pack ").append(escape(ranking.get(0).packId() + " " + ranking.get(0).packVersion())).append('.');
        }
        if (oneDate) {
            out.append(" As of ").append(ranking.get(0).asOf().toString()).append('.');
        }
        if (options.generatedAt().isPresent()) {
            out.append(" Generated ").append(escape(options.generatedAt().get().toString())).append('.');
        }
        out.append("</p>\n");
        out.append("<p class=\"legend\">");
        for (Band band : Band.values()) {
            out.append(bandBadge(band)).append(' ');
        }
        out.append("</p>\n");

        out.append("<section>\n<h2>Ranking</h2>\n");
        List<Bar> bars = new ArrayList<>();
        int rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            bars.add(new Bar(rank + ". " + card.subjectId() + " " + card.subjectName(), OptionalDouble.of(card.score()),
                    Fmt.score(card) + " " + card.band().name(),
                    colour(card.band())));
        }
        chart(out, "Ranking of subjects by band, then score", bars, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>Subjects</h2>\n<table>\n<thead><tr><th>#</th><th>Subject</th><th>Name</th>")
                .append(onePack ? "" : "<th>Pack</th>").append(oneDate ? "" : "<th>As of</th>")
                .append("<th>Score</th><th>Band</th><th>Capped by</th><th>Met</th>"
                        + "<th>Not met</th><th>Library defaults</th></tr></thead>\n<tbody>\n");
        rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            out.append("<tr><td class=\"num\">").append(Integer.toString(rank)).append("</td>");
            out.append("<td><code>").append(escape(card.subjectId())).append("</code></td>");
            out.append("<td>").append(escape(card.subjectName())).append("</td>");
            if (!onePack) {
                out.append("<td>").append(escape(card.packId() + " " + card.packVersion())).append("</td>");
            }
            if (!oneDate) {
                out.append("<td>").append(card.asOf().toString()).append("</td>");
            }
            out.append("<td class=\"num\">").append(Fmt.score(card)).append("</td>");
            out.append("<td>").append(bandBadge(card.band())).append("</td>");
            out.append("<td>").append(escape(Fmt.cappedBy(card, ", "))).append("</td>");
            out.append("<td class=\"num\">").append(counts.get(Outcome.MET).toString()).append("</td>");
            out.append("<td class=\"num\">").append(counts.get(Outcome.NOT_MET).toString()).append("</td>");
            long defaults = Fmt.libraryDefaults(card);
            out.append("<td class=\"num\">").append(Long.toString(defaults));
            if (defaults > 0) {
                out.append(" <span class=\"badge library-default\">library default</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (ranking.stream().anyMatch(Fmt::anyLibraryDefault)) {
            out.append("<p class=\"note\"><span class=\"badge library-default\">library default</span> ")
                    .append(escape(Fmt.LIBRARY_DEFAULT_NOTE)).append(".</p>\n");
        }
        out.append("</section>\n");
        close(out, options);
    }

    @Override
    public void experiment(ExperimentReport report, Appendable out) throws IOException {
        ExperimentResult result = report.result();
        ReportOptions options = report.options();
        BandMigration migration = result.migration();
        open(out, report.title(), options);
        out.append("<section class=\"headline\">\n<dl>\n");
        pair(out, "Baseline", Fmt.pack(result.baselinePack()));
        pair(out, "Variant", Fmt.pack(result.variantPack()));
        pair(out, "As of", result.asOf().toString());
        pair(out, "Subjects", Integer.toString(result.size()));
        pair(out, "Moved band", migration.moved() + " (" + migration.downgraded() + " down, " + migration.upgraded()
                + " up)");
        if (options.generatedAt().isPresent()) {
            pair(out, "Generated", options.generatedAt().get().toString());
        }
        out.append("</dl>\n</section>\n");

        out.append("<section>\n<h2>Summary</h2>\n<table class=\"stack summary\">\n<thead><tr><th></th><th>n</th>"
                + "<th>Mean</th><th>Median</th><th>Min</th><th>Max</th></tr></thead>\n<tbody>\n");
        Summary summary = result.summary();
        statisticsRow(out, "Baseline score", summary.baselineScores(), false);
        statisticsRow(out, "Variant score", summary.variantScores(), false);
        statisticsRow(out, "Delta", summary.deltas(), true);
        out.append("</tbody>\n</table>\n<p class=\"legend\">Baseline ");
        bandCounts(out, summary.baselineBands());
        out.append("<br/>Variant ");
        bandCounts(out, summary.variantBands());
        out.append("</p>\n</section>\n");

        out.append("<section>\n<h2>Band migration</h2>\n");
        migrationMatrix(out, migration, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>Subjects by delta, largest fall first</h2>\n<table class=\"stack deltas\">\n<thead><tr>"
                + "<th>#</th><th>Subject</th><th>Name</th><th>Baseline</th><th>Variant</th><th>Delta</th>"
                + "<th>Band</th><th>Changed rules</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (SubjectComparison c : report.ranking()) {
            rank++;
            out.append(links.isSite() ? "<tr id=\"subject-" + ReportSite.safeName(c.subjectId()) + "\">" : "<tr>");
            out.append("<td class=\"num\" data-label=\"#\">").append(Integer.toString(rank)).append("</td>");
            out.append("<td data-label=\"Subject\">").append(subjectRef(c.subjectId())).append("</td>");
            out.append("<td data-label=\"Name\">").append(escape(c.subjectName())).append("</td>");
            out.append("<td class=\"num\" data-label=\"Baseline\">").append(Fmt.score(c.baseline())).append("</td>");
            out.append("<td class=\"num\" data-label=\"Variant\">").append(Fmt.score(c.variant())).append("</td>");
            out.append("<td class=\"num\" data-label=\"Delta\"").append(deltaStyle(c.delta())).append('>').append(Fmt.signed(c.delta()))
                    .append("</td>");
            out.append("<td data-label=\"Band\">").append(bandBadge(c.fromBand()));
            if (c.movedBand()) {
                out.append(" \u2192 ").append(bandBadge(c.toBand()));
            }
            out.append("</td>");
            out.append("<td data-label=\"Changed rules\">").append(escape(Fmt.ruleIds(c.changedRules(), ", ")))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");

        out.append("<section>\n<h2>Rule impacts</h2>\n");
        if (result.ruleImpacts().isEmpty()) {
            out.append("<p>No rule&#39;s finding changed for any subject.</p>\n");
        } else {
            out.append("<table class=\"stack impacts\">\n<thead><tr><th>Rule</th><th>Subjects changed</th>"
                    + "<th>Of which moved band</th></tr></thead>\n<tbody>\n");
            for (RuleImpact impact : result.ruleImpacts()) {
                out.append("<tr><td data-label=\"Rule\"><code>").append(escape(impact.ruleId().value())).append("</code></td>")
                        .append("<td class=\"num\" data-label=\"Changed\">").append(Integer.toString(impact.subjectsChanged()))
                        .append("</td><td class=\"num\" data-label=\"Moved band\">")
                        .append(Integer.toString(impact.subjectsMovedBand()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
        close(out, options);
    }

    @Override
    public void sensitivity(SensitivityReport report, Appendable out) throws IOException {
        SensitivityResult result = report.result();
        ReportOptions options = report.options();
        open(out, report.title(), options);
        out.append("<section class=\"headline\">\n<dl>\n");
        pair(out, "Pack", Fmt.pack(result.pack()));
        pair(out, "Parameter", result.parameter());
        pair(out, "As of", result.asOf().toString());
        pair(out, "Subjects", Integer.toString(result.populationSize()));
        out.append("<dt>As given</dt><dd>mean score ").append(Fmt.stat(result.baselineScores().mean())).append("; ");
        bandCounts(out, result.baselineBands());
        out.append("</dd>\n");
        if (options.generatedAt().isPresent()) {
            pair(out, "Generated", options.generatedAt().get().toString());
        }
        out.append("</dl>\n</section>\n");

        out.append("<section>\n<h2>Mean score and bands against the value</h2>\n");
        sensitivityChart(out, result, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>Values</h2>\n<table class=\"stack sensitivity\">\n<thead><tr><th>Value</th><th>Mean</th>"
                + "<th>Median</th><th>Min</th><th>Max</th><th>Mean delta</th>");
        for (Band band : Band.values()) {
            out.append("<th>").append(bandBadge(band)).append("</th>");
        }
        out.append("<th>Moved band</th></tr></thead>\n<tbody>\n");
        for (SensitivityRow row : result.rows()) {
            out.append("<tr><td data-label=\"Value\">").append(escape(row.label())).append("</td>");
            List<OptionalDouble> stats = List.of(row.scores().mean(), row.scores().median(), row.scores().min(),
                    row.scores().max());
            for (int i = 0; i < stats.size(); i++) {
                out.append("<td class=\"num\" data-label=\"").append(STATISTICS.get(i)).append("\">")
                        .append(Fmt.stat(stats.get(i))).append("</td>");
            }
            out.append("<td class=\"num\" data-label=\"Mean delta\">").append(Fmt.signedStat(row.deltas().mean()))
                    .append("</td>");
            for (Band band : Band.values()) {
                out.append("<td class=\"num\" data-label=\"").append(band.name()).append("\">")
                        .append(Integer.toString(row.bands().count(band))).append("</td>");
            }
            out.append("<td class=\"num\" data-label=\"Moved band\">").append(Integer.toString(row.subjectsMovedBand()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
        if (links.isSite()) {
            out.append("<section>\n<h2>Subjects that moved band</h2>\n<dl class=\"moved\">\n");
            for (SensitivityRow row : result.rows()) {
                out.append("<dt>").append(escape(row.label())).append("</dt><dd>");
                if (row.movedSubjects().isEmpty()) {
                    out.append("none");
                }
                for (int i = 0; i < row.movedSubjects().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(subjectRef(row.movedSubjects().get(i)));
                }
                out.append("</dd>\n");
            }
            out.append("</dl>\n</section>\n");
        }
        close(out, options);
    }

    static void statisticsRow(Appendable out, String name, Statistics stats, boolean signed)
            throws IOException {
        out.append("<tr><th>").append(escape(name)).append("</th><td class=\"num\" data-label=\"n\">")
                .append(Integer.toString(stats.count())).append("</td>");
        List<OptionalDouble> values = List.of(stats.mean(), stats.median(), stats.min(), stats.max());
        for (int i = 0; i < values.size(); i++) {
            out.append("<td class=\"num\" data-label=\"").append(STATISTICS.get(i)).append("\">")
                    .append(signed ? Fmt.signedStat(values.get(i)) : Fmt.stat(values.get(i))).append("</td>");
        }
        out.append("</tr>\n");
    }

    static void bandCounts(Appendable out, BandCounts counts) throws IOException {
        for (Band band : Band.values()) {
            out.append(bandBadge(band)).append(' ').append(Integer.toString(counts.count(band))).append(' ');
        }
    }

    static String deltaStyle(double delta) {
        String text = Fmt.fixed2(delta);
        if ("0.00".equals(text)) {
            return "";
        }
        return " style=\"color:" + (delta < 0 ? colour(Band.NON_COMPLIANT) : colour(Band.EXEMPLARY)) + "\"";
    }

    /**
     * The 4×4 band-migration matrix: rows are the baseline band, columns the variant band; each cell is
     * tinted in the colour of the band subjects moved to, the stronger the more subjects; the diagonal
     * (kept band) is outlined.
     */
    static void migrationMatrix(Appendable out, BandMigration migration, ReportOptions options)
            throws IOException {
        double labelWidth = 170;
        double cell = 132;
        double cellHeight = 44;
        double top = 58;
        int bandCount = Band.values().length;
        double width = labelWidth + cell * bandCount + 16;
        double height = top + cellHeight * bandCount + 30;
        int max = 1;
        for (BandMigration.Cell c : migration.cells()) {
            max = Math.max(max, c.count());
        }
        String title = "Band migration: rows baseline band, columns variant band";
        svgOpen(out, width, height, title);
        if (options.isSyntheticData()) {
            out.append("<text class=\"svg-stamp\" x=\"").append(Fmt.px(width - 6))
                    .append("\" y=\"12\" text-anchor=\"end\">").append(Fmt.SYNTHETIC).append("</text>\n");
        }
        out.append("<text class=\"axis\" x=\"").append(Fmt.px(labelWidth + cell * 2)).append("\" y=\"20\" "
                + "text-anchor=\"middle\">variant band \u2192</text>\n");
        out.append("<text class=\"axis\" x=\"8\" y=\"").append(Fmt.px(top - 8)).append("\">baseline band \u2193</text>\n");
        Band[] bands = Band.values();
        for (int i = 0; i < bands.length; i++) {
            out.append("<text x=\"").append(Fmt.px(labelWidth + cell * i + cell / 2)).append("\" y=\"")
                    .append(Fmt.px(top - 8)).append("\" text-anchor=\"middle\" style=\"fill:").append(colour(bands[i]))
                    .append(";font-weight:bold;font-size:10px\">").append(bands[i].name()).append("</text>\n");
            out.append("<text x=\"").append(Fmt.px(labelWidth - 8)).append("\" y=\"")
                    .append(Fmt.px(top + cellHeight * i + cellHeight / 2 + 4)).append("\" text-anchor=\"end\" style=\"fill:")
                    .append(colour(bands[i])).append(";font-weight:bold\">").append(bands[i].name()).append("</text>\n");
        }
        for (BandMigration.Cell c : migration.cells()) {
            double x = labelWidth + cell * c.to().ordinal();
            double y = top + cellHeight * c.from().ordinal();
            double opacity = c.count() == 0 ? 0 : 0.2 + 0.8 * c.count() / max;
            out.append("<g><rect class=\"cell\" x=\"").append(Fmt.px(x)).append("\" y=\"").append(Fmt.px(y))
                    .append("\" width=\"").append(Fmt.px(cell)).append("\" height=\"").append(Fmt.px(cellHeight))
                    .append("\" fill=\"").append(colour(c.to())).append("\" fill-opacity=\"")
                    .append(Fmt.decimal(Math.round(opacity * 100) / 100.0)).append("\" stroke=\"")
                    .append(c.isMove() ? "#d0d7de" : "#1f2328").append("\" stroke-width=\"").append(c.isMove() ? "1" : "2")
                    .append("\"><title>").append(c.from().name()).append(" \u2192 ").append(c.to().name()).append(": ")
                    .append(Integer.toString(c.count())).append("</title></rect>");
            out.append("<text x=\"").append(Fmt.px(x + cell / 2)).append("\" y=\"").append(Fmt.px(y + cellHeight / 2 + 5))
                    .append("\" text-anchor=\"middle\"");
            if (opacity > 0.55) {
                out.append(" style=\"fill:#ffffff;font-weight:bold\"");
            }
            out.append('>').append(Integer.toString(c.count())).append("</text></g>\n");
        }
        out.append("<text class=\"axis\" x=\"").append(Fmt.px(labelWidth)).append("\" y=\"")
                .append(Fmt.px(top + cellHeight * 4 + 20)).append("\">").append(Integer.toString(migration.moved()))
                .append(" of ").append(Integer.toString(migration.total())).append(" subjects moved: ")
                .append(Integer.toString(migration.downgraded())).append(" down, ")
                .append(Integer.toString(migration.upgraded())).append(" up; outlined cells kept their band</text>\n");
        out.append("</svg>\n");
    }

    /**
     * A line chart over the swept values: the mean score (left axis, 0 to 100) as a solid line and the
     * number of subjects in each band (right axis) as dashed lines in the band colours.
     */
    static void sensitivityChart(Appendable out, SensitivityResult result, ReportOptions options)
            throws IOException {
        double left = 60;
        double right = 640;
        double top = 40;
        double bottom = 280;
        double width = 830; // the legend of five bands needs it
        double height = 352;
        List<SensitivityRow> rows = new ArrayList<>(result.rows());
        rows.sort(Comparator.comparingDouble(SensitivityRow::value));
        double lo = rows.get(0).value();
        double hi = rows.get(rows.size() - 1).value();
        int population = Math.max(1, result.populationSize());
        String title = "Mean score and subjects per band against " + result.parameter();
        svgOpen(out, width, height, title);
        if (options.isSyntheticData()) {
            out.append("<text class=\"svg-stamp\" x=\"").append(Fmt.px(width - 6))
                    .append("\" y=\"12\" text-anchor=\"end\">").append(Fmt.SYNTHETIC).append("</text>\n");
        }
        for (int tick = 0; tick <= 100; tick += 25) {
            String y = Fmt.px(bottom - (bottom - top) * tick / 100.0);
            out.append("<line class=\"grid\" x1=\"").append(Fmt.px(left)).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(Fmt.px(right)).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(Fmt.px(left - 6)).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\">").append(Integer.toString(tick)).append("</text>")
                    .append("<text class=\"axis\" x=\"").append(Fmt.px(right + 6)).append("\" y=\"").append(y)
                    .append("\">").append(Fmt.decimal(population * tick / 100.0)).append("</text>\n");
        }
        out.append("<text class=\"axis\" x=\"4\" y=\"").append(Fmt.px(top - 14)).append("\">mean score</text>");
        out.append("<text class=\"axis\" x=\"").append(Fmt.px(right + 6)).append("\" y=\"").append(Fmt.px(top - 14))
                .append("\">subjects</text>\n");
        for (SensitivityRow row : rows) {
            String x = Fmt.px(xOf(row.value(), lo, hi, left, right));
            out.append("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(Fmt.px(bottom + 16))
                    .append("\" text-anchor=\"middle\">").append(Fmt.decimal(row.value())).append("</text>\n");
        }
        out.append("<text class=\"axis\" x=\"").append(Fmt.px((left + right) / 2)).append("\" y=\"")
                .append(Fmt.px(bottom + 34)).append("\" text-anchor=\"middle\">").append(escape(result.parameter()))
                .append("</text>\n");
        for (Band band : Band.values()) {
            StringBuilder points = new StringBuilder();
            for (SensitivityRow row : rows) {
                if (points.length() > 0) {
                    points.append(' ');
                }
                points.append(Fmt.px(xOf(row.value(), lo, hi, left, right))).append(',')
                        .append(Fmt.px(bottom - (bottom - top) * row.bands().count(band) / population));
            }
            out.append("<polyline class=\"band-line\" fill=\"none\" stroke=\"").append(colour(band))
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\" points=\"").append(points)
                    .append("\"><title>").append(band.name()).append(" subjects</title></polyline>\n");
        }
        StringBuilder mean = new StringBuilder();
        for (SensitivityRow row : rows) {
            if (row.scores().mean().isPresent()) {
                if (mean.length() > 0) {
                    mean.append(' ');
                }
                mean.append(Fmt.px(xOf(row.value(), lo, hi, left, right))).append(',')
                        .append(Fmt.px(bottom - (bottom - top) * row.scores().mean().getAsDouble() / 100.0));
            }
        }
        if (mean.length() > 0) {
            out.append("<polyline class=\"mean-line\" fill=\"none\" stroke=\"#1f2328\" stroke-width=\"2.5\" points=\"")
                    .append(mean).append("\"><title>mean score</title></polyline>\n");
            for (SensitivityRow row : rows) {
                if (row.scores().mean().isPresent()) {
                    out.append("<circle cx=\"").append(Fmt.px(xOf(row.value(), lo, hi, left, right))).append("\" cy=\"")
                            .append(Fmt.px(bottom - (bottom - top) * row.scores().mean().getAsDouble() / 100.0))
                            .append("\" r=\"3.5\" fill=\"#1f2328\"><title>").append(escape(row.label()))
                            .append(": mean score ").append(Fmt.stat(row.scores().mean())).append("</title></circle>\n");
                }
            }
        }
        double legendY = height - 8;
        double legendX = left;
        out.append("<g class=\"legend\"><line x1=\"").append(Fmt.px(legendX)).append("\" y1=\"")
                .append(Fmt.px(legendY - 4)).append("\" x2=\"").append(Fmt.px(legendX + 20)).append("\" y2=\"")
                .append(Fmt.px(legendY - 4)).append("\" stroke=\"#1f2328\" stroke-width=\"2.5\"/><text x=\"")
                .append(Fmt.px(legendX + 24)).append("\" y=\"").append(Fmt.px(legendY)).append("\">mean score</text>");
        legendX += 110;
        for (Band band : Band.values()) {
            out.append("<line x1=\"").append(Fmt.px(legendX)).append("\" y1=\"").append(Fmt.px(legendY - 4))
                    .append("\" x2=\"").append(Fmt.px(legendX + 20)).append("\" y2=\"").append(Fmt.px(legendY - 4))
                    .append("\" stroke=\"").append(colour(band)).append("\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>")
                    .append("<text x=\"").append(Fmt.px(legendX + 24)).append("\" y=\"").append(Fmt.px(legendY))
                    .append("\">").append(band.name()).append("</text>");
            legendX += 44 + 7.5 * band.name().length();
        }
        out.append("</g>\n</svg>\n");
    }

    static double xOf(double value, double lo, double hi, double left, double right) {
        return hi == lo ? (left + right) / 2 : left + (right - left) * (value - lo) / (hi - lo);
    }

    static void svgOpen(Appendable out, double width, double height, String title) throws IOException {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Fmt.px(width))
                .append("\" height=\"").append(Fmt.px(height)).append("\" viewBox=\"0 0 ").append(Fmt.px(width))
                .append(' ').append(Fmt.px(height)).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\">\n<title>").append(escape(title)).append("</title>\n");
    }

    void open(Appendable out, String title, ReportOptions options) throws IOException {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append(links.isSite() ? ReportSite.GENERATOR + "\n" : "")
                .append("<title>").append(escape(title + (options.isSyntheticData() ? " (" + Fmt.SYNTHETIC + ")" : "")))
                .append("</title>\n<style>\n").append(CSS).append(links.css()).append("\n</style>\n</head>\n<body>\n");
        if (options.isSyntheticData()) {
            out.append("<div class=\"stamp\">").append(Fmt.SYNTHETIC).append("</div>\n");
        }
        out.append(links.nav());
        out.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    static void close(Appendable out, ReportOptions options) throws IOException {
        out.append("<footer>");
        if (options.isSyntheticData()) {
            out.append("<p class=\"stamp\">").append(Fmt.SYNTHETIC).append("</p>");
        }
        out.append("<p>Written by Circular. A score is a reading of the data against the pack's rules, not legal"
                + " advice.</p></footer>\n</body>\n</html>\n");
    }

    /**
     * A finding's sources as HTML: one line per source (document, article, issuer, in-force date), each
     * with its own basis as a badge ("library default" stands out). Every HTML page, single or of a site,
     * writes citations through here.
     */
    static String citation(Citation citation) {
        StringBuilder html = new StringBuilder();
        for (Citation.Source source : citation.sources()) {
            if (html.length() > 0) {
                html.append("<br/>");
            }
            html.append(escape(source.toString())).append(' ');
            if (source.basis().isLibraryDefault()) {
                html.append("<span class=\"badge library-default\" title=\"").append(escape(Fmt.LIBRARY_DEFAULT_NOTE))
                        .append("\">library default</span>");
            } else {
                html.append("<span class=\"badge basis\">").append(escape(Fmt.basis(source.basis()))).append("</span>");
            }
        }
        return html.toString();
    }

    /** A subject id as code, linked to the subject's page when the site has one. */
    String subjectRef(String subjectId) {
        String code = "<code>" + escape(subjectId) + "</code>";
        return links.subject(subjectId).map(href -> "<a href=\"" + escape(href) + "\">" + code + "</a>").orElse(code);
    }

    static void pair(Appendable out, String key, String value) throws IOException {
        out.append("<dt>").append(escape(key)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    static String bandBadge(Band band) {
        return "<span class=\"badge band " + cssName("band", band.name()) + "\">" + band.name() + "</span>";
    }

    static String cssName(String prefix, String constant) {
        return prefix + "-" + constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String colour(Band band) {
        switch (band) {
            case EXEMPLARY:
                return "#1a7f37";
            case COMPLIANT:
                return "#0969da";
            case NEEDS_IMPROVEMENT:
                return "#bf8700";
            case NON_COMPLIANT:
                return "#cf222e";
            default:
                return "#6e7781";
        }
    }

    /** A horizontal bar chart of scores in [0, 100], one row per bar, in the order given. */
    static void chart(Appendable out, String title, List<Bar> bars, ReportOptions options) throws IOException {
        int labelChars = 8;
        for (Bar bar : bars) {
            labelChars = Math.max(labelChars, DisplayWidth.of(Fmt.oneLine(bar.label())));
        }
        int maxLabelChars = 44; // longer labels are shortened, with the whole label as a tooltip
        double labelWidth = 12 + 7 * Math.min(maxLabelChars, labelChars);
        double barMax = 400;
        double rowHeight = 24;
        double top = 34;
        double width = labelWidth + barMax + 240;
        double height = top + rowHeight * bars.size() + 8;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Fmt.px(width))
                .append("\" height=\"").append(Fmt.px(height)).append("\" viewBox=\"0 0 ").append(Fmt.px(width))
                .append(' ').append(Fmt.px(height)).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\">\n<title>").append(escape(title)).append("</title>\n");
        if (options.isSyntheticData()) {
            out.append("<text class=\"svg-stamp\" x=\"").append(Fmt.px(width - 6)).append("\" y=\"12\" text-anchor=\"end\">")
                    .append(Fmt.SYNTHETIC).append("</text>\n");
        }
        for (int tick = 0; tick <= 100; tick += 25) {
            String x = Fmt.px(labelWidth + barMax * tick / 100.0);
            out.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(Fmt.px(top - 4))
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(Fmt.px(height - 4)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(Fmt.px(top - 8))
                    .append("\" text-anchor=\"middle\">").append(Integer.toString(tick)).append("</text>\n");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + rowHeight * i;
            String textY = Fmt.px(y + rowHeight / 2 + 4);
            String label = Fmt.oneLine(bar.label());
            out.append("<g><text x=\"").append(Fmt.px(labelWidth - 8)).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">");
            // 7 px a column is a mean; leave a margin so that wide glyphs are not clipped
            String shown = labelChars > maxLabelChars ? DisplayWidth.truncate(label, maxLabelChars - 4) : label;
            if (!shown.equals(label)) {
                out.append("<title>").append(escape(label)).append("</title>");
            }
            out.append(escape(shown)).append("</text>");
            double length = bar.value().isPresent() ? barMax * bar.value().getAsDouble() / 100.0 : 0;
            if (bar.value().isPresent()) {
                out.append("<rect x=\"").append(Fmt.px(labelWidth)).append("\" y=\"").append(Fmt.px(y + 4))
                        .append("\" width=\"").append(Fmt.px(length)).append("\" height=\"")
                        .append(Fmt.px(rowHeight - 8)).append("\" fill=\"").append(bar.colour()).append("\"/>");
            }
            out.append("<text x=\"").append(Fmt.px(labelWidth + length + 6)).append("\" y=\"").append(textY)
                    .append("\">").append(escape(bar.valueText())).append("</text></g>\n");
        }
        out.append("</svg>\n");
    }

    /** Escapes text for element content and attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    boolean badControl = c < 0x20 && c != '\t' && c != '\n';
                    if (badControl || c == '\uFFFE' || c == '\uFFFF' || Json.unpairedSurrogate(text, i)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
