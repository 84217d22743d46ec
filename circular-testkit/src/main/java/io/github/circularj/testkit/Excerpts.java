package io.github.circularj.testkit;

import io.github.circularj.rules.Explanation;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Cuts the part of a scorecard's explanation that a failed assertion is about. */
final class Excerpts {

    private Excerpts() {
    }

    /** The subtree of one rule ("Rule DATA-ERASURE ..."), if the explanation has it. */
    static Optional<Explanation> rule(Explanation root, RuleId ruleId) {
        String head = head(ruleId);
        for (Explanation criterion : root.children()) {
            for (Explanation node : criterion.children()) {
                if (node.text().startsWith(head)) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    private static String head(RuleId ruleId) {
        return "Rule " + ruleId.value() + " \"";
    }

    /**
     * The explanation pruned to its top lines (score, band cap, bands), each criterion's headline, and
     * the subtrees of the given rules.
     */
    static Explanation pruned(Explanation root, Collection<RuleId> rules) {
        List<Explanation> top = new ArrayList<>();
        for (Explanation child : root.children()) {
            if (child.children().isEmpty()) {
                top.add(child);
                continue;
            }
            List<Explanation> kept = new ArrayList<>();
            for (Explanation node : child.children()) {
                if (rules.stream().anyMatch(id -> node.text().startsWith(head(id)))) {
                    kept.add(node);
                }
            }
            top.add(new Explanation(child.text(), kept));
        }
        return new Explanation(root.text(), top);
    }

    /** A finding asserted on its own: its sentence and its parts, as the explanation would put them. */
    static String finding(Finding f, Optional<Explanation> subtree) {
        if (subtree.isPresent()) {
            return subtree.get().render();
        }
        List<Explanation> lines = new ArrayList<>();
        f.term().ifPresent(t -> lines.add(Explanation.of("term " + t.period() + ": target " + t.target()
                + (t.mandatory() ? ", mandatory" : ", not mandatory"))));
        lines.add(Explanation.of("measured " + f.measurement()));
        f.attainment().ifPresent(a -> lines.add(Explanation.of("attainment " + a)));
        lines.add(Explanation.of("evidence: " + f.evidence()));
        lines.add(Explanation.of("finding: " + f.message()));
        return new Explanation("Rule " + f.ruleId() + " \"" + f.title() + "\": " + f.outcome(), lines).render();
    }

    /** Both sides of a comparison, each pruned to the rules whose finding changed. */
    static String comparison(SubjectComparison c) {
        List<RuleId> changed = c.changedRules();
        return "Baseline:\n" + indent(pruned(c.baseline().explain(), changed).render()) + "Variant:\n"
                + indent(pruned(c.variant().explain(), changed).render());
    }

    /** The whole explanation of a scorecard. */
    static String scorecard(Scorecard card) {
        return card.explain().render();
    }

    static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("  ").append(line).append('\n');
            }
        }
        return out.toString();
    }
}
