package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.rules.blocks.Cycles;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.Window;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Manufactured;
import io.github.circularj.model.lifecycle.OwnershipTransferred;
import io.github.circularj.model.lifecycle.PoliceReported;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Refunded;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.resale.Disclosure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The judgement of every enterprise rule over one item's lifecycle, written once so that the pack, the
 * tests and hand-written loops (the benchmarks' oracle) share it. Each method reads one lifecycle and
 * the reporting window and returns what the rule counts for that item; none keeps state.
 *
 * <p>Terms used throughout: an event is <em>in the period</em> when {@link Window#contains} accepts its
 * instant. The <em>cycle</em> of a sale is the part of the history since the item last came into the
 * enterprise's hands before it: the latest {@link Collected} or {@link Returned} before the sale (or
 * the start of the history). Erasures, inspections and listings count for a sale only within its cycle,
 * so that a grade or an erasure from a previous owner's time never covers a later sale.
 *
 * <p>Each judgement reads the history once, oldest event first, keeping what it needs of the cycle so far
 * (its latest listing, whether it held an erasure) and forgetting it at each {@linkplain Cycles#startsCycle
 * intake}, rather than searching back from each sale. Most judgements first ask {@link Lifecycle#has}
 * (constant time) whether the history holds an event they need at all. The testkit's tests check these
 * readings against the definitions above, written as searches back from each sale, on generated
 * lifecycles.
 */
final class Judgements {

    /**
     * The flags that mark goods the enterprise must not trade while they stand (SRC-PROHIBITED): suspected
     * stolen, seized, a prohibited category, recalled (docs/policy.md).
     */
    static final Set<FlagReason> PROHIBITED_FLAGS = Set.of(FlagReason.SUSPECTED_STOLEN, FlagReason.SEIZED,
            FlagReason.PROHIBITED_CATEGORY, FlagReason.RECALLED);

    private Judgements() {
    }

    // ---- shared readings of a history ----

    /** The number of sales in the period: the volume an enterprise trades. */
    static int salesIn(Lifecycle lifecycle, Window window) {
        int n = 0;
        for (LifecycleEvent e : lifecycle.events()) {
            if (e instanceof Sold s && window.contains(s.at())) {
                n++;
            }
        }
        return n;
    }

    /** Whether the item has any event in the period. */
    static boolean activeIn(Lifecycle lifecycle, Window window) {
        return lifecycle.events().stream().anyMatch(e -> window.contains(e.at()));
    }

    /**
     * Whether a sale discloses {@code one} or {@code other} (null for none): the sale's own disclosures,
     * or those of {@code listed}, the latest listing of its cycle before it (null for none). Two
     * parameters rather than varargs, so that judging a sale allocates nothing.
     */
    static boolean discloses(Sold sold, @Nullable Listed listed, Disclosure one, @Nullable Disclosure other) {
        if (sold.sale().discloses(one) || other != null && sold.sale().discloses(other)) {
            return true;
        }
        return listed != null
                && (listed.listing().discloses(one) || other != null && listed.listing().discloses(other));
    }

    /**
     * Per sale in the period, whether it {@linkplain #discloses discloses} {@code one} or {@code other}
     * (null for none); when {@code refurbishedOnly}, only the sales after a {@link Refurbished} event.
     */
    private static Tally disclosures(Lifecycle lifecycle, Window window, Disclosure one, @Nullable Disclosure other,
            boolean refurbishedOnly) {
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        Listed listed = null; // the latest listing of the cycle so far
        boolean refurbished = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (Cycles.startsCycle(e)) {
                listed = null;
            } else if (e instanceof Listed l) {
                listed = l;
            } else if (e instanceof Refurbished) {
                refurbished = true;
            } else if (e instanceof Sold s && window.contains(s.at()) && (refurbished || !refurbishedOnly)) {
                t = t.plus(discloses(s, listed, one, other));
            }
        }
        return t;
    }

    // ---- traceability ----

    /**
     * SRC-REGISTRATION: per intake in the period, whether the seller was verified, no later than
     * {@code tolerance} after the intake, and a source record kept. A verification dated long after the
     * intake did not register the seller when buying in.
     */
    static Tally registration(Lifecycle lifecycle, Window window, Duration tolerance) {
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Collected c && window.contains(c.at())) {
                t = t.plus(c.isSellerVerified() && !c.intake().seller().verification().orElseThrow().verifiedAt()
                        .isAfter(c.at().plus(tolerance)));
            }
        }
        return t;
    }

    /**
     * Whether a category is an electrical or electronic product, as 旧电器电子产品流通管理办法 means "used
     * electrical and electronic products": a product on the WEEE catalogue, one that holds personal data, or
     * one whose code lies under {@code electronics} or {@code appliance}.
     */
    static boolean electrical(Category c) {
        return c.isWeee() || c.holdsPersonalData() || c.isWithin("electronics") || c.isWithin("appliance");
    }

    /** Whether SRC-PROVENANCE is about an item's category: electronics, appliances (WEEE) or vehicles. */
    static boolean tracedCategory(Category c) {
        return c.isWeee() || c.isVehicle() || c.holdsPersonalData();
    }

    /**
     * SRC-PROVENANCE: an item of a traced category sold in the period has an intake event (Collected or
     * Manufactured) before its first sale in the period and, for a serialised category, an identifier.
     */
    static Tally provenance(Lifecycle lifecycle, Window window) {
        if (!tracedCategory(lifecycle.item().category())) {
            return Tally.NONE;
        }
        List<LifecycleEvent> events = lifecycle.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Sold s && window.contains(s.at())) {
                boolean intake = false;
                for (int j = 0; j < i; j++) {
                    intake |= events.get(j) instanceof Collected || events.get(j) instanceof Manufactured;
                }
                boolean identified = !lifecycle.item().category().isSerialised()
                        || !lifecycle.item().identifiers().isEmpty();
                return Tally.item(true, intake && identified);
            }
        }
        return Tally.NONE;
    }

    /** SRC-RETENTION: the years required of an enterprise: {@code auctioneerYears} for an auctioneer, {@code years} for any other operator. */
    static int requiredRetentionYears(Enterprise enterprise, int years, int auctioneerYears) {
        return enterprise.hasRole(EnterpriseRole.AUCTIONEER) ? auctioneerYears : years;
    }

    /** SRC-RETENTION: the years by which the declared retention falls short of the required, or empty if undeclared. */
    static OptionalDouble retentionShortfall(Enterprise enterprise, EnterpriseProfile profile, int years,
            int auctioneerYears) {
        if (profile.recordRetentionYears().isEmpty()) {
            return OptionalDouble.empty();
        }
        int shortfall = requiredRetentionYears(enterprise, years, auctioneerYears) - profile.recordRetentionYears().getAsInt();
        return OptionalDouble.of(Math.max(0, shortfall));
    }

    /**
     * SRC-PROHIBITED: an item bought in or sold in the period (in scope) offends when, at the moment of one of
     * those trades, it stood flagged (suspected stolen, seized, prohibited category, recalled) and not cleared
     * since. Flagging an item already held, reporting it and keeping it from sale is what the law asks of a
     * dealer (废旧金属收购业治安管理办法 Art. 9) and is never an offence: only a trade while the flag stands is.
     *
     * <p>The lifecycle's transition table refuses a sale of a quarantined item, so such a trade reaches the
     * rule as a refused event of the ledger's report: {@code refusedTrades} holds the item's refused intakes,
     * and sales, and each one in the period is judged like an accepted trade, against the flags of the
     * accepted history at its instant. A refused record never vanishes from this rule.
     */
    static Tally prohibitedTrade(Lifecycle lifecycle, Window window, List<LifecycleEvent> refusedTrades) {
        // An accepted history never holds a trade while a flag stands: the transition table allows neither a sale
        // nor an intake of a quarantined item. So accepted trades only put the item in scope; the offences are
        // the refused trades, each judged against the flags of the history at its instant.
        List<LifecycleEvent> events = lifecycle.events();
        boolean traded = false;
        for (int i = 0; i < events.size() && !traded; i++) {
            traded = tradedIn(events.get(i), window);
        }
        boolean offends = false;
        for (LifecycleEvent refused : refusedTrades) {
            if (window.contains(refused.at())) {
                traded = true;
                offends |= flaggedAt(events, refused.at());
            }
        }
        return Tally.item(traded, !offends);
    }

    /** Whether a flag of the history, not cleared since, stood at an instant (a flag at that very instant stands). */
    private static boolean flaggedAt(List<LifecycleEvent> events, Instant at) {
        boolean standing = false;
        for (int i = 0; i < events.size() && !events.get(i).at().isAfter(at); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Flagged f && PROHIBITED_FLAGS.contains(f.reason())) {
                standing = true;
            } else if (e instanceof Cleared) {
                standing = false;
            }
        }
        return standing;
    }

    /** Whether an event buys the item in or sells it in the period: what puts it in SRC-PROHIBITED's scope. */
    private static boolean tradedIn(LifecycleEvent e, Window window) {
        return e instanceof Collected c && window.contains(c.at()) || e instanceof Sold s && window.contains(s.at());
    }

    /**
     * SRC-POLICE-REPORT: an item flagged as suspected stolen in the period was reported to the police
     * within {@code within} of every such flag. A flag whose deadline falls after the period and that is
     * not yet reported is not judged yet.
     */
    static Tally policeReport(Lifecycle lifecycle, Window window, Duration within) {
        // One pass: a report answers every flag before it; of the flags it answers, the earliest waited
        // longest, so it alone decides whether they all complied.
        List<LifecycleEvent> events = lifecycle.events();
        boolean inScope = false;
        boolean complies = true;
        Instant earliestPending = null;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Flagged f && f.reason() == FlagReason.SUSPECTED_STOLEN && window.contains(f.at())) {
                if (earliestPending == null) {
                    earliestPending = f.at();
                }
            } else if (e instanceof PoliceReported p && earliestPending != null) {
                inScope = true;
                complies &= Duration.between(earliestPending, p.at()).compareTo(within) <= 0;
                earliestPending = null;
            }
        }
        if (earliestPending != null && !earliestPending.plus(within).isAfter(window.end())) {
            inScope = true; // unreported, and its deadline fell in the period
            complies = false;
        }
        return Tally.item(inScope, complies);
    }

    // ---- data security ----

    /** Whether DATA-ERASURE and DATA-ERASURE-METHOD are about an item: its category holds personal data. */
    static boolean holdsPersonalData(Lifecycle lifecycle) {
        return lifecycle.item().category().holdsPersonalData();
    }

    /**
     * DATA-ERASURE: an item of a category that holds personal data, sold or exported in the period, had
     * an erasure other than a factory reset in the cycle of every such sale or export, before it.
     */
    static Tally erasure(Lifecycle lifecycle, Window window) {
        if (!holdsPersonalData(lifecycle)) {
            return Tally.NONE;
        }
        List<LifecycleEvent> events = lifecycle.events();
        boolean inScope = false;
        boolean complies = true;
        boolean erased = false; // in the cycle so far
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (Cycles.startsCycle(e)) {
                erased = false;
            } else if (e instanceof DataErased d) {
                erased |= ErasureStandard.counts(d);
            } else if (Cycles.isDisposal(e) && window.contains(e.at())) {
                inScope = true;
                complies &= erased;
            }
        }
        return Tally.item(inScope, complies);
    }

    /**
     * DATA-ERASURE's account of an offending item: the first sale or export in the period with no erasure in
     * its cycle, said from where the cycle began — "no erasure since it was returned on 2026-03-04", "no
     * erasure since it was collected on …", or, for an item never taken in, "no erasure before it was sold on
     * …" — and "(a factory reset only)" when a factory reset was all there was. Empty when the item does not
     * offend. Days are in the window's zone.
     */
    static Optional<String> erasureGap(Lifecycle lifecycle, Window window) {
        if (!holdsPersonalData(lifecycle)) {
            return Optional.empty();
        }
        List<LifecycleEvent> events = lifecycle.events();
        LifecycleEvent began = null; // the event that began the cycle so far
        boolean erased = false;
        boolean reset = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (Cycles.startsCycle(e)) {
                began = e;
                erased = false;
                reset = false;
            } else if (e instanceof DataErased d) {
                erased |= ErasureStandard.counts(d);
                reset |= !ErasureStandard.counts(d);
            } else if (Cycles.isDisposal(e) && window.contains(e.at()) && !erased) {
                String act = e instanceof Exported ? "exported" : "sold";
                String gap = began instanceof Returned r ? "no erasure since it was returned on " + window.dayOf(r.at())
                        : began != null ? "no erasure since it was " + (began instanceof Collected ? "collected" : "taken in")
                                + " on " + window.dayOf(began.at())
                        : "no erasure before it was " + act + " on " + window.dayOf(e.at());
                return Optional.of(gap + (reset ? " (a factory reset only)" : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * DATA-ERASURE-METHOD: per erasure in the period of an item of a category that holds personal data,
     * whether it meets the standard ({@link ErasureStandard#meets}): verified, and a block erase or an
     * overwrite with enough passes. A factory reset is an erasure that never meets it. Each erasure is an act,
     * dated by its own day.
     */
    static Tally erasureMethod(Lifecycle lifecycle, Window window, int magneticPasses, int flashPasses) {
        if (!holdsPersonalData(lifecycle) || !lifecycle.has(EventType.DATA_ERASED)) {
            return Tally.NONE;
        }
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof DataErased d && window.contains(d.at())) {
                t = t.plus(ErasureStandard.meets(d, magneticPasses, flashPasses));
            }
        }
        return t;
    }

    // ---- disclosure and quality ----

    /** DISC-SECONDHAND-LABEL: per sale in the period, whether the secondhand or refurbished status was disclosed. */
    static Tally secondhandLabel(Lifecycle lifecycle, Window window) {
        return disclosures(lifecycle, window, Disclosure.SECONDHAND_STATUS, Disclosure.REFURBISHED_STATUS, false);
    }

    /**
     * DISC-CONDITION: per sale in the period of a gradable item, whether an inspection (a grade) in the
     * sale's cycle preceded the latest listing before the sale, or the sale itself when it was not listed.
     */
    static Tally condition(Lifecycle lifecycle, Window window) {
        if (!lifecycle.item().category().isGradable()) {
            return Tally.NONE;
        }
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        boolean inspected = false; // in the cycle so far
        boolean listed = false; // in the cycle so far
        boolean inspectedWhenListed = false; // before the latest listing of the cycle
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (Cycles.startsCycle(e)) {
                inspected = false;
                listed = false;
            } else if (e instanceof Inspected) {
                inspected = true;
            } else if (e instanceof Listed) {
                listed = true;
                inspectedWhenListed = inspected;
            } else if (e instanceof Sold s && window.contains(s.at())) {
                t = t.plus(listed ? inspectedWhenListed : inspected);
            }
        }
        return t;
    }

    /** DISC-REPAIR-HISTORY: per sale in the period of a refurbished item, whether the repair history was disclosed. */
    static Tally repairHistory(Lifecycle lifecycle, Window window) {
        if (!lifecycle.has(EventType.REFURBISHED)) {
            return Tally.NONE;
        }
        return disclosures(lifecycle, window, Disclosure.REPAIR_HISTORY, null, true);
    }

    /** DISC-VEHICLE-HISTORY: per vehicle sale in the period, whether a vehicle-history disclosure was made. */
    static Tally vehicleHistory(Lifecycle lifecycle, Window window) {
        if (!lifecycle.item().category().isVehicle()) {
            return Tally.NONE;
        }
        return disclosures(lifecycle, window, Disclosure.VEHICLE_HISTORY, null, false);
    }

    // ---- consumer protection ----

    /**
     * RETURN-7DAY: per remote sale in the period, whether it offered the 7-day no-reason return or
     * recorded the buyer's confirmed exception.
     */
    static Tally sevenDayReturn(Lifecycle lifecycle, Window window) {
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Sold s && s.sale().remote() && window.contains(s.at())) {
                t = t.plus(s.sale().returnPolicy().meetsRemoteSaleDuty());
            }
        }
        return t;
    }

    /**
     * REFUND-7DAY: per return received in the period, whether a refund followed within {@code within} of receipt.
     * A return whose deadline falls after the period and that is not yet refunded is not judged yet.
     */
    static Tally sevenDayRefund(Lifecycle lifecycle, Window window, Duration within) {
        // One pass: a refund answers every return received before it that is still waiting.
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        List<Instant> waiting = new ArrayList<>(1);
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Returned r && window.contains(r.receivedAt())) {
                waiting.add(r.receivedAt());
            } else if (e instanceof Refunded f && !waiting.isEmpty()) {
                for (Instant received : waiting) {
                    t = t.plus(Duration.between(received, f.at()).compareTo(within) <= 0);
                }
                waiting.clear();
            }
        }
        for (Instant received : waiting) {
            if (!received.plus(within).isAfter(window.end())) {
                t = t.plus(false); // never refunded, and its deadline fell in the period
            }
        }
        return t;
    }

    /** WARRANTY-REFURB: per sale in the period of a refurbished item, whether the sale carries a warranty of at least {@code minimumMonths}. */
    static Tally refurbishedWarranty(Lifecycle lifecycle, Window window, int minimumMonths) {
        if (!lifecycle.has(EventType.REFURBISHED)) {
            return Tally.NONE;
        }
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        boolean refurbished = false;
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            refurbished |= e instanceof Refurbished;
            if (refurbished && e instanceof Sold s && window.contains(s.at())) {
                Optional<Warranty> warranty = s.sale().warranty();
                t = t.plus(warranty.isPresent() && warranty.get().isAtLeast(minimumMonths));
            }
        }
        return t;
    }

    /**
     * CAR-TRANSFER-30D: per vehicle sale in the period, whether the ownership transfer was registered
     * within {@code days} of the sale's day. A sale whose deadline falls after the period and that is not yet
     * transferred is not judged yet.
     */
    static Tally carTransfer(Lifecycle lifecycle, Window window, int days) {
        if (!lifecycle.item().category().isVehicle()) {
            return Tally.NONE;
        }
        // One pass: a transfer answers every sale before it since the car last came in; an intake ends them.
        List<LifecycleEvent> events = lifecycle.events();
        Tally t = Tally.NONE;
        List<LocalDate> deadlines = new ArrayList<>(1);
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            if (e instanceof Sold s && window.contains(s.at())) {
                deadlines.add(window.dayOf(s.at()).plusDays(days));
            } else if (e instanceof OwnershipTransferred o && !deadlines.isEmpty()) {
                for (LocalDate deadline : deadlines) {
                    t = t.plus(!o.registeredOn().isAfter(deadline));
                }
                deadlines.clear();
            } else if (e instanceof Collected) {
                t = untransferred(t, deadlines, window);
            }
        }
        return untransferred(t, deadlines, window);
    }

    /** Sales never transferred: each fails once its deadline fell before the period's end; the list is cleared. */
    private static Tally untransferred(Tally t, List<LocalDate> deadlines, Window window) {
        Tally out = t;
        for (LocalDate deadline : deadlines) {
            if (deadline.isBefore(window.period().endExclusive())) {
                out = out.plus(false);
            }
        }
        deadlines.clear();
        return out;
    }

    // ---- end of life ----

    /**
     * WEEE-HANDOVER and ELV-HANDOVER: an item whose use ended in the period (its first handover,
     * dismantling, recycling or disposal falls in the period) went to a holder of {@code qualified}: handed
     * over to one, or dismantled or recycled by the enterprise when it holds the role itself; and it was
     * never disposed of (landfilled or incinerated) afterwards.
     */
    static Tally endOfLife(Lifecycle lifecycle, Window window, Enterprise enterprise, EnterpriseRole qualified) {
        List<LifecycleEvent> events = lifecycle.events();
        int first = -1;
        for (int i = 0; i < events.size() && first < 0; i++) {
            if (Cycles.isEndOfLife(events.get(i))) {
                first = i;
            }
        }
        if (first < 0 || !window.contains(events.get(first).at())) {
            return Tally.NONE;
        }
        LifecycleEvent e = events.get(first);
        boolean toQualified = e instanceof HandedOver h ? h.recipient().hasRole(qualified)
                : !(e instanceof Disposed) && enterprise.hasRole(qualified);
        boolean disposed = false;
        for (int j = first; j < events.size(); j++) {
            disposed |= events.get(j) instanceof Disposed;
        }
        return Tally.item(true, toQualified && !disposed);
    }

    /** WEEE-HANDOVER: {@link #endOfLife} of WEEE items, to a licensed WEEE processor. */
    static Tally weeeHandover(Lifecycle lifecycle, Window window, Enterprise enterprise) {
        return lifecycle.item().category().isWeee()
                ? endOfLife(lifecycle, window, enterprise, EnterpriseRole.WEEE_PROCESSOR_LICENSED) : Tally.NONE;
    }

    /** ELV-HANDOVER: {@link #endOfLife} of vehicles, to a qualified vehicle dismantler. */
    static Tally elvHandover(Lifecycle lifecycle, Window window, Enterprise enterprise) {
        return lifecycle.item().category().isVehicle()
                ? endOfLife(lifecycle, window, enterprise, EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED) : Tally.NONE;
    }

    // ---- circularity ----

    /** REUSE-RATE: an item collected in the period was resold (sold or exported) after that intake, in the period. */
    static Tally reuse(Lifecycle lifecycle, Window window) {
        List<LifecycleEvent> events = lifecycle.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Collected c && window.contains(c.at())) {
                boolean resold = false;
                for (int j = i + 1; j < events.size(); j++) {
                    resold |= Cycles.isDisposal(events.get(j)) && window.contains(events.get(j).at());
                }
                return Tally.item(true, resold);
            }
        }
        return Tally.NONE;
    }
}
