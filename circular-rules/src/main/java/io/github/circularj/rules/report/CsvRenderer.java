package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SensitivityResult;
import io.github.circularj.rules.experiment.SensitivityRow;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes {@link ReportFormat#CSV} per RFC 4180: a header row, fields quoted with double quotes when they
 * hold a comma, a double quote, CR or LF (quotes doubled), records ended by CRLF. Numbers are plain
 * decimals with a full stop; a missing value is an empty field; lists of ids are joined by {@code ;}.
 *
 * <p>Scorecard: one row per finding, each repeating the subject's columns. Overview: one row per subject,
 * in ranking order. Experiment: one row per subject, ranked by delta. Sensitivity: one row per swept value.
 * The last column, {@code synthetic_data}, is {@code true} in a report of synthetic data.
 */
final class CsvRenderer implements Renderer {

    static final List<String> FINDING_COLUMNS = List.of("subject_id", "subject_name", "pack_id", "pack_version",
            "as_of", "score", "band", "rule_id", "rule_title", "outcome", "mandatory", "measurement", "measured_value",
            "unit", "numerator", "denominator", "target", "target_direction", "threshold", "target_overridden",
            "attainment", "weight", "points", "citation_title", "citation_article", "citation_issuer",
            "citation_date", "basis", "library_default", "evidence_count", "evidence_ids", "evidence_omitted",
            "message", "synthetic_data");

    static final List<String> SUBJECT_COLUMNS = List.of("rank", "subject_id", "subject_name", "pack_id",
            "pack_version", "as_of", "score", "band", "rated", "capped_by", "findings", "met", "partially_met",
            "not_met", "not_applicable", "insufficient_evidence", "library_defaults", "synthetic_data");

    static final List<String> COMPARISON_COLUMNS = List.of("rank", "subject_id", "subject_name", "baseline_pack_id",
            "baseline_pack_version", "variant_pack_id", "variant_pack_version", "as_of", "baseline_score",
            "variant_score", "delta", "baseline_band", "variant_band", "moved_band", "changed_rules", "synthetic_data");

    static final List<String> SENSITIVITY_COLUMNS = List.of("pack_id", "pack_version", "parameter", "as_of", "label",
            "value", "count", "mean", "median", "min", "max", "mean_delta", "exemplary", "compliant",
            "needs_improvement", "non_compliant", "moved_band", "synthetic_data");

    private static final String CRLF = "\r\n";

    @Override
    public void scorecard(ScorecardReport report, Appendable out) throws IOException {
        Scorecard card = report.scorecard();
        ReportOptions options = report.options();
        record(out, FINDING_COLUMNS);
        for (Finding f : card.findings()) {
            Measurement m = f.measurement();
            List<String> row = new ArrayList<>();
            row.add(card.subjectId());
            row.add(card.subjectName());
            row.add(card.packId());
            row.add(card.packVersion());
            row.add(card.asOf().toString());
            row.add(Fmt.score(card));
            row.add(card.band().name());
            row.add(f.ruleId().value());
            row.add(f.title());
            row.add(f.outcome().name());
            row.add(Boolean.toString(f.isMandatory()));
            row.add(m.toString());
            row.add(m.value().isPresent() ? Fmt.decimal(m.value().getAsDouble()) : "");
            row.add(m.unit().name());
            row.add(m.numerator().isPresent() ? Long.toString(m.numerator().getAsLong()) : "");
            row.add(m.denominator().isPresent() ? Long.toString(m.denominator().getAsLong()) : "");
            row.add(f.target().isPresent() ? Fmt.target(f) : "");
            row.add(f.target().map(t -> t.direction().name()).orElse(""));
            row.add(f.target().map(t -> Fmt.decimal(t.threshold())).orElse(""));
            row.add(f.term().map(t -> Boolean.toString(t.isOverridden())).orElse(""));
            row.add(f.attainment().isPresent() ? Fmt.decimal(f.attainment().getAsDouble()) : "");
            row.add(Fmt.decimal(f.weight()));
            row.add(Fmt.fixed2(f.points()));
            row.add(f.citation().title());
            row.add(f.citation().article());
            row.add(f.citation().issuer());
            row.add(f.citation().date().map(Object::toString).orElse(""));
            row.add(f.citation().basis().name());
            row.add(Boolean.toString(Fmt.isLibraryDefault(f)));
            row.add(Long.toString(f.evidence().count()));
            row.add(String.join(";", Fmt.shownIds(f.evidence(), options)));
            row.add(Long.toString(Fmt.omitted(f.evidence(), options)));
            row.add(f.message());
            row.add(Boolean.toString(options.isSyntheticData()));
            record(out, row);
        }
    }

    @Override
    public void overview(OverviewReport report, Appendable out) throws IOException {
        record(out, SUBJECT_COLUMNS);
        int rank = 0;
        for (Scorecard card : report.ranking()) {
            rank++;
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(rank));
            row.add(card.subjectId());
            row.add(card.subjectName());
            row.add(card.packId());
            row.add(card.packVersion());
            row.add(card.asOf().toString());
            row.add(Fmt.score(card));
            row.add(card.band().name());
            row.add(Boolean.toString(card.isRated()));
            row.add(Fmt.cappedBy(card, ";"));
            row.add(Integer.toString(card.findings().size()));
            for (Outcome outcome : Outcome.values()) {
                row.add(Optional.ofNullable(counts.get(outcome)).orElse(0L).toString());
            }
            row.add(Long.toString(Fmt.libraryDefaults(card)));
            row.add(Boolean.toString(report.options().isSyntheticData()));
            record(out, row);
        }
    }

    @Override
    public void experiment(ExperimentReport report, Appendable out) throws IOException {
        ExperimentResult result = report.result();
        record(out, COMPARISON_COLUMNS);
        int rank = 0;
        for (SubjectComparison c : report.ranking()) {
            rank++;
            record(out, List.of(Integer.toString(rank), c.subjectId(), c.subjectName(), result.baselinePack().id(),
                    result.baselinePack().version(), result.variantPack().id(), result.variantPack().version(),
                    result.asOf().toString(), Fmt.score(c.baseline()), Fmt.score(c.variant()), Fmt.fixed2(c.delta()),
                    c.fromBand().name(), c.toBand().name(), Boolean.toString(c.movedBand()),
                    Fmt.ruleIds(c.changedRules(), ";"), Boolean.toString(report.options().isSyntheticData())));
        }
    }

    @Override
    public void sensitivity(SensitivityReport report, Appendable out) throws IOException {
        SensitivityResult result = report.result();
        record(out, SENSITIVITY_COLUMNS);
        for (SensitivityRow row : result.rows()) {
            List<String> fields = new ArrayList<>(List.of(result.pack().id(), result.pack().version(),
                    result.parameter(), result.asOf().toString(), row.label(), Fmt.decimal(row.value()),
                    Integer.toString(row.scores().count()), optional(row.scores().mean()),
                    optional(row.scores().median()), optional(row.scores().min()), optional(row.scores().max()),
                    optional(row.deltas().mean())));
            for (Band band : Band.values()) {
                fields.add(Integer.toString(row.bands().count(band)));
            }
            fields.add(Integer.toString(row.subjectsMovedBand()));
            fields.add(Boolean.toString(report.options().isSyntheticData()));
            record(out, fields);
        }
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? Fmt.fixed2(value.getAsDouble()) : "";
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static void record(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }
}
