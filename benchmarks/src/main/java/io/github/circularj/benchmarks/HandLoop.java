package io.github.circularj.benchmarks;

import io.github.circularj.benchmarks.PilotDuties.Duty;
import io.github.circularj.benchmarks.PilotDuties.Scope;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.time.LocalDate;

/**
 * The limit: the pilot's enterprise pack computed by one hand-written loop over the ledger, with no
 * engine, no indicators, no lambdas and no allocation per item beyond what the ledger hands out.
 */
final class HandLoop {

    private HandLoop() {
    }

    /** Scores one enterprise as of a date, reading its records once. */
    static PilotFindings score(EnterpriseSubject subject, LocalDate asOf) {
        Scope s = new Scope(subject.period(), EnterpriseSubject.ZONE, subject.enterprise());
        boolean buysIn = subject.enterprise().buysIn();
        Tallies t = new Tallies();
        for (Lifecycle l : subject.ledger()) {
            if (buysIn) {
                t.add(Duty.REGISTRATION.ordinal(), PilotDuties.registration(l, s), l);
            }
            t.add(Duty.PROVENANCE.ordinal(), PilotDuties.provenance(l, s), l);
            t.add(Duty.PROHIBITED.ordinal(), PilotDuties.prohibited(l, s), l);
            t.add(Duty.POLICE_REPORT.ordinal(), PilotDuties.policeReport(l, s), l);
            t.add(Duty.ERASURE.ordinal(), PilotDuties.erasure(l, s), l);
            t.add(Duty.ERASURE_METHOD.ordinal(), PilotDuties.erasureMethod(l, s), l);
            t.add(Duty.SECONDHAND_LABEL.ordinal(), PilotDuties.secondhandLabel(l, s), l);
            t.add(Duty.CONDITION.ordinal(), PilotDuties.condition(l, s), l);
            t.add(Duty.REPAIR_HISTORY.ordinal(), PilotDuties.repairHistory(l, s), l);
            t.add(Duty.VEHICLE_HISTORY.ordinal(), PilotDuties.vehicleHistory(l, s), l);
            t.add(Duty.RETURN_7DAY.ordinal(), PilotDuties.sevenDayReturn(l, s), l);
            t.add(Duty.REFUND_7DAY.ordinal(), PilotDuties.sevenDayRefund(l, s), l);
            t.add(Duty.WARRANTY_REFURB.ordinal(), PilotDuties.refurbishedWarranty(l, s), l);
            t.add(Duty.CAR_TRANSFER.ordinal(), PilotDuties.carTransfer(l, s), l);
            t.add(Duty.WEEE_HANDOVER.ordinal(), PilotDuties.weeeHandover(l, s), l);
            t.add(Duty.ELV_HANDOVER.ordinal(), PilotDuties.elvHandover(l, s), l);
            if (buysIn) {
                t.add(Duty.REUSE.ordinal(), PilotDuties.reuse(l, s), l);
            }
        }
        return t.finish(subject, asOf);
    }
}
