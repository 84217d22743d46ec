package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.pilot.EnterpriseRule;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The per-item duties of the pilot's enterprise pack (one per rule and term), bound to one enterprise for the loops that score
 * without the engine (the hand-written loop and the Easy Rules peer). Each duty is the pack's own
 * judgement ({@link EnterpriseRule#judgement}) with the pack's parameters as of the date, so no judgement is
 * written twice; what the loops do without the engine is everything around it: the about-filter, the
 * counting, the evidence and the step from counts to findings. {@code SameFindingsTest} proves that they
 * reach the engine's findings on the same ledgers.
 */
final class PilotDuties {

    /** The per-item rules of the pack, in the pack's order (SRC-RETENTION reads the profile instead). */
    static final List<EnterpriseRule> PER_ITEM = perItem();

    private final List<EventTypes> about = new ArrayList<>();
    private final List<Function<Lifecycle, Tally>> judgements = new ArrayList<>();
    private final List<Boolean> applies = new ArrayList<>();
    private final List<EnterpriseRule> ruleOf = new ArrayList<>();
    private final List<Term> termOf = new ArrayList<>();
    private final List<Function<Lifecycle, String>> evidenceIds = new ArrayList<>();

    /**
     * Binds every per-item duty to an enterprise as of a date: one duty per rule and per term of the rule that
     * has started by the as-of date, counting the acts of that term's days up to the as-of date, as the
     * pack's rules are dated by act.
     *
     * @param subject the enterprise
     * @param pack the enterprise pack, whose parameters and terms the duties read
     * @param asOf the as-of date
     */
    PilotDuties(EnterpriseSubject subject, RulePack<EnterpriseSubject, Lifecycle> pack, LocalDate asOf) {
        for (EnterpriseRule r : PER_ITEM) {
            Rule<EnterpriseSubject, Lifecycle> rule = pack.rule(r.id()).orElseThrow();
            for (Term term : rule.terms()) {
                if (term.period().start().isAfter(asOf)) {
                    continue;
                }
                LocalDate end = term.period().endExclusive().filter(e -> e.isBefore(asOf.plusDays(1))).orElse(asOf.plusDays(1));
                EffectivePeriod acts = term.period().start().equals(LocalDate.MIN) ? EffectivePeriod.until(end)
                        : EffectivePeriod.of(term.period().start(), end);
                about.add(r.about());
                applies.add(rule.appliesTo(subject));
                ruleOf.add(r);
                termOf.add(term);
                Parameters parameters = Parameters.of(rule.parameters(), asOf).forActs(acts).forScope(term.scope());
                judgements.add(r.judgement(subject, parameters));
                evidenceIds.add(r.evidenceId(subject, parameters));
            }
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
        return about.size();
    }

    /** Whether duty {@code i} applies to the enterprise (its roles). */
    boolean applies(int i) {
        return applies.get(i);
    }

    /** The rule of duty {@code i}. */
    EnterpriseRule rule(int i) {
        return ruleOf.get(i);
    }

    /** The term of duty {@code i}. */
    Term term(int i) {
        return termOf.get(i);
    }

    /** How an offending item of duty {@code i} is named in the evidence, as the pack's rule names it. */
    String evidenceId(int i, Lifecycle item) {
        return evidenceIds.get(i).apply(item);
    }

    /** Judges one item for duty {@code i}, or {@link Tally#NONE} when its history holds nothing the duty is about. */
    Tally judge(int i, Lifecycle item) {
        return item.hasAny(about.get(i)) ? judgements.get(i).apply(item) : Tally.NONE;
    }
}
