package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.time.LocalDate;

/**
 * The limit: the pilot's enterprise pack computed by one hand-written loop over the ledger, with no
 * engine, no indicators and no fused accumulators, calling the pack's own per-item judgements.
 */
final class HandLoop {

    private HandLoop() {
    }

    /** Scores one enterprise as of a date with the built-in pack, reading its records once. */
    static PilotFindings score(EnterpriseSubject subject, LocalDate asOf) {
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();
        PilotDuties duties = new PilotDuties(subject, pack, asOf);
        Tallies t = new Tallies(duties);
        int n = duties.size();
        for (Lifecycle l : subject.ledger()) {
            t.events(l);
            for (int i = 0; i < n; i++) {
                if (duties.applies(i)) {
                    t.add(i, duties.judge(i, l), l);
                }
            }
        }
        return t.finish(subject, duties, pack, asOf);
    }
}
