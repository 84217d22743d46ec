package io.github.circularj.benchmarks;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Manufactured;
import io.github.circularj.model.lifecycle.OwnershipTransferred;
import io.github.circularj.model.lifecycle.PoliceReported;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Refunded;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The per-item judgements of the pilot's enterprise pack written again in plain Java, without the engine,
 * for the hand-written loop and the Easy Rules peer. The rule semantics are those documented on
 * {@code io.github.circularj.rules.pilot.SecondhandPilot} (the pack's judgements are package-private there);
 * {@code SameFindingsTest} proves that both loops reach the engine's findings on the same ledgers.
 *
 * <p>A tally is packed into an int: records in scope in the high 16 bits, records that comply in the low
 * 16 bits, so the loops allocate nothing per item. The period test compares epoch seconds with the
 * instants at which the period's first day starts and the day after its last day starts in the zone,
 * which is exact for a zone whose local date never steps back across midnight (Asia/Shanghai). Like the
 * pack's rules, each duty first asks {@link Lifecycle#has} or {@link Lifecycle#hasAny} (constant time)
 * whether the history holds one of the events its rule is about, and passes over the item at once when it
 * does not; and like them, a duty reads the history once, oldest first, keeping what it needs of the sale's
 * cycle so far (its latest listing, whether it held an erasure) and forgetting it at each intake or return.
 */
final class PilotDuties {

    /** The rules judged per item, in the pack's order (SRC-RETENTION is judged from the profile instead). */
    enum Duty {
        /** SRC-REGISTRATION. */
        REGISTRATION("SRC-REGISTRATION"),
        /** SRC-PROVENANCE. */
        PROVENANCE("SRC-PROVENANCE"),
        /** SRC-PROHIBITED (a count of offending items). */
        PROHIBITED("SRC-PROHIBITED"),
        /** SRC-POLICE-REPORT. */
        POLICE_REPORT("SRC-POLICE-REPORT"),
        /** DATA-ERASURE. */
        ERASURE("DATA-ERASURE"),
        /** DATA-ERASURE-METHOD. */
        ERASURE_METHOD("DATA-ERASURE-METHOD"),
        /** DISC-SECONDHAND-LABEL. */
        SECONDHAND_LABEL("DISC-SECONDHAND-LABEL"),
        /** DISC-CONDITION. */
        CONDITION("DISC-CONDITION"),
        /** DISC-REPAIR-HISTORY. */
        REPAIR_HISTORY("DISC-REPAIR-HISTORY"),
        /** DISC-VEHICLE-HISTORY. */
        VEHICLE_HISTORY("DISC-VEHICLE-HISTORY"),
        /** RETURN-7DAY. */
        RETURN_7DAY("RETURN-7DAY"),
        /** REFUND-7DAY. */
        REFUND_7DAY("REFUND-7DAY"),
        /** WARRANTY-REFURB. */
        WARRANTY_REFURB("WARRANTY-REFURB"),
        /** CAR-TRANSFER-30D. */
        CAR_TRANSFER("CAR-TRANSFER-30D"),
        /** WEEE-HANDOVER. */
        WEEE_HANDOVER("WEEE-HANDOVER"),
        /** ELV-HANDOVER. */
        ELV_HANDOVER("ELV-HANDOVER"),
        /** REUSE-RATE. */
        REUSE("REUSE-RATE");

        private final String ruleId;

        Duty(String ruleId) {
            this.ruleId = ruleId;
        }

        String ruleId() {
            return ruleId;
        }

        /** Judges one lifecycle; the hand loop calls the static methods directly instead. */
        int judge(Lifecycle l, Scope s) {
            switch (this) {
                case REGISTRATION: return registration(l, s);
                case PROVENANCE: return provenance(l, s);
                case PROHIBITED: return prohibited(l, s);
                case POLICE_REPORT: return policeReport(l, s);
                case ERASURE: return erasure(l, s);
                case ERASURE_METHOD: return erasureMethod(l, s);
                case SECONDHAND_LABEL: return secondhandLabel(l, s);
                case CONDITION: return condition(l, s);
                case REPAIR_HISTORY: return repairHistory(l, s);
                case VEHICLE_HISTORY: return vehicleHistory(l, s);
                case RETURN_7DAY: return sevenDayReturn(l, s);
                case REFUND_7DAY: return sevenDayRefund(l, s);
                case WARRANTY_REFURB: return refurbishedWarranty(l, s);
                case CAR_TRANSFER: return carTransfer(l, s);
                case WEEE_HANDOVER: return weeeHandover(l, s);
                case ELV_HANDOVER: return elvHandover(l, s);
                default: return reuse(l, s);
            }
        }
    }

    /** The reporting period read in a zone, and the enterprise: everything a judgement needs besides the item. */
    static final class Scope {
        final ReportingPeriod period;
        final ZoneId zone;
        final long startSecond;
        final long endSecond;
        final Instant end;
        final Enterprise enterprise;

        Scope(ReportingPeriod period, ZoneId zone, Enterprise enterprise) {
            this.period = period;
            this.zone = zone;
            this.startSecond = period.start().atStartOfDay(zone).toEpochSecond();
            this.end = period.endExclusive().atStartOfDay(zone).toInstant();
            this.endSecond = end.getEpochSecond();
            this.enterprise = enterprise;
        }

        boolean contains(Instant at) {
            long s = at.getEpochSecond();
            return s >= startSecond && s < endSecond;
        }
    }

    /** The types the erasure duties are about: the item left the enterprise. */
    private static final EventTypes DISPOSALS = EventTypes.of(EventType.SOLD, EventType.EXPORTED);
    /** The types SRC-PROHIBITED is about: the item was traded. */
    private static final EventTypes TRADES = EventTypes.of(EventType.COLLECTED, EventType.SOLD);
    /** The types the end-of-life duties are about. */
    private static final EventTypes ENDS_OF_USE =
            EventTypes.of(EventType.HANDED_OVER, EventType.DISMANTLED, EventType.RECYCLED, EventType.DISPOSED);

    static final Duration POLICE_WINDOW = Duration.ofHours(24);
    static final Duration REFUND_WINDOW = Duration.ofDays(7);
    static final int TRANSFER_DAYS = 30;
    static final int WARRANTY_MONTHS = 3;

    private PilotDuties() {
    }

    // ---- packed tallies ----

    static int tally(int inScope, int complying) {
        return inScope << 16 | complying;
    }

    static int inScope(int tally) {
        return tally >>> 16;
    }

    static int complying(int tally) {
        return tally & 0xFFFF;
    }

    static int item(boolean inScope, boolean complies) {
        return inScope ? tally(1, complies ? 1 : 0) : 0;
    }

    static int plus(int tally, boolean complies) {
        return tally + (1 << 16) + (complies ? 1 : 0);
    }

    // ---- readings of a history ----

    /** Whether a sale, or the latest listing of its cycle (null for none), disclosed {@code a} or {@code b} (null for none). */
    private static boolean discloses(Sold sold, Listed listed, Disclosure a, Disclosure b) {
        if (sold.sale().discloses(a) || b != null && sold.sale().discloses(b)) {
            return true;
        }
        return listed != null && (listed.listing().discloses(a) || b != null && listed.listing().discloses(b));
    }

    /**
     * Per sale in the period, whether it (or the latest listing of its cycle) disclosed {@code a} or {@code b}
     * (null for none); only the sales after a refurbishment when {@code refurbishedOnly}.
     */
    private static int disclosures(Lifecycle l, Scope s, Disclosure a, Disclosure b, boolean refurbishedOnly) {
        List<LifecycleEvent> events = l.events();
        int t = 0;
        Listed listed = null; // the latest listing in the cycle so far
        boolean refurbished = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Collected || e instanceof Returned) {
                listed = null;
            } else if (e instanceof Listed li) {
                listed = li;
            } else if (e instanceof Refurbished) {
                refurbished = true;
            } else if (e instanceof Sold sold && s.contains(sold.at()) && (refurbished || !refurbishedOnly)) {
                t = plus(t, discloses(sold, listed, a, b));
            }
        }
        return t;
    }

    private static boolean isDisposal(LifecycleEvent e) {
        return e instanceof Sold || e instanceof Exported;
    }

    private static boolean isEndOfLife(LifecycleEvent e) {
        return e instanceof HandedOver || e instanceof Dismantled || e instanceof Recycled || e instanceof Disposed;
    }

    private static boolean tradedIn(LifecycleEvent e, Scope s) {
        return e instanceof Collected c && s.contains(c.at()) || e instanceof Sold sold && s.contains(sold.at());
    }

    private static boolean soldIn(LifecycleEvent e, Scope s) {
        return e instanceof Sold && s.contains(e.at());
    }

    // ---- the duties ----

    static int registration(Lifecycle l, Scope s) {
        if (!l.has(EventType.COLLECTED)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Collected c && s.contains(c.at())) {
                t = plus(t, c.isSellerVerified());
            }
        }
        return t;
    }

    static int provenance(Lifecycle l, Scope s) {
        Category c = l.item().category();
        if (!l.has(EventType.SOLD) || !(c.isWeee() || c.isVehicle() || c.holdsPersonalData())) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        boolean intake = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (soldIn(e, s)) {
                return item(true, intake && (!c.isSerialised() || !l.item().identifiers().isEmpty()));
            }
            intake |= e instanceof Collected || e instanceof Manufactured;
        }
        return 0;
    }

    static int prohibited(Lifecycle l, Scope s) {
        if (!l.hasAny(TRADES)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        if (!l.has(EventType.FLAGGED)) {
            for (int i = 0; i < events.size(); i++) {
                if (tradedIn(events.get(i), s)) {
                    return item(true, true);
                }
            }
            return 0;
        }
        boolean traded = false;
        boolean pending = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            traded |= tradedIn(e, s);
            if (e.at().isBefore(s.end)) {
                if (e instanceof Flagged f && (f.reason() == FlagReason.SUSPECTED_STOLEN
                        || f.reason() == FlagReason.SEIZED || f.reason() == FlagReason.PROHIBITED_CATEGORY)) {
                    pending = true;
                } else if (e instanceof Cleared) {
                    pending = false;
                }
            }
        }
        return item(traded, !pending);
    }

    static int policeReport(Lifecycle l, Scope s) {
        if (!l.has(EventType.FLAGGED)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        boolean inScope = false;
        boolean complies = true;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Flagged f && f.reason() == FlagReason.SUSPECTED_STOLEN && s.contains(f.at())) {
                PoliceReported report = null;
                for (int j = i + 1; j < events.size() && report == null; j++) {
                    if (events.get(j) instanceof PoliceReported p) {
                        report = p;
                    }
                }
                if (report == null && f.at().plus(POLICE_WINDOW).isAfter(s.end)) {
                    continue;
                }
                inScope = true;
                complies &= report != null && Duration.between(f.at(), report.at()).compareTo(POLICE_WINDOW) <= 0;
            }
        }
        return item(inScope, complies);
    }

    static int erasure(Lifecycle l, Scope s) {
        if (!l.hasAny(DISPOSALS) || !l.item().category().holdsPersonalData()) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        boolean inScope = false;
        boolean complies = true;
        boolean erased = false; // in the cycle so far
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Collected || e instanceof Returned) {
                erased = false;
            } else if (e instanceof DataErased d) {
                erased |= d.method() != ErasureMethod.FACTORY_RESET;
            } else if (isDisposal(e) && s.contains(e.at())) {
                inScope = true;
                complies &= erased;
            }
        }
        return item(inScope, complies);
    }

    static boolean meetsStandard(DataErased d) {
        if (!d.verified()) {
            return false;
        }
        switch (d.method()) {
            case BLOCK_ERASE:
                return true;
            case OVERWRITE:
                return d.passes() >= (d.medium() == StorageMedium.MAGNETIC ? 3 : 1);
            default:
                return false;
        }
    }

    static int erasureMethod(Lifecycle l, Scope s) {
        if (!l.hasAny(DISPOSALS) || !l.item().category().holdsPersonalData()) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        boolean inScope = false;
        boolean complies = true;
        boolean any = false; // in the cycle so far
        boolean meets = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Collected || e instanceof Returned) {
                any = false;
                meets = false;
            } else if (e instanceof DataErased d) {
                any = true;
                meets |= meetsStandard(d);
            } else if (any && isDisposal(e) && s.contains(e.at())) {
                inScope = true;
                complies &= meets;
            }
        }
        return item(inScope, complies);
    }

    static int secondhandLabel(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD)) {
            return 0;
        }
        return disclosures(l, s, Disclosure.SECONDHAND_STATUS, Disclosure.REFURBISHED_STATUS, false);
    }

    static int condition(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD) || !l.item().category().isGradable()) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        boolean inspected = false; // in the cycle so far
        boolean listed = false; // in the cycle so far
        boolean inspectedWhenListed = false; // before the cycle's latest listing
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Collected || e instanceof Returned) {
                inspected = false;
                listed = false;
            } else if (e instanceof Inspected) {
                inspected = true;
            } else if (e instanceof Listed) {
                listed = true;
                inspectedWhenListed = inspected;
            } else if (e instanceof Sold sold && s.contains(sold.at())) {
                t = plus(t, listed ? inspectedWhenListed : inspected);
            }
        }
        return t;
    }

    static int repairHistory(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD) || !l.has(EventType.REFURBISHED)) {
            return 0;
        }
        return disclosures(l, s, Disclosure.REPAIR_HISTORY, null, true);
    }

    static int vehicleHistory(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD) || !l.item().category().isVehicle()) {
            return 0;
        }
        return disclosures(l, s, Disclosure.VEHICLE_HISTORY, null, false);
    }

    static int sevenDayReturn(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Sold sold && sold.sale().remote() && s.contains(sold.at())) {
                t = plus(t, sold.sale().returnPolicy().meetsRemoteSaleDuty());
            }
        }
        return t;
    }

    static int sevenDayRefund(Lifecycle l, Scope s) {
        if (!l.has(EventType.RETURNED)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Returned r && s.contains(r.receivedAt())) {
                Refunded refund = null;
                for (int j = i + 1; j < events.size() && refund == null; j++) {
                    if (events.get(j) instanceof Refunded f) {
                        refund = f;
                    }
                }
                if (refund == null && r.receivedAt().plus(REFUND_WINDOW).isAfter(s.end)) {
                    continue;
                }
                t = plus(t, refund != null && Duration.between(r.receivedAt(), refund.at()).compareTo(REFUND_WINDOW) <= 0);
            }
        }
        return t;
    }

    static int refurbishedWarranty(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD) || !l.has(EventType.REFURBISHED)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        boolean refurbished = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            refurbished |= e instanceof Refurbished;
            if (refurbished && e instanceof Sold sold && s.contains(sold.at())) {
                t = plus(t, sold.sale().warranty().isPresent() && sold.sale().warranty().get().isAtLeast(WARRANTY_MONTHS));
            }
        }
        return t;
    }

    static int carTransfer(Lifecycle l, Scope s) {
        if (!l.has(EventType.SOLD) || !l.item().category().isVehicle()) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int t = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Sold sold && s.contains(sold.at())) {
                OwnershipTransferred transfer = null;
                for (int j = i + 1; j < events.size() && transfer == null && !(events.get(j) instanceof Collected); j++) {
                    if (events.get(j) instanceof OwnershipTransferred o) {
                        transfer = o;
                    }
                }
                LocalDate deadline = LocalDate.ofInstant(sold.at(), s.zone).plusDays(TRANSFER_DAYS);
                if (transfer == null && !deadline.isBefore(s.period.endExclusive())) {
                    continue;
                }
                t = plus(t, transfer != null && !transfer.registeredOn().isAfter(deadline));
            }
        }
        return t;
    }

    private static int endOfLife(Lifecycle l, Scope s, EnterpriseRole qualified) {
        if (!l.hasAny(ENDS_OF_USE)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        int first = -1;
        for (int i = 0; i < events.size() && first < 0; i++) {
            if (isEndOfLife(events.get(i))) {
                first = i;
            }
        }
        if (first < 0 || !s.contains(events.get(first).at())) {
            return 0;
        }
        LifecycleEvent e = events.get(first);
        boolean toQualified = e instanceof HandedOver h ? h.recipient().hasRole(qualified)
                : !(e instanceof Disposed) && s.enterprise.hasRole(qualified);
        boolean disposed = false;
        for (int j = first; j < events.size(); j++) {
            disposed |= events.get(j) instanceof Disposed;
        }
        return item(true, toQualified && !disposed);
    }

    static int weeeHandover(Lifecycle l, Scope s) {
        return l.item().category().isWeee() ? endOfLife(l, s, EnterpriseRole.WEEE_PROCESSOR_LICENSED) : 0;
    }

    static int elvHandover(Lifecycle l, Scope s) {
        return l.item().category().isVehicle() ? endOfLife(l, s, EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED) : 0;
    }

    static int reuse(Lifecycle l, Scope s) {
        if (!l.has(EventType.COLLECTED)) {
            return 0;
        }
        List<LifecycleEvent> events = l.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Collected c && s.contains(c.at())) {
                boolean resold = false;
                for (int j = i + 1; j < events.size(); j++) {
                    resold |= isDisposal(events.get(j)) && s.contains(events.get(j).at());
                }
                return item(true, resold);
            }
        }
        return 0;
    }
}
