package io.github.circularj.benchmarks;

import io.github.circularj.benchmarks.PilotDuties.Duty;
import io.github.circularj.benchmarks.PilotDuties.Scope;
import io.github.circularj.model.lifecycle.Lifecycle;
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
    private static final String SCOPE = "scope";
    private static final Duty[] DUTIES = Duty.values();

    private EasyRulesPilot() {
    }

    /** The rules of the pack, for an enterprise that buys in or not (REGISTRATION and REUSE apply only if it does). */
    static Rules rules(boolean buysIn) {
        Rules rules = new Rules();
        for (Duty duty : DUTIES) {
            if (!buysIn && (duty == Duty.REGISTRATION || duty == Duty.REUSE)) {
                continue;
            }
            rules.register(new RuleBuilder()
                    .name(duty.ruleId())
                    .description("the " + duty.ruleId() + " duty of the pilot's enterprise pack")
                    .priority(duty.ordinal())
                    .when(facts -> {
                        Lifecycle item = facts.get(ITEM);
                        Scope scope = facts.get(SCOPE);
                        int tally = duty.judge(item, scope);
                        facts.put(duty.ruleId(), tally);
                        return PilotDuties.inScope(tally) > 0;
                    })
                    .then(facts -> {
                        // The condition left the tally as a fact; the listener records it on success.
                    })
                    .build());
        }
        return rules;
    }

    /** Collects the tallies of the rules that fired. */
    static final class Collector implements RuleListener {
        private final Tallies tallies = new Tallies();
        private final Map<String, Integer> dutyOf = new HashMap<>();

        Collector() {
            for (Duty duty : DUTIES) {
                dutyOf.put(duty.ruleId(), duty.ordinal());
            }
        }

        @Override
        public void onSuccess(Rule rule, Facts facts) {
            Integer tally = facts.get(rule.getName());
            Lifecycle item = facts.get(ITEM);
            tallies.add(dutyOf.get(rule.getName()), tally, item);
        }

        Tallies tallies() {
            return tallies;
        }
    }

    /** Scores one enterprise as of a date: fires the rules once per item of its ledger. */
    static PilotFindings score(EnterpriseSubject subject, LocalDate asOf) {
        Scope scope = new Scope(subject.period(), EnterpriseSubject.ZONE, subject.enterprise());
        Rules rules = rules(subject.enterprise().buysIn());
        Collector collector = new Collector();
        DefaultRulesEngine engine = new DefaultRulesEngine();
        engine.registerRuleListener(collector);
        for (Lifecycle item : subject.ledger()) {
            Facts facts = new Facts();
            facts.put(ITEM, item);
            facts.put(SCOPE, scope);
            engine.fire(rules, facts);
        }
        return collector.tallies().finish(subject, asOf);
    }
}
