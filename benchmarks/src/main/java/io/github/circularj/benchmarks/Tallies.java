package io.github.circularj.benchmarks;

import io.github.circularj.benchmarks.PilotFindings.RuleFinding;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.pilot.EnterpriseRule;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Plain counters of the per-item duties (records in scope, records complying, offending items and the
 * smallest offending ids), and the step from counts to findings with the pack's targets as of the date.
 * Not thread-safe: one instance per scoring.
 */
final class Tallies {

    /** The evidence limit, as the engine's default. */
    static final int EVIDENCE_LIMIT = 20;

    private final long[] inScope;
    private final long[] complying;
    private final long[] offending;
    private final List<TreeSet<String>> smallest = new ArrayList<>();
    private long events;
    private final PilotDuties dutyList;

    Tallies(PilotDuties dutyList) {
        this.dutyList = dutyList;
        int duties = dutyList.size();
        inScope = new long[duties];
        complying = new long[duties];
        offending = new long[duties];
        for (int i = 0; i < duties; i++) {
            smallest.add(new TreeSet<>());
        }
    }

    /** Counts the events of one item's history (RECORD-INTEGRITY's accepted submissions). */
    void events(Lifecycle item) {
        events += item.events().size();
    }

    /** Adds one item's tally for duty {@code duty}. */
    void add(int duty, Tally tally, Lifecycle item) {
        inScope[duty] += tally.inScope();
        complying[duty] += tally.complying();
        if (tally.offends()) {
            offending[duty]++;
            offer(smallest.get(duty), dutyList.evidenceId(duty, item));
        }
    }

    private static void offer(TreeSet<String> set, String id) {
        if (set.size() < EVIDENCE_LIMIT) {
            set.add(id);
        } else if (id.compareTo(set.last()) < 0 && set.add(id)) {
            set.pollLast();
        }
    }

    /**
     * The findings of every rule of the pack, in the pack's order, as of a date (step curve, as the pack's):
     * each term's part judged against its own target; a rule's outcome is its deciding part's (a failed
     * mandatory part first, else the least attained, the earliest term first), its value the parts pooled.
     */
    PilotFindings finish(EnterpriseSubject subject, PilotDuties duties, RulePack<EnterpriseSubject, Lifecycle> pack,
            LocalDate asOf) {
        List<RuleFinding> out = new ArrayList<>();
        for (EnterpriseRule r : EnterpriseRule.values()) {
            Rule<EnterpriseSubject, Lifecycle> rule = pack.rule(r.id()).orElseThrow();
            if (r == EnterpriseRule.RECORD_INTEGRITY) {
                out.add(integrity(r, subject, rule.termAsOf(asOf).orElseThrow().target()));
                continue;
            }
            if (!r.isPerItem()) {
                out.add(profile(r, subject, Parameters.of(rule.parameters(), asOf), rule.termAsOf(asOf).orElseThrow().target()));
                continue;
            }
            out.add(perItem(r, duties));
        }
        return new PilotFindings(out);
    }

    private RuleFinding perItem(EnterpriseRule r, PilotDuties duties) {
        String id = r.id().value();
        long in = 0;
        long ok = 0;
        long off = 0;
        TreeSet<String> ids = new TreeSet<>();
        int decisive = -1;
        double decisiveRank = Double.MAX_VALUE;
        boolean decisiveMet = false;
        for (int d = 0; d < duties.size(); d++) {
            if (duties.rule(d) != r || !duties.applies(d) || inScope[d] == 0) {
                continue;
            }
            Target target = duties.term(d).target();
            double value = target.unit() == Unit.COUNT ? offending[d] : (double) complying[d] / inScope[d];
            boolean met = target.isMet(value);
            double rank = (met ? 1.0 : 0.0) + (!met && duties.term(d).mandatory() ? -2.0 : 0.0);
            if (rank < decisiveRank) {
                decisive = d;
                decisiveRank = rank;
                decisiveMet = met;
            }
            in += inScope[d];
            ok += complying[d];
            off += offending[d];
            ids.addAll(smallest.get(d));
        }
        if (decisive < 0) {
            return new RuleFinding(id, Outcome.NOT_APPLICABLE, OptionalDouble.empty(), 0, List.of());
        }
        while (ids.size() > EVIDENCE_LIMIT) {
            ids.pollLast();
        }
        boolean count = duties.term(decisive).target().unit() == Unit.COUNT;
        return new RuleFinding(id, decisiveMet ? Outcome.MET : Outcome.NOT_MET,
                OptionalDouble.of(count ? off : (double) ok / in), off, new ArrayList<>(ids));
    }

    private RuleFinding integrity(EnterpriseRule r, EnterpriseSubject subject, Target target) {
        long rejected = subject.report().map(p -> p.submitted() - p.accepted()).orElse(0L);
        long submitted = events + rejected;
        if (submitted == 0) {
            return new RuleFinding(r.id().value(), Outcome.NOT_APPLICABLE, OptionalDouble.empty(), 0, List.of());
        }
        double value = (double) events / submitted;
        List<String> ids = new ArrayList<>();
        subject.report().ifPresent(p -> p.rejected().forEach(e -> ids.add(e.event().id() + " (" + e.reason().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")));
        ids.sort(null);
        return new RuleFinding(r.id().value(), target.isMet(value) ? Outcome.MET : Outcome.NOT_MET, OptionalDouble.of(value),
                rejected, ids.subList(0, Math.min(ids.size(), EVIDENCE_LIMIT)));
    }

    private static RuleFinding profile(EnterpriseRule r, EnterpriseSubject subject, Parameters parameters, Target target) {
        OptionalDouble shortfall = EnterpriseRule.retentionShortfall(subject, parameters);
        if (shortfall.isEmpty()) { // the pack's statutory and other-operator terms share target 0 years short
            return new RuleFinding(r.id().value(), Outcome.INSUFFICIENT_EVIDENCE, OptionalDouble.empty(), 0, List.of());
        }
        return new RuleFinding(r.id().value(), target.isMet(shortfall.getAsDouble()) ? Outcome.MET : Outcome.NOT_MET,
                shortfall, 0, List.of());
    }
}
