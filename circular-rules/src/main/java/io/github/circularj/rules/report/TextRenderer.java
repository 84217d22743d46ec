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

/** Writes {@link ReportFormat#TEXT}. */
final class TextRenderer implements Renderer {

    private static final String STAMP = "*** " + Fmt.SYNTHETIC + " ***";

    @Override
    public void scorecard(ScorecardReport report, Appendable out) throws IOException {
        Scorecard card = report.scorecard();
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        TextTable head = new TextTable(List.of("", ""));
        head.row("Subject", card.subjectId() + "  " + card.subjectName());
        head.row("Pack", card.packId() + " " + card.packVersion());
        head.row("As of", card.asOf().toString());
        head.row("Score", Fmt.score(card) + " of 100");
        head.row("Band", Fmt.bandLine(card));
        options.generatedAt().ifPresent(at -> head.row("Generated", at.toString()));
        pairs(out, head);

        out.append("\nCriteria\n\n");
        TextTable criteria = new TextTable(List.of("Criterion", "Weight", "Score", "Points"), false, true, true, true);
        for (CriterionScore c : card.criterionScores()) {
            criteria.row(c.name(), Fmt.decimal(c.weight()), Fmt.criterionScore(c.score()), Fmt.fixed2(c.points()));
        }
        criteria.writeTo(out);

        out.append("\nFindings\n\n");
        TextTable findings = new TextTable(
                List.of("Rule", "Outcome", "Mandatory", "Measured", "Target", "Attainment", "Points", "Basis"),
                false, false, false, false, false, true, true, false);
        for (Finding f : card.findings()) {
            findings.row(f.ruleId().value(), f.outcome().name(), Fmt.yesNo(f.isMandatory()), f.measurement().toString(),
                    Fmt.target(f), Fmt.attainment(f), Fmt.fixed2(f.points()), Fmt.basis(f.citation().basis()));
        }
        findings.writeTo(out);
        for (Finding f : card.findings()) {
            out.append('\n').append(Fmt.oneLine(f.ruleId() + "  " + f.title())).append('\n');
            out.append("  ").append(Fmt.oneLine(f.message())).append('\n');
            out.append("  Citation: ").append(Fmt.oneLine(Fmt.citation(f.citation())))
                    .append(" (").append(Fmt.basis(f.citation().basis())).append(")\n");
            out.append("  Evidence: ").append(Fmt.oneLine(Fmt.evidence(f.evidence(), options))).append('\n');
        }
        if (Fmt.anyLibraryDefault(card)) {
            out.append('\n').append("Note: ").append(Fmt.LIBRARY_DEFAULT_NOTE).append(".\n");
        }
        out.append("\nReasoning\n\n");
        for (String line : card.explain().render().split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(Fmt.oneLine(line)).append('\n');
            }
        }
        footer(out, options);
    }

    @Override
    public void overview(OverviewReport report, Appendable out) throws IOException {
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        List<Scorecard> ranking = report.ranking();
        out.append(Integer.toString(ranking.size())).append(ranking.size() == 1 ? " subject" : " subjects")
                .append(", ranked by band, then score").append('\n');
        if (options.generatedAt().isPresent()) {
            out.append("Generated ").append(options.generatedAt().get().toString()).append('\n');
        }
        out.append('\n');
        TextTable table = new TextTable(
                List.of("#", "Subject", "Name", "Pack", "As of", "Score", "Band", "Capped by", "Library defaults"),
                true, false, false, false, false, true, false, false, true);
        int rank = 0;
        for (Scorecard card : ranking) {
            rank++;
            table.row(Integer.toString(rank), card.subjectId(), card.subjectName(), card.packId() + " " + card.packVersion(),
                    card.asOf().toString(), Fmt.score(card), card.band().name(),
                    Fmt.cappedBy(card, ", "), Long.toString(Fmt.libraryDefaults(card)));
        }
        table.writeTo(out);
        out.append('\n').append("Outcomes per subject").append("\n\n");
        TextTable outcomes = new TextTable(List.of("Subject", "Met", "Partly", "Not met", "N/A", "No evidence"),
                false, true, true, true, true, true);
        for (Scorecard card : ranking) {
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            outcomes.row(card.subjectId(), counts.get(Outcome.MET).toString(), counts.get(Outcome.PARTIALLY_MET).toString(),
                    counts.get(Outcome.NOT_MET).toString(), counts.get(Outcome.NOT_APPLICABLE).toString(),
                    counts.get(Outcome.INSUFFICIENT_EVIDENCE).toString());
        }
        outcomes.writeTo(out);
        if (ranking.stream().anyMatch(Fmt::anyLibraryDefault)) {
            out.append('\n').append("Note: ").append(Fmt.LIBRARY_DEFAULT_NOTE).append(".\n");
        }
        footer(out, options);
    }

    @Override
    public void experiment(ExperimentReport report, Appendable out) throws IOException {
        ExperimentResult result = report.result();
        ReportOptions options = report.options();
        BandMigration migration = result.migration();
        heading(out, report.title(), options);
        TextTable head = new TextTable(List.of("", ""));
        head.row("Baseline", Fmt.pack(result.baselinePack()));
        head.row("Variant", Fmt.pack(result.variantPack()));
        head.row("As of", result.asOf().toString());
        head.row("Subjects", Integer.toString(result.size()));
        head.row("Moved band", migration.moved() + " (" + migration.downgraded() + " down, " + migration.upgraded()
                + " up)");
        options.generatedAt().ifPresent(at -> head.row("Generated", at.toString()));
        pairs(out, head);

        out.append("\nSummary\n\n");
        TextTable summary = new TextTable(List.of("", "n", "Mean", "Median", "Min", "Max"),
                false, true, true, true, true, true);
        Summary s = result.summary();
        statisticsRow(summary, "Baseline score", s.baselineScores(), false);
        statisticsRow(summary, "Variant score", s.variantScores(), false);
        statisticsRow(summary, "Delta", s.deltas(), true);
        summary.writeTo(out);

        out.append("\nBand migration (rows: baseline band; columns: variant band)\n\n");
        List<String> headers = new ArrayList<>();
        headers.add("From \\ To");
        for (Band to : Band.values()) {
            headers.add(to.name());
        }
        headers.add("Total");
        TextTable matrix = new TextTable(headers, false, true, true, true, true, true);
        for (Band from : Band.values()) {
            List<String> row = new ArrayList<>();
            row.add(from.name());
            for (Band to : Band.values()) {
                row.add(Integer.toString(migration.count(from, to)));
            }
            row.add(Integer.toString(migration.fromCounts().count(from)));
            matrix.row(row.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>();
        totals.add("Total");
        for (Band to : Band.values()) {
            totals.add(Integer.toString(migration.toCounts().count(to)));
        }
        totals.add(Integer.toString(migration.total()));
        matrix.row(totals.toArray(String[]::new));
        matrix.writeTo(out);

        out.append("\nSubjects by delta, largest fall first\n\n");
        TextTable subjects = new TextTable(List.of("#", "Subject", "Name", "Baseline", "Variant", "Delta", "From", "To",
                "Changed rules"), true, false, false, true, true, true, false, false, false);
        int rank = 0;
        for (SubjectComparison c : report.ranking()) {
            rank++;
            subjects.row(Integer.toString(rank), c.subjectId(), c.subjectName(), Fmt.score(c.baseline()),
                    Fmt.score(c.variant()), Fmt.signed(c.delta()), c.fromBand().name(),
                    c.toBand().name() + (c.movedBand() ? " *" : ""), Fmt.ruleIds(c.changedRules(), ", "));
        }
        subjects.writeTo(out);
        out.append("(* moved band)\n");

        out.append("\nRule impacts\n\n");
        if (result.ruleImpacts().isEmpty()) {
            out.append("No rule's finding changed for any subject.\n");
        } else {
            TextTable impacts = new TextTable(List.of("Rule", "Subjects changed", "Of which moved band"),
                    false, true, true);
            for (RuleImpact impact : result.ruleImpacts()) {
                impacts.row(impact.ruleId().value(), Integer.toString(impact.subjectsChanged()),
                        Integer.toString(impact.subjectsMovedBand()));
            }
            impacts.writeTo(out);
        }
        footer(out, options);
    }

    @Override
    public void sensitivity(SensitivityReport report, Appendable out) throws IOException {
        SensitivityResult result = report.result();
        ReportOptions options = report.options();
        heading(out, report.title(), options);
        TextTable head = new TextTable(List.of("", ""));
        head.row("Pack", Fmt.pack(result.pack()));
        head.row("Parameter", result.parameter());
        head.row("As of", result.asOf().toString());
        head.row("Subjects", Integer.toString(result.populationSize()));
        head.row("As given", "mean score " + Fmt.stat(result.baselineScores().mean()) + "; " + result.baselineBands());
        options.generatedAt().ifPresent(at -> head.row("Generated", at.toString()));
        pairs(out, head);
        out.append('\n');
        List<String> headers = new ArrayList<>(List.of("Value", "Mean", "Median", "Min", "Max", "Mean delta"));
        for (Band band : Band.values()) {
            headers.add(band.name());
        }
        headers.add("Moved band");
        TextTable rows = new TextTable(headers, false, true, true, true, true, true, true, true, true, true, true);
        for (SensitivityRow row : result.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.label(), Fmt.stat(row.scores().mean()),
                    Fmt.stat(row.scores().median()), Fmt.stat(row.scores().min()), Fmt.stat(row.scores().max()),
                    Fmt.signedStat(row.deltas().mean())));
            for (Band band : Band.values()) {
                cells.add(Integer.toString(row.bands().count(band)));
            }
            cells.add(Integer.toString(row.subjectsMovedBand()));
            rows.row(cells.toArray(String[]::new));
        }
        rows.writeTo(out);
        footer(out, options);
    }

    private static void statisticsRow(TextTable table, String name, Statistics stats, boolean signed) {
        table.row(name, Integer.toString(stats.count()),
                signed ? Fmt.signedStat(stats.mean()) : Fmt.stat(stats.mean()),
                signed ? Fmt.signedStat(stats.median()) : Fmt.stat(stats.median()),
                signed ? Fmt.signedStat(stats.min()) : Fmt.stat(stats.min()),
                signed ? Fmt.signedStat(stats.max()) : Fmt.stat(stats.max()));
    }

    private static void heading(Appendable out, String title, ReportOptions options) throws IOException {
        String line = Fmt.oneLine(title);
        out.append(line).append('\n').append("=".repeat(Math.max(1, DisplayWidth.of(line)))).append('\n');
        if (options.isSyntheticData()) {
            out.append(STAMP).append('\n');
        }
        out.append('\n');
    }

    private static void footer(Appendable out, ReportOptions options) throws IOException {
        if (options.isSyntheticData()) {
            out.append('\n').append(STAMP).append('\n');
        }
    }

    /** A two-column key/value block without the table's header lines. */
    private static void pairs(Appendable out, TextTable table) throws IOException {
        StringBuilder buffer = new StringBuilder();
        table.writeTo(buffer);
        String[] lines = buffer.toString().split("\n");
        for (int i = 2; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
        }
    }
}
