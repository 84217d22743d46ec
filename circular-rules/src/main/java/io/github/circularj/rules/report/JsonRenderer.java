package io.github.circularj.rules.report;

import io.github.circularj.rules.Citation;
import io.github.circularj.rules.CriterionScore;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Target;
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
        return new Json.Obj()
                .put("title", c.title())
                .put("article", c.article())
                .put("issuer", c.issuer())
                .put("date", c.date().<Json.Value>map(d -> new Json.Str(d.toString())).orElse(Json.Null.NULL))
                .put("basis", c.basis().name())
                .put("libraryDefault", c.basis().isLibraryDefault());
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
