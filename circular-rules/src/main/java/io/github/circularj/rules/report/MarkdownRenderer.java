package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
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
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ReportFormat#MARKDOWN}: GitHub-flavoured Markdown. Text is made one line and every
 * character Markdown or a pipe table could read as syntax is escaped with a backslash (CommonMark
 * allows a backslash before any ASCII punctuation).
 */
final class MarkdownRenderer implements Renderer {

    private static final String SPECIAL = "\\`*_[]<>|&#~!";
    private static final String STAMP = "> **" + Fmt.SYNTHETIC + "**";

    @Override
    public void scorecard(ScorecardReport report, Appendable out) throws IOException {
        Scorecard card = report.scorecard();
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        item(out, "Subject", card.subjectId() + " " + card.subjectName());
        item(out, "Pack", card.packId() + " " + card.packVersion());
        item(out, "As of", card.asOf().toString());
        item(out, "Score", Fmt.score(card) + " of 100");
        item(out, "Band", Fmt.bandLine(card));
        if (options.generatedAt().isPresent()) {
            item(out, "Generated", options.generatedAt().get().toString());
        }

        out.append("\n## Criteria\n\n");
        header(out, List.of("Criterion", "Weight", "Score", "Points"), false, true, true, true);
        for (CriterionScore c : card.criterionScores()) {
            row(out, c.name(), Fmt.decimal(c.weight()), Fmt.criterionScore(c.score()), Fmt.fixed2(c.points()));
        }

        out.append("\n## Findings\n\n");
        header(out, List.of("Rule", "Title", "Outcome", "Mandatory", "Measured", "Target", "Attainment", "Points",
                "Citation", "Basis", "Evidence"), false, false, false, false, false, false, true, true, false, false, false);
        for (Finding f : card.findings()) {
            String basis = Fmt.basis(f.citation().basis());
            row(out, f.ruleId().value(), f.title(), f.outcome().name(), Fmt.yesNo(f.isMandatory()),
                    f.measurement().toString(), Fmt.target(f), Fmt.attainment(f), Fmt.fixed2(f.points()),
                    Fmt.citation(f.citation()), basis, Fmt.evidence(f.evidence(), options));
        }
        out.append("\n## Messages\n\n");
        for (Finding f : card.findings()) {
            out.append("- **").append(escape(f.ruleId().value())).append("**: ").append(escape(f.message())).append('\n');
        }
        if (Fmt.anyLibraryDefault(card)) {
            out.append("\n> **Note:** ").append(escape(Fmt.LIBRARY_DEFAULT_NOTE)).append(".\n");
        }
        footer(out, options);
    }

    @Override
    public void overview(OverviewReport report, Appendable out) throws IOException {
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        List<Scorecard> ranking = report.ranking();
        out.append(Integer.toString(ranking.size())).append(ranking.size() == 1 ? " subject" : " subjects")
                .append(", ranked by band, then score.\n");
        if (options.generatedAt().isPresent()) {
            out.append("Generated ").append(options.generatedAt().get().toString()).append(".\n");
        }
        out.append('\n');
        header(out, List.of("#", "Subject", "Name", "Pack", "As of", "Score", "Band", "Capped by", "Met", "Not met",
                "Library defaults"), true, false, false, false, false, true, false, false, true, true, true);
        int rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            row(out, Integer.toString(rank), card.subjectId(), card.subjectName(), card.packId() + " " + card.packVersion(),
                    card.asOf().toString(), Fmt.score(card), card.band().name(),
                    Fmt.cappedBy(card, ", "), counts.get(Outcome.MET).toString(), counts.get(Outcome.NOT_MET).toString(),
                    Long.toString(Fmt.libraryDefaults(card)));
        }
        if (ranking.stream().anyMatch(Fmt::anyLibraryDefault)) {
            out.append("\n> **Note:** ").append(escape(Fmt.LIBRARY_DEFAULT_NOTE)).append(".\n");
        }
        footer(out, options);
    }

    @Override
    public void experiment(ExperimentReport report, Appendable out) throws IOException {
        ExperimentResult result = report.result();
        ReportOptions options = report.options();
        BandMigration migration = result.migration();
        heading(out, report.title(), options);
        item(out, "Baseline", Fmt.pack(result.baselinePack()));
        item(out, "Variant", Fmt.pack(result.variantPack()));
        item(out, "As of", result.asOf().toString());
        item(out, "Subjects", Integer.toString(result.size()));
        item(out, "Moved band", migration.moved() + " (" + migration.downgraded() + " down, " + migration.upgraded()
                + " up)");
        if (options.generatedAt().isPresent()) {
            item(out, "Generated", options.generatedAt().get().toString());
        }

        out.append("\n## Summary\n\n");
        header(out, List.of("", "n", "Mean", "Median", "Min", "Max"), false, true, true, true, true, true);
        Summary summary = result.summary();
        statisticsRow(out, "Baseline score", summary.baselineScores(), false);
        statisticsRow(out, "Variant score", summary.variantScores(), false);
        statisticsRow(out, "Delta", summary.deltas(), true);

        out.append("\n## Band migration\n\nRows: baseline band; columns: variant band.\n\n");
        List<String> headers = new ArrayList<>();
        headers.add("From \\ To");
        for (Band to : Band.values()) {
            headers.add(to.name());
        }
        headers.add("Total");
        header(out, headers, false, true, true, true, true, true);
        for (Band from : Band.values()) {
            List<String> cells = new ArrayList<>();
            cells.add(from.name());
            for (Band to : Band.values()) {
                cells.add(Integer.toString(migration.count(from, to)));
            }
            cells.add(Integer.toString(migration.fromCounts().count(from)));
            row(out, cells.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>();
        totals.add("Total");
        for (Band to : Band.values()) {
            totals.add(Integer.toString(migration.toCounts().count(to)));
        }
        totals.add(Integer.toString(migration.total()));
        row(out, totals.toArray(String[]::new));

        out.append("\n## Subjects by delta, largest fall first\n\n");
        header(out, List.of("#", "Subject", "Name", "Baseline", "Variant", "Delta", "From", "To", "Moved band",
                "Changed rules"), true, false, false, true, true, true, false, false, false, false);
        int rank = 0;
        for (SubjectComparison c : report.ranking()) {
            rank++;
            row(out, Integer.toString(rank), c.subjectId(), c.subjectName(), Fmt.score(c.baseline()),
                    Fmt.score(c.variant()), Fmt.signed(c.delta()), c.fromBand().name(), c.toBand().name(),
                    Fmt.yesNo(c.movedBand()), Fmt.ruleIds(c.changedRules(), ", "));
        }

        out.append("\n## Rule impacts\n\n");
        if (result.ruleImpacts().isEmpty()) {
            out.append("No rule's finding changed for any subject.\n");
        } else {
            header(out, List.of("Rule", "Subjects changed", "Of which moved band"), false, true, true);
            for (RuleImpact impact : result.ruleImpacts()) {
                row(out, impact.ruleId().value(), Integer.toString(impact.subjectsChanged()),
                        Integer.toString(impact.subjectsMovedBand()));
            }
        }
        footer(out, options);
    }

    @Override
    public void sensitivity(SensitivityReport report, Appendable out) throws IOException {
        SensitivityResult result = report.result();
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        item(out, "Pack", Fmt.pack(result.pack()));
        item(out, "Parameter", result.parameter());
        item(out, "As of", result.asOf().toString());
        item(out, "Subjects", Integer.toString(result.populationSize()));
        item(out, "As given", "mean score " + Fmt.stat(result.baselineScores().mean()) + "; " + result.baselineBands());
        if (options.generatedAt().isPresent()) {
            item(out, "Generated", options.generatedAt().get().toString());
        }
        out.append('\n');
        List<String> headers = new ArrayList<>(List.of("Value", "Mean", "Median", "Min", "Max", "Mean delta"));
        for (Band band : Band.values()) {
            headers.add(band.name());
        }
        headers.add("Moved band");
        header(out, headers, false, true, true, true, true, true, true, true, true, true, true);
        for (SensitivityRow r : result.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.label(), Fmt.stat(r.scores().mean()),
                    Fmt.stat(r.scores().median()), Fmt.stat(r.scores().min()), Fmt.stat(r.scores().max()),
                    Fmt.signedStat(r.deltas().mean())));
            for (Band band : Band.values()) {
                cells.add(Integer.toString(r.bands().count(band)));
            }
            cells.add(Integer.toString(r.subjectsMovedBand()));
            row(out, cells.toArray(String[]::new));
        }
        footer(out, options);
    }

    private static void statisticsRow(Appendable out, String name, Statistics stats, boolean signed)
            throws IOException {
        row(out, name, Integer.toString(stats.count()),
                signed ? Fmt.signedStat(stats.mean()) : Fmt.stat(stats.mean()),
                signed ? Fmt.signedStat(stats.median()) : Fmt.stat(stats.median()),
                signed ? Fmt.signedStat(stats.min()) : Fmt.stat(stats.min()),
                signed ? Fmt.signedStat(stats.max()) : Fmt.stat(stats.max()));
    }

    static String escape(String text) {
        String line = Fmt.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void heading(Appendable out, String title, ReportOptions options) throws IOException {
        out.append("# ").append(escape(title)).append("\n\n");
        if (options.isSyntheticData()) {
            out.append(STAMP).append("\n\n");
        }
    }

    private static void footer(Appendable out, ReportOptions options) throws IOException {
        if (options.isSyntheticData()) {
            out.append('\n').append(STAMP).append('\n');
        }
    }

    private static void item(Appendable out, String key, String value) throws IOException {
        out.append("- **").append(key).append(":** ").append(escape(value)).append('\n');
    }

    private static void header(Appendable out, List<String> names, boolean... rightAligned) throws IOException {
        out.append('|');
        for (String name : names) {
            out.append(' ').append(escape(name)).append(" |");
        }
        out.append("\n|");
        for (boolean right : rightAligned) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
    }

    private static void row(Appendable out, String... cells) throws IOException {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }
}
