package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The peer: the pilot's enterprise pack run with Easy Rules 4.1 the way its documentation shows it: one
 * {@link Rule} per duty built with {@link RuleBuilder} (name, description, priority, condition, action),
 * a {@link Facts} object per item, {@link RulesEngine#fire(Rules, Facts)} per item on a
 * {@link DefaultRulesEngine}, and a {@link RuleListener} that collects the results.
 *
 * <p>A rule's condition judges the item with the same plain-Java judgement as the hand loop and holds
 * when the item is in the duty's scope, leaving the item's tally as a fact; the listener adds the tally of
 * every rule that fired to the counts. SRC-RETENTION reads the enterprise's profile, not items, and is
 * judged once per enterprise, as in the hand loop.
 */
final class EasyRulesPilot {

    private static final String ITEM = "item";

    private EasyRulesPilot() {
    }

    /** The rules of the pack bound to one enterprise: one Easy Rules rule per per-item duty that applies to it. */
    static Rules rules(PilotDuties duties) {
        Rules rules = new Rules();
        for (int i = 0; i < duties.size(); i++) {
            if (!duties.applies(i)) {
                continue;
            }
            int duty = i;
            String name = dutyName(duties, i);
            rules.register(new RuleBuilder()
                    .name(name)
                    .description("the " + duties.rule(i).id().value() + " duty of the pilot's enterprise pack, term "
                            + duties.term(i).label())
                    .priority(i)
                    .when(facts -> {
                        Lifecycle item = facts.get(ITEM);
                        Tally tally = duties.judge(duty, item);
                        facts.put(name, tally);
                        return tally.inScope() > 0;
                    })
                    .then(facts -> {
                        // The condition left the tally as a fact; the listener records it on success.
                    })
                    .build());
        }
        return rules;
    }

    /** One Easy Rules rule per duty: a rule of the pack and one of its terms (a rule dated by act or scoped has several). */
    private static String dutyName(PilotDuties duties, int i) {
        return duties.rule(i).id().value() + "#" + i;
    }

    /** Collects the tallies of the rules that fired. */
    static final class Collector implements RuleListener {
        private final Tallies tallies;
        private final Map<String, Integer> dutyOf = new HashMap<>();

        Collector(PilotDuties duties) {
            tallies = new Tallies(duties);
            for (int i = 0; i < duties.size(); i++) {
                dutyOf.put(dutyName(duties, i), i);
            }
        }

        @Override
        public void onSuccess(Rule rule, Facts facts) {
            Tally tally = facts.get(rule.getName());
            Lifecycle item = facts.get(ITEM);
            tallies.add(dutyOf.get(rule.getName()), tally, item);
        }

        Tallies tallies() {
            return tallies;
        }
    }

    /** Scores one enterprise as of a date: fires the rules once per item of its ledger. */
    static PilotFindings score(EnterpriseSubject subject, LocalDate asOf) {
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();
        PilotDuties duties = new PilotDuties(subject, pack, asOf);
        Rules rules = rules(duties);
        Collector collector = new Collector(duties);
        DefaultRulesEngine engine = new DefaultRulesEngine();
        engine.registerRuleListener(collector);
        for (Lifecycle item : subject.ledger()) {
            collector.tallies().events(item);
            Facts facts = new Facts();
            facts.put(ITEM, item);
            engine.fire(rules, facts);
        }
        return collector.tallies().finish(subject, duties, pack, asOf);
    }
}
