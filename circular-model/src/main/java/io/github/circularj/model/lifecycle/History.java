package io.github.circularj.model.lifecycle;

import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.Sale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Records the history of one item event by event, in the domain's words, and yields its
 * {@link Lifecycle} or its events:
 * <pre>{@code
 * Lifecycle phone = History.of(item).at(t).by(staff)
 *         .collected(Intake.of(CollectionChannel.BUY_BACK, seller).withSourceRecord(intakeRecord))
 *         .after(Duration.ofMinutes(10))
 *         .inspected(Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1"))
 *         .after(Duration.ofMinutes(20))
 *         .erased(Erasure.overwrite(1, StorageMedium.FLASH).withCertificate("CERT-1").withVerified(true))
 *         .after(Duration.ofHours(2)).listed(listing)
 *         .after(Duration.ofDays(1)).sold(sale)
 *         .lifecycle();
 * }</pre>
 * (This example is compiled and run as a test, {@code HistoryTest}, which also checks that its copy
 * is this text verbatim.)
 *
 * <p><b>Time and actor.</b> Each event is recorded at the current instant, set with {@link #at(Instant)}
 * and moved forward with {@link #after(Duration)}, and by the current {@link Actor}, set with
 * {@link #by(Actor)}; both stay until changed, so several events may share an instant. Nothing is
 * taken from the clock. Recording an event before both are set throws {@link IllegalStateException}.
 *
 * <p><b>Event ids.</b> The n-th event (counting from 1) gets the id {@code <item id>-<n>}, for
 * example {@code PHONE-1-3}, unless {@link #id(String)} names the next event's id. Ids are therefore
 * deterministic: the same calls give equal histories.
 *
 * <p><b>Validation.</b> Each event is checked when it is recorded, as {@link Lifecycle#append(LifecycleEvent)}
 * checks it and with the same messages: a repeated id or an instant earlier than the last event's
 * throws {@link IllegalArgumentException}, and an event the transition table does not allow in the
 * current stage throws {@link IllegalTransitionException}. The payloads validate themselves.
 *
 * <p>This class is immutable and thread-safe: every method returns a new history and leaves this
 * one unchanged, so a common start can be shared by several continuations. Recording an event takes
 * constant time plus a scan of the ids so far; {@link #lifecycle()} and {@link #events()} take
 * linear time.
 */
public final class History {

    private final Item item;
    @Nullable
    private final Instant at;
    @Nullable
    private final Actor actor;
    @Nullable
    private final EventId nextId;
    @Nullable
    private final Node last;

    /** One recorded event and the history before it: a persistent list, newest first. */
    private record Node(LifecycleEvent event, Stage stage, int size, @Nullable Node previous) {
    }

    private History(Item item, @Nullable Instant at, @Nullable Actor actor, @Nullable EventId nextId,
            @Nullable Node last) {
        this.item = item;
        this.at = at;
        this.actor = actor;
        this.nextId = nextId;
        this.last = last;
    }

    /**
     * Starts the empty history of an item, with no instant and no actor set yet.
     *
     * @param item the item, not null
     * @return the empty history
     */
    public static History of(Item item) {
        return new History(Objects.requireNonNull(item, "item"), null, null, null, null);
    }

    /**
     * Returns a history whose next events are recorded at an instant.
     *
     * @param instant the instant, not null; it may not be earlier than the last event's when the
     *     next event is recorded
     * @return the history
     */
    public History at(Instant instant) {
        return new History(item, Objects.requireNonNull(instant, "instant"), actor, nextId, last);
    }

    /**
     * Returns a history whose next events are recorded a duration after the current instant.
     *
     * @param duration the duration, not null, not negative
     * @return the history
     * @throws IllegalStateException if no instant is set yet
     * @throws IllegalArgumentException if the duration is negative
     */
    public History after(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration \"" + duration
                    + "\" is negative; after(...) moves time forward, use at(...) to set an instant");
        }
        return new History(item, requireInstant("after(" + duration + ")").plus(duration), actor, nextId, last);
    }

    /**
     * Returns a history whose next events are recorded by an actor.
     *
     * @param newActor who performs or records the next events, not null
     * @return the history
     */
    public History by(Actor newActor) {
        return new History(item, at, Objects.requireNonNull(newActor, "actor"), nextId, last);
    }

    /**
     * Returns a history whose next event, and only that one, has the given id instead of
     * {@code <item id>-<n>}.
     *
     * @param eventId the id, a valid {@link EventId}
     * @return the history
     * @throws IllegalArgumentException if the id is not a valid event id
     */
    public History id(String eventId) {
        return new History(item, at, actor, EventId.of(eventId), last);
    }

    /**
     * Records that the item was made.
     *
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History manufactured() {
        return record(e -> new Manufactured(e.id, e.itemId, e.at, e.actor));
    }

    /**
     * Records that the item was sold new.
     *
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History soldNew() {
        return record(e -> new SoldNew(e.id, e.itemId, e.at, e.actor));
    }

    /**
     * Records that the item was sold new with a consumer-goods subsidy claimed on the sale.
     *
     * @param claim the claim, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the claim links this item as its own old item
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History soldNew(io.github.circularj.model.subsidy.SubsidyClaim claim) {
        java.util.Objects.requireNonNull(claim, "claim");
        return record(e -> new SoldNew(e.id, e.itemId, e.at, e.actor).withClaim(claim));
    }

    /**
     * Records that the enterprise took the item in ({@link Collected}).
     *
     * @param intake how and from whom, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History collected(Intake intake) {
        return record(e -> new Collected(e.id, e.itemId, e.at, e.actor, intake));
    }

    /**
     * Records that the item was flagged ({@link Flagged}).
     *
     * @param flag why and by whom, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History flagged(Flag flag) {
        return record(e -> new Flagged(e.id, e.itemId, e.at, e.actor, flag));
    }

    /**
     * Records that the item was reported to the police ({@link PoliceReported}).
     *
     * @param reportReference the report's reference, as {@link PoliceReported} requires
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the reference is invalid, the instant is earlier than the
     *     last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History policeReported(String reportReference) {
        return record(e -> new PoliceReported(e.id, e.itemId, e.at, e.actor, reportReference));
    }

    /**
     * Records that a flagged item was cleared ({@link Cleared}).
     *
     * @param reference the clearance's reference, as {@link Cleared} requires
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the reference is invalid, the instant is earlier than the
     *     last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History cleared(String reference) {
        return record(e -> new Cleared(e.id, e.itemId, e.at, e.actor, reference));
    }

    /**
     * Records that the item was inspected and graded ({@link Inspected}).
     *
     * @param inspection what was found, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History inspected(Inspection inspection) {
        return record(e -> new Inspected(e.id, e.itemId, e.at, e.actor, inspection));
    }

    /**
     * Records that the user data on the item was erased ({@link DataErased}).
     *
     * @param erasure how, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History erased(Erasure erasure) {
        return record(e -> new DataErased(e.id, e.itemId, e.at, e.actor, erasure));
    }

    /**
     * Records that the item was refurbished ({@link Refurbished}).
     *
     * @param workOrder the work done, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History refurbished(WorkOrder workOrder) {
        return record(e -> new Refurbished(e.id, e.itemId, e.at, e.actor, workOrder));
    }

    /**
     * Records that the item was offered for sale ({@link Listed}).
     *
     * @param listing the offer, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History listed(Listing listing) {
        return record(e -> new Listed(e.id, e.itemId, e.at, e.actor, listing));
    }

    /**
     * Records that the item was sold ({@link Sold}).
     *
     * @param sale the sale, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History sold(Sale sale) {
        return record(e -> new Sold(e.id, e.itemId, e.at, e.actor, sale));
    }

    /**
     * Records that a buyer returned the item ({@link Returned}).
     *
     * @param receipt the reason and when the goods were received, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History returned(ReturnReceipt receipt) {
        return record(e -> new Returned(e.id, e.itemId, e.at, e.actor, receipt));
    }

    /**
     * Records that the buyer was refunded ({@link Refunded}).
     *
     * @param amount the amount, as {@link Refunded} requires
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the amount is negative, the instant is earlier than the
     *     last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History refunded(Money amount) {
        return record(e -> new Refunded(e.id, e.itemId, e.at, e.actor, amount));
    }

    /**
     * Records that the transfer of the item's ownership was registered ({@link OwnershipTransferred}).
     *
     * @param registeredOn the day it was registered, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History ownershipTransferred(LocalDate registeredOn) {
        return record(e -> new OwnershipTransferred(e.id, e.itemId, e.at, e.actor, registeredOn));
    }

    /**
     * Records that the item was exported ({@link Exported}).
     *
     * @param destinationCountry the ISO 3166-1 alpha-2 code of the destination
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the code is invalid, the instant is earlier than the last
     *     event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History exported(String destinationCountry) {
        return record(e -> new Exported(e.id, e.itemId, e.at, e.actor, destinationCountry));
    }

    /**
     * Records that the item was handed over to another enterprise ({@link HandedOver}).
     *
     * @param recipient the recipient, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History handedOver(Enterprise recipient) {
        return record(e -> new HandedOver(e.id, e.itemId, e.at, e.actor, recipient));
    }

    /**
     * Records that the item was dismantled ({@link Dismantled}).
     *
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History dismantled() {
        return record(e -> new Dismantled(e.id, e.itemId, e.at, e.actor));
    }

    /**
     * Records that the item's materials were recycled ({@link Recycled}).
     *
     * @param recovered the mass recovered of each material, as {@link Recycled} requires
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History recycled(Map<Material, Mass> recovered) {
        return record(e -> new Recycled(e.id, e.itemId, e.at, e.actor, recovered));
    }

    /**
     * Records that the item was disposed of ({@link Disposed}).
     *
     * @param method how, not null
     * @return the longer history
     * @throws IllegalStateException if no instant or actor is set
     * @throws IllegalArgumentException if the instant is earlier than the last event's or the id repeats
     * @throws IllegalTransitionException if the event is not allowed in the current stage
     */
    public History disposed(DisposalMethod method) {
        return record(e -> new Disposed(e.id, e.itemId, e.at, e.actor, method));
    }

    /**
     * Returns the item.
     *
     * @return the item
     */
    public Item item() {
        return item;
    }

    /**
     * Returns the instant the next event will be recorded at, if one is set.
     *
     * @return the instant, or empty before {@link #at(Instant)}
     */
    public Optional<Instant> instant() {
        return Optional.ofNullable(at);
    }

    /**
     * Returns the number of events recorded.
     *
     * @return the number of events
     */
    public int size() {
        return last == null ? 0 : last.size;
    }

    /**
     * Returns the stage the recorded events lead to.
     *
     * @return the stage; {@link Stage#UNRECORDED} if none was recorded
     */
    public Stage stage() {
        return last == null ? Stage.UNRECORDED : last.stage;
    }

    /**
     * Returns the recorded events, oldest first, for example to feed a {@link Ledger.Builder}.
     *
     * @return the events, an unmodifiable list
     */
    public List<LifecycleEvent> events() {
        LifecycleEvent[] events = new LifecycleEvent[size()];
        for (Node n = last; n != null; n = n.previous) {
            events[n.size - 1] = n.event;
        }
        return List.copyOf(Arrays.asList(events));
    }

    /**
     * Returns the lifecycle of the recorded events, in the order they were recorded: each appended as
     * {@link Lifecycle.Builder#append(LifecycleEvent)} appends it. ({@link Lifecycle#of(Item, List)}
     * would put events recorded at one instant in its canonical order instead.)
     *
     * @return the lifecycle
     */
    public Lifecycle lifecycle() {
        Lifecycle.Builder builder = Lifecycle.builder(item);
        for (LifecycleEvent event : events()) {
            builder.append(event);
        }
        return builder.build();
    }

    /**
     * Returns a description for debugging: the item, the stage and the number of events.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "History[" + item.id() + ", " + stage() + ", " + size() + " events]";
    }

    /** What every event shares, for the factories of {@link #record}. */
    private record Common(EventId id, ItemId itemId, Instant at, Actor actor) {
    }

    private History record(Function<Common, LifecycleEvent> factory) {
        Instant instant = requireInstant("recording an event");
        if (actor == null) {
            throw new IllegalStateException("no actor set for item \"" + item.id()
                    + "\"; call by(Actor) before recording an event");
        }
        int n = size() + 1;
        EventId id = nextId != null ? nextId : EventId.of(item.id().value() + "-" + n);
        LifecycleEvent event = factory.apply(new Common(id, item.id(), instant, actor));
        boolean duplicate = false;
        for (Node node = last; node != null && !duplicate; node = node.previous) {
            duplicate = node.event.id().equals(id);
        }
        Lifecycle.Refusal refusal = Lifecycle.check(item.id(), stage(), last == null ? null : last.event, duplicate,
                event);
        if (refusal == null) {
            Sold lastSale = null;
            Returned lastReturn = null;
            for (Node node = last; node != null && (lastSale == null || lastReturn == null); node = node.previous) {
                if (lastSale == null && node.event instanceof Sold s) {
                    lastSale = s;
                } else if (lastReturn == null && node.event instanceof Returned r) {
                    lastReturn = r;
                }
            }
            refusal = Lifecycle.checkDates(item.id(), event, lastSale, lastReturn);
        }
        if (refusal != null) {
            throw refusal.toException();
        }
        Stage next = stage().next(event.type()).orElseThrow();
        return new History(item, instant, actor, null, new Node(event, next, n, last));
    }

    private Instant requireInstant(String what) {
        if (at == null) {
            throw new IllegalStateException("no instant set for item \"" + item.id() + "\"; call at(Instant) before "
                    + what);
        }
        return at;
    }
}
