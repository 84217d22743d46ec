package io.github.circularj.benchmarks;

import io.github.circularj.benchmarks.PilotDuties.Duty;
import io.github.circularj.benchmarks.PilotFindings.RuleFinding;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Plain counters of the per-item duties (records in scope, records complying, offending items and the
 * smallest offending ids), and the step from counts to findings with the pack's targets written out.
 * Not thread-safe: one instance per scoring.
 */
final class Tallies {

    /** The evidence limit, as the engine's default. */
    static final int EVIDENCE_LIMIT = 20;
    private static final Duty[] DUTIES = Duty.values();

    private final long[] inScope = new long[DUTIES.length];
    private final long[] complying = new long[DUTIES.length];
    private final long[] offending = new long[DUTIES.length];
    private final List<TreeSet<String>> smallest = new ArrayList<>();

    Tallies() {
        for (int i = 0; i < DUTIES.length; i++) {
            smallest.add(new TreeSet<>());
        }
    }

    /** Adds one item's packed tally for a duty. */
    void add(int duty, int tally, io.github.circularj.model.lifecycle.Lifecycle item) {
        int in = PilotDuties.inScope(tally);
        int ok = PilotDuties.complying(tally);
        inScope[duty] += in;
        complying[duty] += ok;
        if (ok < in) {
            offending[duty]++;
            offer(smallest.get(duty), item.itemId().value());
        }
    }

    private static void offer(TreeSet<String> set, String id) {
        if (set.size() < EVIDENCE_LIMIT) {
            set.add(id);
        } else if (id.compareTo(set.last()) < 0 && set.add(id)) {
            set.pollLast();
        }
    }

    /** The findings of every rule of the pack, in the pack's order, as of a date. */
    PilotFindings finish(EnterpriseSubject subject, LocalDate asOf) {
        boolean buysIn = subject.enterprise().buysIn();
        List<RuleFinding> out = new ArrayList<>();
        out.add(share(Duty.REGISTRATION, 1.0, buysIn));
        out.add(share(Duty.PROVENANCE, 0.99, true));
        out.add(retention(subject));
        int p = Duty.PROHIBITED.ordinal();
        out.add(inScope[p] == 0 ? notApplicable(Duty.PROHIBITED)
                : new RuleFinding(Duty.PROHIBITED.ruleId(), offending[p] == 0 ? Outcome.MET : Outcome.NOT_MET,
                        OptionalDouble.of(offending[p]), offending[p], new ArrayList<>(smallest.get(p))));
        out.add(share(Duty.POLICE_REPORT, 1.0, true));
        out.add(share(Duty.ERASURE, asOf.isBefore(LocalDate.of(2027, 1, 1)) ? 0.95 : 1.0, true));
        out.add(share(Duty.ERASURE_METHOD, 1.0, true));
        out.add(share(Duty.SECONDHAND_LABEL, 1.0, true));
        out.add(share(Duty.CONDITION, 0.95, true));
        out.add(share(Duty.REPAIR_HISTORY, 1.0, true));
        out.add(share(Duty.VEHICLE_HISTORY, 1.0, true));
        out.add(share(Duty.RETURN_7DAY, 1.0, true));
        out.add(share(Duty.REFUND_7DAY, 1.0, true));
        out.add(share(Duty.WARRANTY_REFURB, 0.9, true));
        out.add(share(Duty.CAR_TRANSFER, 1.0, true));
        out.add(share(Duty.WEEE_HANDOVER, 1.0, true));
        out.add(share(Duty.ELV_HANDOVER, 1.0, true));
        out.add(share(Duty.REUSE, 0.6, buysIn));
        return new PilotFindings(out);
    }

    private RuleFinding share(Duty duty, double threshold, boolean applies) {
        int d = duty.ordinal();
        if (!applies || inScope[d] == 0) {
            return notApplicable(duty);
        }
        double value = (double) complying[d] / inScope[d];
        return new RuleFinding(duty.ruleId(), value >= threshold ? Outcome.MET : Outcome.NOT_MET,
                OptionalDouble.of(value), offending[d], new ArrayList<>(smallest.get(d)));
    }

    private static RuleFinding notApplicable(Duty duty) {
        return new RuleFinding(duty.ruleId(), Outcome.NOT_APPLICABLE, OptionalDouble.empty(), 0, List.of());
    }

    private static RuleFinding retention(EnterpriseSubject subject) {
        OptionalInt declared = subject.profile().recordRetentionYears();
        if (declared.isEmpty()) {
            return new RuleFinding("SRC-RETENTION", Outcome.INSUFFICIENT_EVIDENCE, OptionalDouble.empty(), 0, List.of());
        }
        int required = subject.enterprise().hasRole(EnterpriseRole.AUCTIONEER) ? 5 : 3;
        int shortfall = Math.max(0, required - declared.getAsInt());
        return new RuleFinding("SRC-RETENTION", shortfall == 0 ? Outcome.MET : Outcome.NOT_MET,
                OptionalDouble.of(shortfall), 0, List.of());
    }
}
