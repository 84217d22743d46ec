package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Explanation;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.experiment.SensitivityRow;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the pages of a {@link ReportSite}: the index, a page per city and per enterprise, and the
 * experiment and sensitivity pages, each with the JSON (and for scorecards the CSV) of the same report.
 *
 * <p>What a finding shows is written by one method each: {@link #target} (the target and its terms),
 * {@link HtmlRenderer#citation} (the sources and their basis) and {@link #evidence}; the order of the
 * findings by {@link #actOnFirst}, the order of subjects by {@link OverviewReport#RANKING}.
 */
final class SitePages {

    /** The style rules a site adds to {@link HtmlRenderer#CSS}: navigation, rule cards, narrow screens, A4 print. */
    static final String CSS = "\n" + String.join("\n",
            "a{color:#0969da}a code{color:inherit}",
            "nav.crumbs{font-size:.9rem;margin:.8rem 0 0;color:#57606a}",
            "nav.crumbs .sep{margin:0 .4rem}",
            "td,th,dd,li,p,h1,h2,h3{overflow-wrap:break-word}",
            "table{margin:.3rem 0}",
            ".sub{color:#57606a;font-size:1rem;font-weight:normal}",
            ".rule{border:1px solid #d0d7de;border-left:6px solid #d0d7de;border-radius:6px;padding:.5rem .9rem;"
                    + "margin:.8rem 0}",
            ".rule.outcome-not-met{border-left-color:#cf222e;background:#fff}",
            ".rule.outcome-partially-met{border-left-color:#bf8700;background:#fff}",
            ".rule.outcome-insufficient-evidence{border-left-color:#8250df;background:#fff}",
            ".rule h3{font-size:1rem;margin:.1rem 0 .4rem}",
            ".rule dl{grid-template-columns:8rem minmax(0,1fr)}",
            ".ids{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}",
            ".ids code{display:inline-block;margin:0 .4rem 0 0}",
            ".caps{background:#cf222e;color:#fff;border-color:#cf222e}",
            ".not-rated{background:#eaeef2}",
            "tr.not-rated td{color:#57606a}",
            "details{margin:.5rem 0}summary{cursor:pointer;font-weight:bold}",
            "ul.parts{margin:.2rem 0;padding-left:1.1rem}",
            "ul.tree{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;"
                    + "list-style:none;padding-left:1rem;margin:.2rem 0;border-left:1px dotted #d0d7de}",
            "details>ul.tree{border-left:none;padding-left:0}",
            ".downloads{color:#57606a;font-size:.85rem}",
            "dl.moved{grid-template-columns:max-content minmax(0,1fr)}",
            "table.sensitivity td:first-child{white-space:nowrap}",
            "@media screen and (max-width:720px){",
            "body{padding:0 .7rem 1.5rem}h1{font-size:1.3rem}",
            "dl,.rule dl,dl.moved{grid-template-columns:minmax(0,1fr)}dd{margin:0 0 .4rem}",
            "table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack tbody th{display:block;width:auto}",
            "table.stack thead{display:none}",
            "table.stack tr{border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0}",
            "table.stack td{border:none;border-bottom:1px solid #eaeef2;text-align:left;white-space:normal}",
            "table.stack td::before{content:attr(data-label);display:inline-block;min-width:6.5rem;font-weight:bold;"
                    + "color:#57606a}",
            "table:not(.stack){display:block;overflow-x:auto;max-width:100%}",
            "}",
            "@page{size:A4;margin:14mm 12mm}",
            // a fixed stamp would be printed over the first lines of every page: in print the stamps open and
            // close the document, and every chart carries its own
            "@media print{.stamp{position:static}"
                    + "body{max-width:none;padding:0;font-size:10pt}nav.crumbs,.downloads{display:none}"
                    + "a{color:inherit;text-decoration:none}.rule,tr,svg{break-inside:avoid}h2,h3{break-after:avoid}"
                    + "table{font-size:7.5pt}th,td{padding:.15rem .3rem}.badge{font-size:7pt;padding:0 .3rem}"
                    + "th .badge{white-space:normal;overflow-wrap:anywhere}}");

    /** The outcomes a person acts on, in the order their rules are listed first. */
    static final List<Outcome> ACT_ON = List.of(Outcome.NOT_MET, Outcome.PARTIALLY_MET, Outcome.INSUFFICIENT_EVIDENCE);

    /**
     * The order of a subject's findings to act on: the rules that capped the band first, then by outcome
     * (not met, partially met, insufficient evidence); then in pack order (the sort is stable).
     */
    static Comparator<Finding> actOnFirst(Scorecard card) {
        return Comparator.comparing((Finding f) -> !card.cappedBy().contains(f.ruleId()))
                .thenComparing(f -> ACT_ON.indexOf(f.outcome()));
    }

    private static final String SEP = "<span class=\"sep\">\u203a</span>";

    private final ReportSite site;
    private final ReportOptions options;
    private final Map<String, String> pages = new HashMap<>();

    SitePages(ReportSite site) {
        this.site = site;
        this.options = site.options();
        for (Scorecard city : site.cities()) {
            pages.put(city.subjectId(), ReportSite.cityPage(city.subjectId()));
        }
        for (Scorecard enterprise : site.enterprises()) {
            // a city's page wins if a city and an enterprise share an id; the enterprise is reached from the index
            pages.putIfAbsent(enterprise.subjectId(), ReportSite.enterprisePage(enterprise.subjectId()));
        }
    }

    /** A page's links: subjects' pages, the site's style and the page's breadcrumbs. */
    private final class PageLinks implements Links {
        private final String nav;

        PageLinks(String nav) {
            this.nav = nav;
        }

        @Override
        public Optional<String> subject(String subjectId) {
            return Optional.ofNullable(pages.get(subjectId));
        }

        @Override
        public String nav() {
            return nav;
        }

        @Override
        public String css() {
            return CSS;
        }
    }

    private HtmlRenderer renderer(String... crumbs) {
        StringBuilder nav = new StringBuilder("<nav class=\"crumbs\" aria-label=\"Site\">");
        for (int i = 0; i < crumbs.length; i++) {
            nav.append(i == 0 ? "" : SEP).append(crumbs[i]);
        }
        return new HtmlRenderer(new PageLinks(nav.append("</nav>\n").toString()));
    }

    private static String link(String href, String text) {
        return "<a href=\"" + HtmlRenderer.escape(href) + "\">" + HtmlRenderer.escape(text) + "</a>";
    }

    private static String here(String text) {
        return "<span aria-current=\"page\">" + HtmlRenderer.escape(text) + "</span>";
    }

    private static String indexLink() {
        return link(ReportSite.INDEX, "Index");
    }

    static String experimentPage(int index) {
        return "experiment-" + (index + 1) + ".html";
    }

    static String sensitivityPage(int index) {
        return "sensitivity-" + (index + 1) + ".html";
    }

    private static String base(String page) {
        return page.substring(0, page.length() - ".html".length());
    }

    SortedMap<String, String> render() throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(ReportSite.INDEX, index());
        if (!site.cities().isEmpty()) {
            OverviewReport overview = OverviewReport.of(site.cities(), options.withTitle(site.title() + ": cities"));
            files.put("cities.json", overview.render(ReportFormat.JSON));
            files.put("cities.csv", overview.render(ReportFormat.CSV));
        }
        if (!site.enterprises().isEmpty()) {
            OverviewReport overview = OverviewReport.of(site.enterprises(),
                    options.withTitle(site.title() + ": enterprises"));
            files.put("enterprises.json", overview.render(ReportFormat.JSON));
            files.put("enterprises.csv", overview.render(ReportFormat.CSV));
        }
        for (Scorecard city : site.cities()) {
            subjectFiles(files, ReportSite.cityPage(city.subjectId()), city, true);
        }
        for (Scorecard enterprise : site.enterprises()) {
            subjectFiles(files, ReportSite.enterprisePage(enterprise.subjectId()), enterprise, false);
        }
        for (int i = 0; i < site.experiments().size(); i++) {
            ReportSite.Titled<ExperimentResult> e = site.experiments().get(i);
            resultFiles(files, experimentPage(i), e.title(), ExperimentReport.of(e.result(), options.withTitle(e.title())),
                    HtmlRenderer::experiment);
        }
        for (int i = 0; i < site.sensitivities().size(); i++) {
            ReportSite.Titled<SensitivityResult> s = site.sensitivities().get(i);
            resultFiles(files, sensitivityPage(i), s.title(), SensitivityReport.of(s.result(), options.withTitle(s.title())),
                    HtmlRenderer::sensitivity);
        }
        return files;
    }

    /** How the page of an experiment or a sweep is written. */
    private interface ResultPage<R extends Report> {
        void write(HtmlRenderer html, R report, Appendable out) throws IOException;
    }

    /** An experiment's or a sweep's page, linked to the subjects' pages, and its JSON. */
    private <R extends Report> void resultFiles(SortedMap<String, String> files, String page, String title, R report,
            ResultPage<R> writer) throws IOException {
        StringBuilder html = new StringBuilder();
        writer.write(renderer(indexLink(), here(title)), report, html);
        files.put(page, html.toString());
        files.put(base(page) + ".json", report.render(ReportFormat.JSON));
    }

    private void subjectFiles(SortedMap<String, String> files, String page, Scorecard card, boolean city)
            throws IOException {
        StringBuilder html = new StringBuilder();
        subjectPage(html, page, card, city);
        files.put(page, html.toString());
        ScorecardReport report = ScorecardReport.of(card, options.withTitle(card.subjectId() + " " + card.subjectName()));
        files.put(base(page) + ".json", report.render(ReportFormat.JSON));
        files.put(base(page) + ".csv", report.render(ReportFormat.CSV));
    }

    // ---------------------------------------------------------------------------------------------- index

    private String index() throws IOException {
        StringBuilder out = new StringBuilder();
        HtmlRenderer html = renderer(here("Index"));
        html.open(out, site.title(), options);
        out.append("<section class=\"headline\">\n<dl>\n");
        HtmlRenderer.pair(out, "As of", site.asOf().toString());
        if (!site.cities().isEmpty()) {
            Scorecard first = site.cities().get(0);
            HtmlRenderer.pair(out, "Cities", site.cities().size() + " scored with " + first.packId() + " "
                    + first.packVersion());
        }
        if (!site.enterprises().isEmpty()) {
            Scorecard first = site.enterprises().get(0);
            HtmlRenderer.pair(out, "Enterprises", site.enterprises().size() + " scored with " + first.packId() + " "
                    + first.packVersion());
        }
        if (options.generatedAt().isPresent()) {
            HtmlRenderer.pair(out, "Generated", options.generatedAt().get().toString());
        }
        out.append("<dt>Bands</dt><dd>");
        for (Band band : Band.values()) {
            out.append(HtmlRenderer.bandBadge(band)).append(' ');
        }
        out.append("</dd>\n</dl>\n<p class=\"msg\">Ranked by band, then score: a band capped by a failed mandatory"
                + " rule ranks below every better band whatever its score. Subjects that are not rated (no"
                + " accepted record, or no rule found evidence to judge) are listed last.</p>\n</section>\n");

        if (!site.experiments().isEmpty() || !site.sensitivities().isEmpty()) {
            out.append("<section>\n<h2>Experiments</h2>\n<ul>\n");
            for (int i = 0; i < site.experiments().size(); i++) {
                ExperimentResult r = site.experiments().get(i).result();
                out.append("<li>").append(link(experimentPage(i), site.experiments().get(i).title()))
                        .append(" <span class=\"msg\">").append(Integer.toString(r.migration().moved())).append(" of ")
                        .append(Integer.toString(r.size())).append(" subjects moved band</span></li>\n");
            }
            for (int i = 0; i < site.sensitivities().size(); i++) {
                SensitivityResult r = site.sensitivities().get(i).result();
                out.append("<li>").append(link(sensitivityPage(i), site.sensitivities().get(i).title()))
                        .append(" <span class=\"msg\">").append(HtmlRenderer.escape(r.parameter())).append(", ")
                        .append(Integer.toString(r.rows().size())).append(r.rows().size() == 1 ? " value" : " values")
                        .append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        if (!site.cities().isEmpty()) {
            out.append("<section>\n<h2>Cities</h2>\n");
            rankingTable(out, site.cities(), true);
            out.append("<p class=\"downloads\">Also as ").append(link("cities.json", "JSON")).append(" \u00b7 ")
                    .append(link("cities.csv", "CSV")).append("</p>\n</section>\n");
        }
        if (!site.enterprises().isEmpty()) {
            out.append("<section>\n<h2>Enterprises</h2>\n");
            rankingChart(out, "Enterprises ranked by band, then score", site.enterprises());
            rankingTable(out, site.enterprises(), false);
            out.append("<p class=\"downloads\">Also as ").append(link("enterprises.json", "JSON")).append(" \u00b7 ")
                    .append(link("enterprises.csv", "CSV")).append("</p>\n</section>\n");
        }
        libraryDefaultNote(out, site.enterprises().stream().anyMatch(Fmt::anyLibraryDefault)
                || site.cities().stream().anyMatch(Fmt::anyLibraryDefault));
        HtmlRenderer.close(out, options);
        return out.toString();
    }

    private void rankingChart(StringBuilder out, String title, List<Scorecard> ranking) throws IOException {
        List<HtmlRenderer.Bar> bars = new ArrayList<>();
        int rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            bars.add(new HtmlRenderer.Bar(rank + ". " + card.subjectName(), OptionalDouble.of(card.score()),
                    Fmt.score(card) + " " + card.band().name() + (card.isRated() ? "" : " (not rated)"),
                    HtmlRenderer.colour(card.band())));
        }
        HtmlRenderer.chart(out, title, bars, options);
    }

    /**
     * A ranking of cities or enterprises: rank, subject (linked), band with what capped it, score, the rules
     * to act on (linked to their cards) and, for cities, how their enterprises are banded.
     */
    private void rankingTable(StringBuilder out, List<Scorecard> ranking, boolean cities) {
        out.append("<table class=\"stack ranking\">\n<thead><tr><th>#</th><th>")
                .append(cities ? "City" : "Enterprise").append("</th>");
        if (!cities) {
            out.append("<th>City</th>");
        }
        out.append("<th>Band</th><th>Score</th><th>Rules to act on</th>");
        if (cities) {
            out.append("<th>Enterprises by band</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            String page = pages.get(card.subjectId());
            out.append("<tr").append(card.isRated() ? "" : " class=\"not-rated\"").append(">");
            out.append("<td class=\"num\" data-label=\"#\">").append(rank).append("</td>");
            out.append("<td data-label=\"").append(cities ? "City" : "Enterprise").append("\"><a href=\"")
                    .append(HtmlRenderer.escape(cities ? page : ReportSite.enterprisePage(card.subjectId())))
                    .append("\">").append(HtmlRenderer.escape(card.subjectName())).append("</a><br/><code>")
                    .append(HtmlRenderer.escape(card.subjectId())).append("</code></td>");
            if (!cities) {
                out.append("<td data-label=\"City\">");
                site.cityOf(card.subjectId()).ifPresentOrElse(
                        city -> out.append(link(ReportSite.cityPage(city.subjectId()), city.subjectName())),
                        () -> out.append("-"));
                out.append("</td>");
            }
            out.append("<td data-label=\"Band\">").append(band(card)).append("</td>");
            out.append("<td class=\"num\" data-label=\"Score\">").append(Fmt.score(card)).append("</td>");
            String subjectPage = cities ? page : ReportSite.enterprisePage(card.subjectId());
            out.append("<td data-label=\"Act on\">").append(ruleLinks(card, subjectPage)).append("</td>");
            if (cities) {
                out.append("<td data-label=\"Enterprises\">");
                int[] counts = new int[Band.values().length];
                for (Scorecard e : site.enterprisesOf(card.subjectId())) {
                    counts[e.band().ordinal()]++;
                }
                for (Band b : Band.values()) {
                    if (counts[b.ordinal()] > 0) {
                        out.append(HtmlRenderer.bandBadge(b)).append(' ').append(counts[b.ordinal()]).append(' ');
                    }
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The band badge, "not rated" where so, and the rules that capped it. */
    private static String band(Scorecard card) {
        StringBuilder html = new StringBuilder(HtmlRenderer.bandBadge(card.band()));
        if (!card.isRated() && card.band() != Band.NOT_RATED) {
            html.append(" <span class=\"badge not-rated\">not rated</span>");
        }
        if (!card.cappedBy().isEmpty()) {
            html.append(" <span class=\"msg\">capped</span>");
        }
        return html.toString();
    }

    /** The rules to act on, each linked to its card on the subject's page, or "none". */
    private static String ruleLinks(Scorecard card, String page) {
        List<Finding> act = actOn(card);
        if (act.isEmpty()) {
            return "none";
        }
        StringBuilder html = new StringBuilder();
        for (Finding f : act) {
            html.append("<a class=\"badge").append(card.cappedBy().contains(f.ruleId()) ? " caps" : "")
                    .append("\" href=\"").append(HtmlRenderer.escape(page)).append('#').append(anchor(f.ruleId()))
                    .append("\" title=\"").append(HtmlRenderer.escape(f.title() + ": " + outcome(f.outcome())))
                    .append("\">").append(HtmlRenderer.escape(f.ruleId().value())).append("</a> ");
        }
        return html.toString();
    }

    static List<Finding> actOn(Scorecard card) {
        List<Finding> act = new ArrayList<>();
        for (Finding f : card.findings()) {
            if (ACT_ON.contains(f.outcome())) {
                act.add(f);
            }
        }
        act.sort(actOnFirst(card));
        return act;
    }

    static String anchor(RuleId ruleId) {
        return "rule-" + ReportSite.safeName(ruleId.value());
    }

    private static String outcome(Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void libraryDefaultNote(StringBuilder out, boolean any) {
        if (any) {
            out.append("<p class=\"note\"><span class=\"badge library-default\">library default</span> ")
                    .append(HtmlRenderer.escape(Fmt.LIBRARY_DEFAULT_NOTE)).append(".</p>\n");
        }
    }

    // -------------------------------------------------------------------------------------- subject pages

    private void subjectPage(StringBuilder out, String page, Scorecard card, boolean isCity) throws IOException {
        Optional<Scorecard> city = isCity ? Optional.empty() : site.cityOf(card.subjectId());
        HtmlRenderer html = city.isPresent()
                ? renderer(indexLink(), link(ReportSite.cityPage(city.get().subjectId()), city.get().subjectName()),
                        here(card.subjectId()))
                : renderer(indexLink(), here(card.subjectId()));
        html.open(out, card.subjectName(), options);
        out.append("<section class=\"headline\">\n<dl>\n");
        out.append("<dt>").append(isCity ? "City" : "Enterprise").append("</dt><dd><code>")
                .append(HtmlRenderer.escape(card.subjectId())).append("</code></dd>\n");
        if (city.isPresent()) {
            out.append("<dt>City</dt><dd>").append(link(ReportSite.cityPage(city.get().subjectId()),
                    city.get().subjectName())).append("</dd>\n");
        }
        out.append("<dt>Band</dt><dd>").append(band(card));
        if (!card.cappedBy().isEmpty()) {
            out.append(" by ");
            for (int i = 0; i < card.cappedBy().size(); i++) {
                RuleId rule = card.cappedBy().get(i);
                out.append(i == 0 ? "" : ", ").append("<a href=\"#").append(anchor(rule)).append("\">")
                        .append(HtmlRenderer.escape(rule.value())).append("</a>");
            }
        }
        out.append("</dd>\n");
        HtmlRenderer.pair(out, "Score", Fmt.score(card) + " of 100");
        HtmlRenderer.pair(out, "Pack", card.packId() + " " + card.packVersion());
        HtmlRenderer.pair(out, "As of", card.asOf().toString());
        if (options.generatedAt().isPresent()) {
            HtmlRenderer.pair(out, "Generated", options.generatedAt().get().toString());
        }
        out.append("</dl>\n</section>\n");

        List<Finding> act = actOn(card);
        out.append("<section>\n<h2>Rules to act on (").append(act.size()).append(")</h2>\n");
        if (act.isEmpty()) {
            out.append("<p>No rule failed or lacked evidence.</p>\n");
        }
        for (Finding f : act) {
            findingCard(out, card, f);
        }
        out.append("</section>\n");

        if (isCity) {
            List<Scorecard> enterprises = site.enterprisesOf(card.subjectId());
            out.append("<section>\n<h2>Enterprises of ").append(HtmlRenderer.escape(card.subjectName())).append(" (")
                    .append(enterprises.size()).append(")</h2>\n");
            if (enterprises.isEmpty()) {
                out.append("<p>The site has no enterprise of this city.</p>\n");
            } else {
                rankingTable(out, enterprises, false);
            }
            out.append("</section>\n");
        }

        out.append("<section>\n<h2>Score per criterion</h2>\n");
        List<HtmlRenderer.Bar> bars = new ArrayList<>();
        bars.add(new HtmlRenderer.Bar("Total", OptionalDouble.of(card.score()), Fmt.score(card) + " "
                + card.band().name(), HtmlRenderer.colour(card.band())));
        for (CriterionScore c : card.criterionScores()) {
            bars.add(new HtmlRenderer.Bar(c.name(), c.score(), Fmt.criterionScore(c.score()) + " (weight "
                    + Fmt.decimal(c.weight()) + ", " + Fmt.fixed2(c.points()) + " points)", HtmlRenderer.NEUTRAL));
        }
        HtmlRenderer.chart(out, "Score per criterion of " + card.subjectId(), bars, options);
        out.append("</section>\n");

        out.append("<section>\n<h2>").append(act.isEmpty() ? "Rules" : "Other rules").append("</h2>\n<table class=\"stack findings\">\n<thead><tr><th>Rule</th>"
                + "<th>Outcome</th><th>Measured</th><th>Target</th><th>Points</th><th>Sources</th></tr></thead>\n"
                + "<tbody>\n");
        for (Finding f : card.findings()) {
            if (ACT_ON.contains(f.outcome())) {
                continue;
            }
            out.append("<tr id=\"").append(anchor(f.ruleId())).append("\" class=\"")
                    .append(HtmlRenderer.cssName("outcome", f.outcome().name())).append("\">");
            out.append("<td data-label=\"Rule\"><code>").append(HtmlRenderer.escape(f.ruleId().value()))
                    .append("</code><br/>").append(HtmlRenderer.escape(f.title())).append("</td>");
            out.append("<td data-label=\"Outcome\">").append(outcome(f.outcome())).append("</td>");
            out.append("<td data-label=\"Measured\">").append(HtmlRenderer.escape(f.measurement().toString()))
                    .append("</td>");
            out.append("<td data-label=\"Target\">").append(target(card, f)).append("</td>");
            out.append("<td class=\"num\" data-label=\"Points\">").append(Fmt.fixed2(f.points())).append("</td>");
            out.append("<td data-label=\"Sources\">").append(HtmlRenderer.citation(f.citation())).append("</td>");
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        libraryDefaultNote(out, Fmt.anyLibraryDefault(card));
        out.append("</section>\n");

        experimentsOf(out, card.subjectId());

        Explanation why = card.explain();
        out.append("<section>\n<h2>Reasoning</h2>\n<details>\n<summary>The whole reasoning: pack, criteria, rules,"
                + " measurements against targets, points</summary>\n<ul class=\"tree\">\n");
        tree(out, why);
        out.append("</ul>\n</details>\n</section>\n");
        out.append("<p class=\"downloads\">Also as ").append(link(base(page) + ".json", "JSON")).append(" \u00b7 ")
                .append(link(base(page) + ".csv", "CSV")).append("</p>\n");
        HtmlRenderer.close(out, options);
    }

    /** The card of a rule to act on: outcome, measurement, target, attainment, points, evidence and sources. */
    private void findingCard(StringBuilder out, Scorecard card, Finding f) throws IOException {
        out.append("<section class=\"rule ").append(HtmlRenderer.cssName("outcome", f.outcome().name()))
                .append("\" id=\"").append(anchor(f.ruleId())).append("\">\n<h3><code>")
                .append(HtmlRenderer.escape(f.ruleId().value())).append("</code> ")
                .append(HtmlRenderer.escape(f.title())).append("</h3>\n<dl>\n");
        out.append("<dt>Outcome</dt><dd>").append(outcome(f.outcome())).append("</dd>\n");
        HtmlRenderer.pair(out, "Measured", f.measurement().toString());
        out.append("<dt>Target</dt><dd>").append(target(card, f)).append("</dd>\n");
        HtmlRenderer.pair(out, "Attainment", Fmt.attainment(f) + ", " + Fmt.fixed2(f.points()) + " points");
        out.append("<dt>Evidence</dt><dd>").append(evidence(f)).append("</dd>\n");
        out.append("<dt>Sources</dt><dd>").append(HtmlRenderer.citation(f.citation())).append("</dd>\n");
        out.append("</dl>\n<p class=\"msg\">").append(HtmlRenderer.escape(f.message())).append("</p>\n</section>\n");
    }

    /**
     * A finding's target in force, whether it is mandatory and whether it capped the band, and, for a rule
     * whose acts fell under several terms, each term's part: its days, measurement against its target and
     * outcome. The one place that writes a target on a site page.
     */
    static String target(Scorecard card, Finding f) {
        StringBuilder html = new StringBuilder(HtmlRenderer.escape(Fmt.target(f)));
        if (f.isMandatory()) {
            html.append(" <span class=\"badge mandatory\">mandatory</span>");
        }
        if (card.cappedBy().contains(f.ruleId())) {
            html.append(" <span class=\"badge caps\">caps the band</span>");
        }
        if (f.parts().size() > 1) {
            html.append("<ul class=\"parts\">");
            for (Finding.Part part : f.parts()) {
                html.append("<li>").append(HtmlRenderer.escape(part.term().label() + ": " + part.measurement()
                        + " against " + part.term().target() + ", " + outcome(part.outcome())));
                if (part.term().mandatory()) {
                    html.append(" <span class=\"badge mandatory\">mandatory</span>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    /** The offending records: how many, and the ids shown under the options' limit. */
    private String evidence(Finding f) {
        if (f.evidence().count() == 0) {
            return "none";
        }
        List<String> shown = Fmt.shownIds(f.evidence(), options);
        long more = Fmt.omitted(f.evidence(), options);
        StringBuilder html = new StringBuilder().append(f.evidence().count()).append(" offending");
        if (!shown.isEmpty()) {
            html.append(":<div class=\"ids\">");
            for (String id : shown) {
                html.append("<code>").append(HtmlRenderer.escape(id)).append("</code>");
            }
            html.append("</div>");
        }
        if (more > 0) {
            html.append(more).append(" more not shown");
        }
        return html.toString();
    }

    /** The experiments and sweeps this subject is part of, linked to its row or value. */
    private void experimentsOf(StringBuilder out, String subjectId) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < site.experiments().size(); i++) {
            ReportSite.Titled<ExperimentResult> e = site.experiments().get(i);
            Optional<SubjectComparison> c = e.result().comparison(subjectId);
            if (c.isPresent()) {
                StringBuilder item = new StringBuilder(link(experimentPage(i) + "#subject-" + ReportSite.safeName(subjectId),
                        e.title()));
                item.append(": ").append(Fmt.score(c.get().baseline())).append(" \u2192 ")
                        .append(Fmt.score(c.get().variant())).append(" (").append(Fmt.signed(c.get().delta())).append(")");
                if (c.get().movedBand()) {
                    item.append(", ").append(HtmlRenderer.bandBadge(c.get().fromBand())).append(" \u2192 ")
                            .append(HtmlRenderer.bandBadge(c.get().toBand()));
                }
                items.add(item.toString());
            }
        }
        for (int i = 0; i < site.sensitivities().size(); i++) {
            ReportSite.Titled<SensitivityResult> s = site.sensitivities().get(i);
            TreeSet<String> values = new TreeSet<>();
            List<String> labels = new ArrayList<>();
            for (SensitivityRow row : s.result().rows()) {
                if (row.movedSubjects().contains(subjectId) && values.add(row.label())) {
                    labels.add(row.label());
                }
            }
            if (!labels.isEmpty()) {
                items.add(link(sensitivityPage(i), s.title()) + ": moved band at "
                        + HtmlRenderer.escape(String.join(", ", labels)));
            }
        }
        if (!items.isEmpty()) {
            out.append("<section>\n<h2>In experiments</h2>\n<ul>\n");
            for (String item : items) {
                out.append("<li>").append(item).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
    }

    private static void tree(StringBuilder out, Explanation node) {
        out.append("<li>").append(HtmlRenderer.escape(node.text()));
        if (!node.children().isEmpty()) {
            out.append("\n<ul class=\"tree\">\n");
            for (Explanation child : node.children()) {
                tree(out, child);
            }
            out.append("</ul>\n");
        }
        out.append("</li>\n");
    }
}
