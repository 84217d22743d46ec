package io.github.circularj.rules.report;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
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
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes {@link ReportFormat#JSON} as described by {@code docs/report-schema.json}: keys in a fixed
 * order, scores and points with exactly two decimals, other numbers with at most six, absent values as
 * {@code null}.
 */
final class JsonRenderer implements Renderer {

    /** The version of {@code docs/report-schema.json} the output follows. */
    static final int SCHEMA_VERSION = 1;

    @Override
    public void scorecard(ScorecardReport report, Appendable out) throws IOException {
        Json.Obj root = envelope("scorecard", report.title(), report.options());
        root.put("scorecard", scorecard(report.scorecard(), report.options()));
        Json.write(root, out);
    }

    @Override
    public void overview(OverviewReport report, Appendable out) throws IOException {
        Json.Obj root = envelope("overview", report.title(), report.options());
        Json.Arr subjects = new Json.Arr();
        int rank = 0;
        for (Scorecard card : report.ranking()) {
            rank++;
            Json.Obj subject = new Json.Obj().put("rank", rank);
            headline(card, subject);
            Map<Outcome, Long> counts = Fmt.outcomes(card);
            Json.Obj outcomes = new Json.Obj();
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome.name(), counts.get(outcome));
            }
            subject.put("outcomes", outcomes);
            subject.put("libraryDefaults", Fmt.libraryDefaults(card));
            subjects.add(subject);
        }
        root.put("subjects", subjects);
        Json.write(root, out);
    }

    @Override
    public void experiment(ExperimentReport report, Appendable out) throws IOException {
        ExperimentResult result = report.result();
        BandMigration migration = result.migration();
        Json.Obj root = envelope("experiment", report.title(), report.options());
        root.put("baselinePack", pack(result.baselinePack()))
                .put("variantPack", pack(result.variantPack()))
                .put("asOf", result.asOf().toString())
                .put("subjects", result.size())
                .put("movedBand", migration.moved())
                .put("downgraded", migration.downgraded())
                .put("upgraded", migration.upgraded());
        Summary summary = result.summary();
        root.put("summary", new Json.Obj()
                .put("baselineScores", statistics(summary.baselineScores()))
                .put("variantScores", statistics(summary.variantScores()))
                .put("deltas", statistics(summary.deltas()))
                .put("baselineBands", bands(summary.baselineBands()))
                .put("variantBands", bands(summary.variantBands())));
        Json.Arr cells = new Json.Arr();
        for (BandMigration.Cell cell : migration.cells()) {
            cells.add(new Json.Obj().put("from", cell.from().name()).put("to", cell.to().name())
                    .put("count", cell.count()));
        }
        root.put("migration", cells);
        Json.Arr comparisons = new Json.Arr();
        int rank = 0;
        for (SubjectComparison c : report.ranking()) {
            rank++;
            comparisons.add(new Json.Obj()
                    .put("rank", rank)
                    .put("subjectId", c.subjectId())
                    .put("subjectName", c.subjectName())
                    .put("baselineScore", new Json.Num(Fmt.score(c.baseline())))
                    .put("variantScore", new Json.Num(Fmt.score(c.variant())))
                    .put("delta", new Json.Num(Fmt.fixed2(c.delta())))
                    .put("baselineBand", c.fromBand().name())
                    .put("variantBand", c.toBand().name())
                    .put("movedBand", c.movedBand())
                    .put("changedRules", Json.strings(c.changedRules().stream().map(RuleId::value).toList())));
        }
        root.put("comparisons", comparisons);
        Json.Arr impacts = new Json.Arr();
        for (RuleImpact impact : result.ruleImpacts()) {
            impacts.add(new Json.Obj().put("ruleId", impact.ruleId().value())
                    .put("subjectsChanged", impact.subjectsChanged())
                    .put("subjectsMovedBand", impact.subjectsMovedBand()));
        }
        root.put("ruleImpacts", impacts);
        Json.write(root, out);
    }

    @Override
    public void sensitivity(SensitivityReport report, Appendable out) throws IOException {
        SensitivityResult result = report.result();
        Json.Obj root = envelope("sensitivity", report.title(), report.options());
        root.put("pack", pack(result.pack()))
                .put("parameter", result.parameter())
                .put("asOf", result.asOf().toString())
                .put("subjects", result.populationSize())
                .put("baselineScores", statistics(result.baselineScores()))
                .put("baselineBands", bands(result.baselineBands()));
        Json.Arr rows = new Json.Arr();
        for (SensitivityRow row : result.rows()) {
            rows.add(new Json.Obj()
                    .put("label", row.label())
                    .put("value", decimal(row.value()))
                    .put("scores", statistics(row.scores()))
                    .put("deltas", statistics(row.deltas()))
                    .put("bands", bands(row.bands()))
                    .put("movedBand", row.subjectsMovedBand()));
        }
        root.put("rows", rows);
        Json.write(root, out);
    }

    private static Json.Obj pack(RulePack<?, ?> pack) {
        return new Json.Obj().put("id", pack.id()).put("version", pack.version());
    }

    private static Json.Obj statistics(Statistics stats) {
        return new Json.Obj()
                .put("count", stats.count())
                .put("mean", fixed2(stats.mean()))
                .put("median", fixed2(stats.median()))
                .put("min", fixed2(stats.min()))
                .put("max", fixed2(stats.max()));
    }

    private static Json.Obj bands(BandCounts counts) {
        Json.Obj obj = new Json.Obj();
        for (Band band : Band.values()) {
            obj.put(band.name(), counts.count(band));
        }
        return obj;
    }

    private static Json.Obj envelope(String kind, String title, ReportOptions options) {
        return new Json.Obj()
                .put("schemaVersion", SCHEMA_VERSION)
                .put("kind", kind)
                .put("title", title)
                .put("syntheticData", options.isSyntheticData())
                .put("generatedAt", options.generatedAt().<Json.Value>map(at -> new Json.Str(at.toString()))
                        .orElse(Json.Null.NULL))
                .put("evidenceLimit", options.evidenceLimit());
    }

    private static Json.Obj scorecard(Scorecard card, ReportOptions options) {
        Json.Obj obj = new Json.Obj();
        headline(card, obj);
        Json.Arr findings = new Json.Arr();
        for (Finding f : card.findings()) {
            findings.add(finding(f, options));
        }
        obj.put("findings", findings);
        return obj;
    }

    private static void headline(Scorecard card, Json.Obj obj) {
        obj.put("subjectId", card.subjectId())
                .put("subjectName", card.subjectName())
                .put("packId", card.packId())
                .put("packVersion", card.packVersion())
                .put("asOf", card.asOf().toString())
                .put("score", new Json.Num(Fmt.score(card)))
                .put("band", card.band().name())
                .put("rated", card.isRated())
                .put("cappedBy", Json.strings(card.cappedBy().stream().map(Object::toString).toList()));
        Json.Arr criteria = new Json.Arr();
        for (CriterionScore c : card.criterionScores()) {
            criteria.add(new Json.Obj()
                    .put("name", c.name())
                    .put("weight", decimal(c.weight()))
                    .put("score", fixed2(c.score()))
                    .put("points", new Json.Num(Fmt.fixed2(c.points()))));
        }
        obj.put("criteria", criteria);
    }

    private static Json.Obj finding(Finding f, ReportOptions options) {
        Json.Obj obj = findingFields(f, options);
        if (f.parts().size() > 1) {
            Json.Arr parts = new Json.Arr();
            for (Finding.Part p : f.parts()) {
                Json.Obj part = new Json.Obj().put("period", p.term().period().toString());
                if (p.term().isScoped()) {
                    part.put("scope", p.term().scope());
                }
                parts.add(part
                        .put("mandatory", p.term().mandatory())
                        .put("target", target(p.term().target()))
                        .put("measurement", measurement(p.measurement()))
                        .put("outcome", p.outcome().name())
                        .put("attainment", decimal(p.attainment())));
            }
            obj.put("parts", parts);
        }
        return obj;
    }

    private static Json.Obj findingFields(Finding f, ReportOptions options) {
        return new Json.Obj()
                .put("ruleId", f.ruleId().value())
                .put("title", f.title())
                .put("outcome", f.outcome().name())
                .put("mandatory", f.isMandatory())
                .put("measurement", measurement(f.measurement()))
                .put("target", f.term().<Json.Value>map(term -> {
                    Json.Obj target = target(term.target());
                    target.put("overrides", term.replaced().<Json.Value>map(JsonRenderer::target).orElse(Json.Null.NULL));
                    return target;
                }).orElse(Json.Null.NULL))
                .put("attainment", decimal(f.attainment()))
                .put("weight", decimal(f.weight()))
                .put("points", new Json.Num(Fmt.fixed2(f.points())))
                .put("citation", citation(f.citation()))
                .put("evidence", new Json.Obj()
                        .put("count", f.evidence().count())
                        .put("ids", Json.strings(Fmt.shownIds(f.evidence(), options)))
                        .put("omitted", Fmt.omitted(f.evidence(), options)))
                .put("message", f.message());
    }

    private static Json.Obj measurement(Measurement m) {
        String status = m.isDefined() ? "DEFINED" : m.isNotApplicable() ? "NOT_APPLICABLE" : "INSUFFICIENT_EVIDENCE";
        return new Json.Obj()
                .put("status", status)
                .put("value", decimal(m.value()))
                .put("unit", m.unit().name())
                .put("numerator", m.numerator().isPresent() ? new Json.Num(Long.toString(m.numerator().getAsLong()))
                        : Json.Null.NULL)
                .put("denominator", m.denominator().isPresent()
                        ? new Json.Num(Long.toString(m.denominator().getAsLong())) : Json.Null.NULL)
                .put("reason", m.reason())
                .put("text", m.toString());
    }

    private static Json.Obj target(Target t) {
        return new Json.Obj()
                .put("direction", t.direction().name())
                .put("threshold", decimal(t.threshold()))
                .put("unit", t.unit().name())
                .put("text", t.toString());
    }

    private static Json.Obj citation(Citation c) {
        Json.Arr sources = new Json.Arr();
        for (Citation.Source s : c.sources()) {
            sources.add(new Json.Obj()
                    .put("title", s.title())
                    .put("article", s.article())
                    .put("issuer", s.issuer())
                    .put("date", s.date().<Json.Value>map(d -> new Json.Str(d.toString())).orElse(Json.Null.NULL))
                    .put("basis", s.basis().name()));
        }
        return new Json.Obj()
                .put("title", c.title())
                .put("article", c.article())
                .put("issuer", c.issuer())
                .put("date", c.date().<Json.Value>map(d -> new Json.Str(d.toString())).orElse(Json.Null.NULL))
                .put("basis", c.basis().name())
                .put("libraryDefault", c.basis().isLibraryDefault())
                .put("sources", sources);
    }

    private static Json.Value decimal(double value) {
        return new Json.Num(Fmt.decimal(value));
    }

    private static Json.Value decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : Json.Null.NULL;
    }

    private static Json.Value fixed2(OptionalDouble value) {
        return value.isPresent() ? new Json.Num(Fmt.fixed2(value.getAsDouble())) : Json.Null.NULL;
    }
}
