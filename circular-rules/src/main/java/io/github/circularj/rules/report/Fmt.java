package io.github.circularj.rules.report;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The words and numbers every format shares, so that a finding reads the same in all of them.
 *
 * <p>Numbers go through {@link BigDecimal} built from the exact binary value of the double, so they do
 * not depend on the locale, nor on the JDK's {@code Double.toString}.
 */
final class Fmt {

    /** The note every format gives when some threshold is a library default. */
    static final String LIBRARY_DEFAULT_NOTE = "library default: the threshold is this library's proposal, not a"
            + " number published by the cited source; override it to match the rules that bind you";

    static final String SYNTHETIC = "synthetic data";

    private Fmt() {
    }

    /** A score or points: exactly two decimals, half up, for example {@code 75.00}. */
    static String fixed2(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Any other number: at most six decimals, half up, trailing zeros dropped, for example {@code 0.975}. */
    static String decimal(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A coordinate in an SVG: at most one decimal. */
    static String px(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A statistic: two decimals, or {@code "-"} when there are no values. */
    static String stat(OptionalDouble value) {
        return value.isPresent() ? fixed2(value.getAsDouble()) : "-";
    }

    /** A delta with its sign, for example {@code "+2.50"}, {@code "-25.00"} or {@code "0.00"}. */
    static String signed(double value) {
        String text = fixed2(value);
        return text.startsWith("-") || "0.00".equals(text) ? text : "+" + text;
    }

    static String signedStat(OptionalDouble value) {
        return value.isPresent() ? signed(value.getAsDouble()) : "-";
    }

    static String pack(RulePack<?, ?> pack) {
        return pack.id() + " " + pack.version();
    }

    static String ruleIds(List<RuleId> ids, String separator) {
        return ids.stream().map(RuleId::value).collect(Collectors.joining(separator));
    }

    static String score(Scorecard card) {
        return fixed2(card.score());
    }

    static String criterionScore(OptionalDouble score) {
        return score.isPresent() ? fixed2(score.getAsDouble()) : "not rated";
    }

    static String bandLine(Scorecard card) {
        String band = card.band().name();
        if (!card.isRated()) {
            return band + ": no accepted record, or no rule of the pack found evidence to judge";
        }
        if (!card.cappedBy().isEmpty()) {
            return band + ", capped by " + cappedBy(card, ", ");
        }
        return band;
    }

    static String cappedBy(Scorecard card, String separator) {
        return card.cappedBy().stream().map(Object::toString).collect(Collectors.joining(separator));
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String attainment(Finding finding) {
        return finding.attainment().isPresent() ? Unit.SHARE.format(finding.attainment().getAsDouble()) : "-";
    }

    static String target(Finding finding) {
        if (finding.term().isEmpty()) {
            return "not in force";
        }
        Term term = finding.term().get();
        return term.target() + term.replaced().map(original -> " (overrides " + original + ")").orElse("");
    }

    /** Every source of a citation with its own issuer and in-force date, joined by "; ". */
    static String citation(Citation citation) {
        StringBuilder text = new StringBuilder();
        for (Citation.Source source : citation.sources()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(source);
        }
        return text.toString();
    }

    static String basis(Basis basis) {
        return basis.label();
    }

    /** The ids shown under the options' limit. */
    static List<String> shownIds(Evidence evidence, ReportOptions options) {
        List<String> ids = evidence.ids();
        return ids.size() <= options.evidenceLimit() ? ids : ids.subList(0, options.evidenceLimit());
    }

    /** The offending records whose ids are not shown. */
    static long omitted(Evidence evidence, ReportOptions options) {
        return evidence.count() - shownIds(evidence, options).size();
    }

    /** For example {@code "12 offending: P000, P001, … (10 more)"}, or {@code "none"}. */
    static String evidence(Evidence evidence, ReportOptions options) {
        if (evidence.count() == 0) {
            return "none";
        }
        List<String> shown = shownIds(evidence, options);
        long more = omitted(evidence, options);
        StringBuilder text = new StringBuilder().append(evidence.count()).append(" offending");
        if (!shown.isEmpty()) {
            text.append(": ").append(String.join(", ", shown));
            if (more > 0) {
                text.append(", … (").append(more).append(" more)");
            }
        }
        return text.toString();
    }

    static boolean anyLibraryDefault(Scorecard card) {
        return libraryDefaults(card) > 0;
    }

    /** How many findings in force rest on a library-default threshold. */
    static long libraryDefaults(Scorecard card) {
        return card.findings().stream().filter(Fmt::isLibraryDefault).count();
    }

    static boolean isLibraryDefault(Finding finding) {
        return finding.citation().basis().isLibraryDefault();
    }

    static Map<Outcome, Long> outcomes(Scorecard card) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        for (Finding finding : card.findings()) {
            counts.merge(finding.outcome(), 1L, Long::sum);
        }
        return counts;
    }

    /** Replaces line breaks and other control characters by a space, for one-line cells. */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
