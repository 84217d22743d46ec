package io.github.circularj.cli;

import io.github.circularj.rules.Citation;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.RuleDescription;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Term;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code circular rules}: every rule of a pack with its terms, parameters, sources and basis. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Circular.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists every rule of a pack (from RulePack.describe()): its criterion and weight, whom it"
                + " applies to, its terms (dated targets, mandatory or not), its parameters with their dated values"
                + " (the names --set takes), and every source with its issuer and basis (statute, standard, policy"
                + " target or library default). With --as-of, only what is in force on that date."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success.",
            "2:Usage error: unknown pack or format; a date before the pack.",
            "4:An internal error of circular."},
        footerHeading = "%nExamples:%n", footer = {
            "  circular rules",
            "  circular rules --pack city --as-of 2026-12-31",
            "  circular rules --format csv > rules.csv"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "PACK", defaultValue = "enterprise",
            description = "The pack: " + Packs.NAMES + " (default ${DEFAULT-VALUE}).")
    String pack;

    @Nullable
    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "List the pack version, terms and values in force on this date (default: the latest version, every date).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, md, csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    Common common;

    @Override
    public Integer call() {
        Packs.Name name = Packs.Name.parse(pack);
        RulePack<?, ?> chosen = asOf == null ? Packs.latest(name) : Packs.asOf(name, asOf);
        Optional<LocalDate> on = Optional.ofNullable(asOf);
        String text;
        switch (format) {
            case text:
                text = text(chosen, on);
                break;
            case md:
                text = markdown(chosen, on);
                break;
            case csv:
                text = csv(chosen, on);
                break;
            case json:
                text = json(chosen, on);
                break;
            default:
                throw Failure.usage("--format " + format + ": rules are listed as text, md, csv or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Term> terms(RuleDescription r, Optional<LocalDate> on) {
        return r.terms().stream().filter(t -> on.isEmpty() || t.period().contains(on.get())).collect(Collectors.toList());
    }

    private static List<Parameter.Value> values(Parameter p, Optional<LocalDate> on) {
        return p.values().stream().filter(v -> on.isEmpty() || v.period().contains(on.get())).collect(Collectors.toList());
    }

    private static String heading(RulePack<?, ?> pack, Optional<LocalDate> on) {
        return pack.id() + " " + pack.version() + ", in force " + period(pack.effectivePeriod()) + ", "
                + pack.describe().size() + " rules" + on.map(d -> "; as of " + d).orElse("");
    }

    private static String period(EffectivePeriod p) {
        return p.toString();
    }

    private static String source(Citation.Source s) {
        return s + " [" + s.basis().label() + "]";
    }

    private static String sources(Citation c) {
        return c.sources().stream().map(RulesCommand::source).collect(Collectors.joining("; "));
    }

    private static String term(Term t) {
        return t.label() + ": " + t.target() + (t.mandatory() ? ", mandatory" : "")
                + t.citation().map(c -> " (" + sources(c) + ")").orElse("");
    }

    private static String value(Parameter p, Parameter.Value v) {
        return period(v.period()) + ": " + p.format(v.amount()) + " (" + sources(v.citation()) + ")";
    }

    static String text(RulePack<?, ?> pack, Optional<LocalDate> on) {
        StringBuilder s = new StringBuilder(heading(pack, on)).append("\n");
        for (RuleDescription r : pack.describe()) {
            s.append('\n').append(r.id()).append("  ").append(r.title()).append('\n');
            s.append("  criterion   ").append(r.criterion()).append(", weight ").append(plain(r.weight())).append('\n');
            s.append("  applies to  ").append(r.appliesTo()).append('\n');
            for (Term t : terms(r, on)) {
                s.append("  term        ").append(term(t)).append('\n');
            }
            for (Parameter p : r.parameters()) {
                s.append("  parameter   ").append(p.name()).append(" (").append(p.unit().name().toLowerCase(Locale.ROOT))
                        .append("): ").append(p.description()).append('\n');
                for (Parameter.Value v : values(p, on)) {
                    s.append("                ").append(value(p, v)).append('\n');
                }
            }
            for (Citation.Source src : r.citation().sources()) {
                s.append("  source      ").append(source(src)).append('\n');
            }
        }
        return s.toString();
    }

    static String markdown(RulePack<?, ?> pack, Optional<LocalDate> on) {
        StringBuilder s = new StringBuilder("# ").append(heading(pack, on)).append("\n");
        for (RuleDescription r : pack.describe()) {
            s.append("\n## ").append(r.id()).append(": ").append(md(r.title())).append("\n\n");
            s.append("- Criterion: ").append(md(r.criterion())).append(", weight ").append(plain(r.weight())).append('\n');
            s.append("- Applies to: ").append(md(r.appliesTo())).append('\n');
            for (Term t : terms(r, on)) {
                s.append("- Term: ").append(md(term(t))).append('\n');
            }
            for (Parameter p : r.parameters()) {
                s.append("- Parameter `").append(p.name()).append("` (").append(p.unit().name().toLowerCase(Locale.ROOT))
                        .append("): ").append(md(p.description())).append('\n');
                for (Parameter.Value v : values(p, on)) {
                    s.append("  - ").append(md(value(p, v))).append('\n');
                }
            }
            for (Citation.Source src : r.citation().sources()) {
                s.append("- Source: ").append(md(source(src))).append('\n');
            }
        }
        return s.toString();
    }

    static String csv(RulePack<?, ?> pack, Optional<LocalDate> on) {
        StringBuilder s = new StringBuilder("rule,criterion,weight,kind,name,unit,from,until,scope,value,mandatory,basis,sources\r\n");
        for (RuleDescription r : pack.describe()) {
            for (Term t : terms(r, on)) {
                row(s, r, "term", "target", t.target().unit().name().toLowerCase(Locale.ROOT), t.period(), t.scope(),
                        t.target().toString(), String.valueOf(t.mandatory()),
                        t.citation().orElse(r.citation()));
            }
            for (Parameter p : r.parameters()) {
                for (Parameter.Value v : values(p, on)) {
                    row(s, r, "parameter", p.name(), p.unit().name().toLowerCase(Locale.ROOT), v.period(), "",
                            plain(v.amount()), "", v.citation());
                }
            }
        }
        return s.toString();
    }

    private static void row(StringBuilder s, RuleDescription r, String kind, String name, String unit, EffectivePeriod p,
            String scope, String value, String mandatory, Citation c) {
        List<String> cells = new ArrayList<>(List.of(r.id().toString(), r.criterion(), plain(r.weight()), kind, name, unit,
                p.start().equals(LocalDate.MIN) ? "" : p.start().toString(),
                p.endExclusive().map(e -> e.minusDays(1).toString()).orElse(""), scope, value, mandatory,
                c.primary().basis().label(), c.toString()));
        s.append(cells.stream().map(RulesCommand::csvCell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String json(RulePack<?, ?> pack, Optional<LocalDate> on) {
        StringBuilder s = new StringBuilder("{\"pack\":").append(quote(pack.id())).append(",\"version\":")
                .append(quote(pack.version())).append(",\"effectiveFrom\":")
                .append(quote(pack.effectivePeriod().start().toString()))
                .append(",\"asOf\":").append(on.map(d -> quote(d.toString())).orElse("null")).append(",\"rules\":[");
        String rules = pack.describe().stream().map(r -> "{\"id\":" + quote(r.id().toString()) + ",\"criterion\":"
                + quote(r.criterion()) + ",\"weight\":" + plain(r.weight()) + ",\"title\":" + quote(r.title())
                + ",\"appliesTo\":" + quote(r.appliesTo())
                + ",\"terms\":[" + terms(r, on).stream().map(t -> "{" + periodJson(t.period()) + ",\"scope\":"
                        + quote(t.scope()) + ",\"target\":"
                        + quote(t.target().toString()) + ",\"direction\":" + quote(t.target().direction().name())
                        + ",\"threshold\":" + plain(t.target().threshold()) + ",\"unit\":" + quote(t.target().unit().name())
                        + ",\"mandatory\":" + t.mandatory() + ",\"sources\":"
                        + sourcesJson(t.citation().orElse(r.citation())) + "}").collect(Collectors.joining(","))
                + "],\"parameters\":[" + r.parameters().stream().map(p -> "{\"name\":" + quote(p.name()) + ",\"unit\":"
                        + quote(p.unit().name()) + ",\"description\":" + quote(p.description()) + ",\"values\":["
                        + values(p, on).stream().map(v -> "{" + periodJson(v.period()) + ",\"amount\":" + plain(v.amount())
                                + ",\"sources\":" + sourcesJson(v.citation()) + "}").collect(Collectors.joining(","))
                        + "]}").collect(Collectors.joining(","))
                + "],\"sources\":" + sourcesJson(r.citation()) + "}").collect(Collectors.joining(","));
        return s.append(rules).append("]}\n").toString();
    }

    private static String periodJson(EffectivePeriod p) {
        return "\"from\":" + (p.start().equals(LocalDate.MIN) ? "null" : quote(p.start().toString())) + ",\"until\":"
                + p.endExclusive().map(e -> quote(e.minusDays(1).toString())).orElse("null");
    }

    private static String sourcesJson(Citation c) {
        return "[" + c.sources().stream().map(src -> "{\"title\":" + quote(src.title()) + ",\"article\":"
                + quote(src.article()) + ",\"issuer\":" + quote(src.issuer()) + ",\"inForce\":"
                + src.date().map(d -> quote(d.toString())).orElse("null") + ",\"basis\":" + quote(src.basis().label())
                + "}").collect(Collectors.joining(",")) + "]";
    }

    /** A JSON string. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    s.append("\\\"");
                    break;
                case '\\':
                    s.append("\\\\");
                    break;
                case '\n':
                    s.append("\\n");
                    break;
                case '\r':
                    s.append("\\r");
                    break;
                case '\t':
                    s.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
            }
        }
        return s.append('"').toString();
    }

    private static String csvCell(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|");
    }

    /** A number without trailing zeros, never in exponent form. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
