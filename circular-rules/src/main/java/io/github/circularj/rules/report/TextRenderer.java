package io.github.circularj.rules.report;

import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import java.io.IOException;
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
                .append(", ranked by score").append('\n');
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
                    card.asOf().toString(), Fmt.score(card), card.band().name() + (card.isRated() ? "" : " (not rated)"),
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
