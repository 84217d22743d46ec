package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import java.io.IOException;
import java.util.ArrayList;
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

    private static final String NEUTRAL = "#57606a";

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
                    + "margin:0 auto;max-width:1200px;padding:0 1.5rem 2rem;color:#1f2328;line-height:1.45}",
            "h1{font-size:1.6rem;margin:1rem 0 .5rem}",
            "h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d0d7de}",
            ".stamp{position:sticky;top:0;background:#fff8c5;border:1px solid #d4a72c;color:#7d4e00;font-weight:bold;"
                    + "text-align:center;text-transform:uppercase;letter-spacing:.1em;padding:.2rem}",
            "@media print{.stamp{position:fixed;left:0;right:0}}",
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
            ".outcome-met{background:#dafbe1}.outcome-partially-met{background:#fff8c5}",
            ".outcome-not-met{background:#ffebe9}.outcome-not-applicable{background:#f6f8fa}",
            ".outcome-insufficient-evidence{background:#fbefff}",
            "svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1f2328}",
            "svg .axis{fill:#57606a;font-size:10px}svg .grid{stroke:#d0d7de;stroke-width:1}",
            "svg .svg-stamp{fill:#7d4e00;font-weight:bold;text-transform:uppercase}",
            "pre{background:#f6f8fa;padding:.8rem;overflow-x:auto;font-size:.85rem}",
            "footer{margin-top:2rem;color:#57606a;font-size:.85rem}");

    /** One bar of a chart. */
    private record Bar(String label, OptionalDouble value, String valueText, String colour) {
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
            out.append("<td>").append(escape(Fmt.citation(f.citation()))).append("<br/>");
            if (Fmt.isLibraryDefault(f)) {
                out.append("<span class=\"badge library-default\" title=\"")
                        .append(escape(Fmt.LIBRARY_DEFAULT_NOTE)).append("\">library default</span>");
            } else {
                out.append("<span class=\"badge basis\">").append(escape(Fmt.basis(f.citation().basis())))
                        .append("</span>");
            }
            out.append("</td>");
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
        out.append("<p>").append(Integer.toString(ranking.size())).append(ranking.size() == 1 ? " subject" : " subjects")
                .append(", ranked by score.");
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
                    Fmt.score(card) + " " + card.band().name() + (card.isRated() ? "" : " (not rated)"),
                    colour(card.band())));
        }
        chart(out, "Ranking of subjects by score", bars, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>Subjects</h2>\n<table>\n<thead><tr><th>#</th><th>Subject</th><th>Name</th>"
                + "<th>Pack</th><th>As of</th><th>Score</th><th>Band</th><th>Capped by</th><th>Met</th>"
                + "<th>Not met</th><th>Library defaults</th></tr></thead>\n<tbody>\n");
        rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            out.append("<tr><td class=\"num\">").append(Integer.toString(rank)).append("</td>");
            out.append("<td><code>").append(escape(card.subjectId())).append("</code></td>");
            out.append("<td>").append(escape(card.subjectName())).append("</td>");
            out.append("<td>").append(escape(card.packId() + " " + card.packVersion())).append("</td>");
            out.append("<td>").append(card.asOf().toString()).append("</td>");
            out.append("<td class=\"num\">").append(Fmt.score(card)).append("</td>");
            out.append("<td>").append(bandBadge(card.band())).append(card.isRated() ? "" : " not rated").append("</td>");
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

    private static void open(Appendable out, String title, ReportOptions options) throws IOException {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title + (options.isSyntheticData() ? " (" + Fmt.SYNTHETIC + ")" : "")))
                .append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        if (options.isSyntheticData()) {
            out.append("<div class=\"stamp\">").append(Fmt.SYNTHETIC).append("</div>\n");
        }
        out.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    private static void close(Appendable out, ReportOptions options) throws IOException {
        out.append("<footer>");
        if (options.isSyntheticData()) {
            out.append("<p class=\"stamp\">").append(Fmt.SYNTHETIC).append("</p>");
        }
        out.append("<p>Written by Circular. A score is a reading of the data against the pack's rules, not legal"
                + " advice.</p></footer>\n</body>\n</html>\n");
    }

    private static void pair(Appendable out, String key, String value) throws IOException {
        out.append("<dt>").append(escape(key)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static String bandBadge(Band band) {
        return "<span class=\"badge band " + cssName("band", band.name()) + "\">" + band.name() + "</span>";
    }

    private static String cssName(String prefix, String constant) {
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
            default:
                return "#cf222e";
        }
    }

    /** A horizontal bar chart of scores in [0, 100], one row per bar, in the order given. */
    private static void chart(Appendable out, String title, List<Bar> bars, ReportOptions options) throws IOException {
        int labelChars = 8;
        for (Bar bar : bars) {
            labelChars = Math.max(labelChars, DisplayWidth.of(Fmt.oneLine(bar.label())));
        }
        double labelWidth = Math.min(320, 12 + 7 * labelChars);
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
            out.append("<g><text x=\"").append(Fmt.px(labelWidth - 8)).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(escape(Fmt.oneLine(bar.label()))).append("</text>");
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
