package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.pilot.EnterpriseRule;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The per-item duties of the pilot's enterprise pack, bound to one enterprise for the loops that score
 * without the engine (the hand-written loop and the Easy Rules peer). Each duty is the pack's own
 * judgement ({@link EnterpriseRule#judgement}) with the pack's parameters as of the date, so no judgement is
 * written twice; what the loops do without the engine is everything around it: the about-filter, the
 * counting, the evidence and the step from counts to findings. {@code SameFindingsTest} proves that they
 * reach the engine's findings on the same ledgers.
 */
final class PilotDuties {

    /** The per-item rules of the pack, in the pack's order (SRC-RETENTION reads the profile instead). */
    static final List<EnterpriseRule> PER_ITEM = perItem();

    private final EventTypes[] about;
    private final List<Function<Lifecycle, Tally>> judgements;
    private final boolean[] applies;

    /**
     * Binds every per-item duty to an enterprise as of a date.
     *
     * @param subject the enterprise
     * @param pack the enterprise pack, whose parameters the duties read
     * @param asOf the as-of date
     */
    PilotDuties(EnterpriseSubject subject, RulePack<EnterpriseSubject, Lifecycle> pack, LocalDate asOf) {
        about = new EventTypes[PER_ITEM.size()];
        applies = new boolean[PER_ITEM.size()];
        judgements = new ArrayList<>();
        for (int i = 0; i < PER_ITEM.size(); i++) {
            EnterpriseRule r = PER_ITEM.get(i);
            Rule<EnterpriseSubject, Lifecycle> rule = pack.rule(r.id()).orElseThrow();
            about[i] = r.about();
            applies[i] = rule.appliesTo(subject);
            judgements.add(r.judgement(subject, Parameters.of(rule.parameters(), asOf)));
        }
    }

    private static List<EnterpriseRule> perItem() {
        List<EnterpriseRule> rules = new ArrayList<>();
        for (EnterpriseRule r : EnterpriseRule.values()) {
            if (r.isPerItem()) {
                rules.add(r);
            }
        }
        return List.copyOf(rules);
    }

    /** The number of per-item duties. */
    int size() {
        return about.length;
    }

    /** Whether duty {@code i} applies to the enterprise (its roles). */
    boolean applies(int i) {
        return applies[i];
    }

    /** Judges one item for duty {@code i}, or {@link Tally#NONE} when its history holds nothing the duty is about. */
    Tally judge(int i, Lifecycle item) {
        return item.hasAny(about[i]) ? judgements.get(i).apply(item) : Tally.NONE;
    }
}
