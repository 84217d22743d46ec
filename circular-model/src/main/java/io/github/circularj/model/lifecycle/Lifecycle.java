package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The ordered history of one {@link Item}: its events, oldest first, and the {@link Stage} they lead
 * to by the transition table documented on {@code Stage}.
 *
 * <p>A lifecycle starts empty ({@link #of(Item)}, stage {@link Stage#UNRECORDED}) and grows by
 * {@link #append(LifecycleEvent)}, which returns a new lifecycle and leaves this one unchanged. An
 * event is refused, and the lifecycle unchanged, when it
 * <ol>
 * <li>is for another item ({@link IllegalArgumentException});</li>
 * <li>has the id of an event already in the history ({@link IllegalArgumentException});</li>
 * <li>is earlier than the last event (an event at the same instant as the last is accepted and
 *     follows it) ({@link IllegalArgumentException});</li>
 * <li>is not allowed in the current stage by the table, which includes every event after a
 *     terminal stage other than the recycling of a dismantled item
 *     ({@link IllegalTransitionException}, an {@link IllegalStateException}).</li>
 * </ol>
 * The checks run in that order and the first that fails decides the exception.
 *
 * <p>{@code append} copies the history, which is cheap for real histories (a few dozen events); to
 * build a long history in linear time use {@link #builder(Item)}, which validates each event as it
 * comes and copies once in {@link Builder#build()}. Both give equal lifecycles.
 *
 * <p>To record a history in the domain's words, with explicit time and generated event ids, use
 * {@link History}: {@code History.of(item).at(t).by(staff).collected(intake)...lifecycle()}.
 *
 * <p>The queries ({@link #first(Class)}, {@link #occurredBefore(Class, Class)},
 * {@link #timeBetween(Class, Class)}, {@link #sales()}...) answer in history order, so that rules
 * need not scan the events themselves.
 *
 * <p>A lifecycle built by a {@link Ledger.Builder} or read from a file also carries the events submitted for
 * its item that were refused ({@link #refused()}), each with its reason: a refused trade is still evidence
 * (SRC-PROHIBITED judges a refused sale of a flagged item), and it travels with its item, so that a streamed
 * ledger never has to hold the refusals of all its items at once.
 *
 * <p>Two lifecycles are equal when their items and their events are equal (the stage follows); the refused
 * events are not compared, as a {@link Ledger}'s report is not: the same history is the same history however
 * it was submitted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lifecycle {

    private final Item item;
    private final List<LifecycleEvent> events;
    private final Stage stage;
    private final long types; // as an EventTypes mask: bit i set, the history holds an event of EventType.values()[i]
    /** The last event's instant, or null when there is none: {@link #asOf} asks it of every item for every rule. */
    @Nullable
    private final Instant lastAt;
    private final List<RejectedEvent> refused;
    /** The latest instant of a refused event, or null when there is none. */
    @Nullable
    private final Instant refusedLastAt;

    private Lifecycle(Item item, List<LifecycleEvent> events, Stage stage) {
        this(item, events, stage, List.of());
    }

    private Lifecycle(Item item, List<LifecycleEvent> events, Stage stage, List<RejectedEvent> refused) {
        this.item = item;
        this.events = events;
        this.stage = stage;
        this.lastAt = events.isEmpty() ? null : events.get(events.size() - 1).at();
        this.refused = refused;
        Instant latest = null;
        for (RejectedEvent r : refused) {
            if (latest == null || r.event().at().isAfter(latest)) {
                latest = r.event().at();
            }
        }
        this.refusedLastAt = latest;
        long bits = 0L;
        for (LifecycleEvent e : events) {
            bits |= EventTypes.bit(e.type());
        }
        this.types = bits;
    }

    /**
     * Obtains the empty lifecycle of an item, in stage {@link Stage#UNRECORDED}.
     *
     * @param item the item, not null
     * @return the empty lifecycle
     */
    public static Lifecycle of(Item item) {
        return new Lifecycle(Objects.requireNonNull(item, "item"), List.of(), Stage.UNRECORDED);
    }

    /**
     * Obtains the lifecycle of an item from its events, given in any order: they are appended in the
     * canonical order that {@link Ledger.Builder} replays them in too — by instant, and events at the same
     * instant in the order the transition table accepts them (among those, the lifecycle's order of
     * {@link EventType}s, then event id). So the same events give the same lifecycle here and in a
     * ledger, whatever order they come in.
     *
     * @param item the item, not null
     * @param events the events, not null, no nulls
     * @return the lifecycle
     * @throws IllegalArgumentException if an event is for another item or repeats an id
     * @throws IllegalTransitionException if an event is not allowed in the stage reached before it
     */
    public static Lifecycle of(Item item, List<? extends LifecycleEvent> events) {
        Builder builder = builder(item);
        for (LifecycleEvent event : Objects.requireNonNull(events, "events")) {
            Objects.requireNonNull(event, "events element");
        }
        for (LifecycleEvent event : CanonicalOrder.of(events)) {
            builder.append(event);
        }
        return builder.build();
    }

    /**
     * Starts a builder that validates events one at a time, in linear time overall.
     *
     * @param item the item, not null
     * @return a builder of an empty lifecycle
     */
    public static Builder builder(Item item) {
        return new Builder(Objects.requireNonNull(item, "item"));
    }

    /**
     * Returns a new lifecycle with an event appended; this lifecycle is unchanged.
     *
     * @param event the event, not null
     * @return the longer lifecycle
     * @throws IllegalArgumentException if the event is for another item, repeats the id of an event
     *     in the history, or is earlier than the last event
     * @throws IllegalTransitionException if the transition table does not allow the event in the
     *     current stage, including after a terminal stage
     */
    public Lifecycle append(LifecycleEvent event) {
        Builder builder = new Builder(this);
        builder.append(event);
        return builder.build();
    }

    /**
     * Returns the events submitted for this item that were refused, each with its reason, in the order they were
     * offered (the canonical replay order of a {@link Ledger.Builder}): empty for a lifecycle built from events
     * that were all accepted.
     *
     * @return the refused events, unmodifiable, possibly empty
     */
    public List<RejectedEvent> refused() {
        return refused;
    }

    /**
     * Returns a copy of this lifecycle carrying the events submitted for its item that were refused, for a reader
     * that replays an item's submissions itself; the history is unchanged.
     *
     * @param rejected the refused events of this item, not null, no nulls; copied
     * @return the copy, equal to this lifecycle
     * @throws IllegalArgumentException if a refused event is for another item, or was refused because its item
     *     is unknown (an unknown item has no lifecycle to carry it)
     */
    public Lifecycle withRefused(List<RejectedEvent> rejected) {
        List<RejectedEvent> copy = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        for (RejectedEvent r : copy) {
            checkRefusal(item.id(), r);
        }
        return new Lifecycle(item, events, stage, copy);
    }

    private static void checkRefusal(ItemId itemId, RejectedEvent r) {
        if (!r.event().itemId().equals(itemId)) {
            throw new IllegalArgumentException("refused event \"" + r.event().id() + "\" is for item \"" + r.event().itemId()
                    + "\"; a lifecycle carries the refused events of its own item \"" + itemId + "\"");
        }
        if (r.reason() == RejectedEvent.Reason.UNKNOWN_ITEM) {
            throw new IllegalArgumentException("refused event \"" + r.event().id() + "\" has reason UNKNOWN_ITEM; an"
                    + " event refused for an unknown item has no lifecycle and stays in the ledger's report");
        }
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
     * Returns the item's id.
     *
     * @return the item id
     */
    public ItemId itemId() {
        return item.id();
    }

    /**
     * Returns the history as it stood at an instant: the events at or before it. What happened later is not yet
     * evidence on that date.
     *
     * @param instant the instant, not null
     * @return this lifecycle if no event (accepted or {@linkplain #refused() refused}) is later, else the lifecycle
     *     of the earlier events, carrying the earlier refused events
     */
    public Lifecycle asOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if ((lastAt == null || !lastAt.isAfter(instant)) && (refusedLastAt == null || !refusedLastAt.isAfter(instant))) {
            return this;
        }
        int n = 0;
        Stage reached = Stage.UNRECORDED;
        while (n < events.size() && !events.get(n).at().isAfter(instant)) {
            reached = reached.next(events.get(n).type()).orElseThrow();
            n++;
        }
        List<RejectedEvent> earlier = new ArrayList<>(refused.size());
        for (RejectedEvent r : refused) {
            if (!r.event().at().isAfter(instant)) {
                earlier.add(r);
            }
        }
        return new Lifecycle(item, List.copyOf(events.subList(0, n)), reached, List.copyOf(earlier));
    }

    /**
     * Returns the events, oldest first.
     *
     * @return the events, unmodifiable, possibly empty
     */
    public List<LifecycleEvent> events() {
        return events;
    }

    /**
     * Returns the current stage.
     *
     * @return the stage the events lead to; {@link Stage#UNRECORDED} if there are none
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Returns the number of events.
     *
     * @return the number of events
     */
    public int size() {
        return events.size();
    }

    /**
     * Returns whether the history is empty.
     *
     * @return true if no event was recorded
     */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * Returns the last event.
     *
     * @return the most recent event, or empty if there is none
     */
    public Optional<LifecycleEvent> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /**
     * Returns the first event of a kind.
     *
     * @param <E> the kind of event
     * @param kind the event record class, not null, for example {@code Sold.class}
     * @return the earliest such event, or empty
     */
    public <E extends LifecycleEvent> Optional<E> first(Class<E> kind) {
        int i = firstIndex(kind);
        return i < 0 ? Optional.empty() : Optional.of(kind.cast(events.get(i)));
    }

    /**
     * Returns the last event of a kind.
     *
     * @param <E> the kind of event
     * @param kind the event record class, not null
     * @return the latest such event, or empty
     */
    public <E extends LifecycleEvent> Optional<E> last(Class<E> kind) {
        Objects.requireNonNull(kind, "kind");
        for (int i = events.size() - 1; i >= 0; i--) {
            if (kind.isInstance(events.get(i))) {
                return Optional.of(kind.cast(events.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the events of a kind, oldest first.
     *
     * @param <E> the kind of event
     * @param kind the event record class, not null
     * @return the events, unmodifiable, possibly empty
     */
    public <E extends LifecycleEvent> List<E> events(Class<E> kind) {
        Objects.requireNonNull(kind, "kind");
        List<E> found = new ArrayList<>();
        for (LifecycleEvent e : events) {
            if (kind.isInstance(e)) {
                found.add(kind.cast(e));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns whether an event of a type occurred, in constant time (the types in the history are
     * recorded when the lifecycle is built), so that a rule can pass over items it is not about cheaply.
     *
     * @param type the event type, not null
     * @return true if the history holds an event of that type
     */
    public boolean has(EventType type) {
        return (types & EventTypes.bit(Objects.requireNonNull(type, "type"))) != 0L;
    }

    /**
     * Returns whether an event of any of some types occurred, in constant time, like {@link #has}: a
     * rule about sales and exports asks {@code hasAny(EventTypes.of(SOLD, EXPORTED))}, with the set
     * built once.
     *
     * @param types the event types, not null
     * @return true if the history holds an event of one of them; false for the empty set
     */
    public boolean hasAny(EventTypes types) {
        return (this.types & Objects.requireNonNull(types, "types").mask) != 0L;
    }

    /**
     * Returns the types of the events in the history, each once.
     *
     * @return the set of types, empty for an empty history
     */
    public EventTypes eventTypes() {
        return new EventTypes(types);
    }

    /**
     * Returns whether an event of kind {@code a} precedes the first event of kind {@code b} in the
     * history, for example whether data was erased before the item was first sold:
     * {@code occurredBefore(DataErased.class, Sold.class)}.
     *
     * <p>Precisely: true if and only if the history holds an event of kind {@code b}, and an event of
     * kind {@code a} comes before the first of them in history order. History order, not the
     * instants, decides: an {@code a} and a {@code b} at the same instant count in the order they were
     * appended. If there is no {@code b}, the answer is false (there is nothing to precede); ask
     * {@link #first(Class)} separately when that matters.
     *
     * @param a the kind that should come first, not null
     * @param b the kind that should come after, not null
     * @return whether some {@code a} precedes the first {@code b}
     */
    public boolean occurredBefore(Class<? extends LifecycleEvent> a, Class<? extends LifecycleEvent> b) {
        Objects.requireNonNull(a, "a");
        int firstB = firstIndex(b);
        if (firstB < 0) {
            return false;
        }
        for (int i = 0; i < firstB; i++) {
            if (a.isInstance(events.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the time from the first event of kind {@code a} to the first event of kind {@code b},
     * for example from the first {@link Flagged} to the first {@link PoliceReported}.
     *
     * @param a the kind of the start event, not null
     * @param b the kind of the end event, not null
     * @return the duration from the first {@code a} to the first {@code b}, negative if the first
     *     {@code b} came before the first {@code a}; empty if either kind is absent
     */
    public Optional<Duration> timeBetween(Class<? extends LifecycleEvent> a, Class<? extends LifecycleEvent> b) {
        int i = firstIndex(a);
        int j = firstIndex(b);
        if (i < 0 || j < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(events.get(i).at(), events.get(j).at()));
    }

    /**
     * Returns the secondhand sales, oldest first.
     *
     * @return the {@link Sold} events, unmodifiable, possibly empty
     */
    public List<Sold> sales() {
        return events(Sold.class);
    }

    /**
     * Returns the intakes, oldest first.
     *
     * @return the {@link Collected} events, unmodifiable, possibly empty
     */
    public List<Collected> collected() {
        return events(Collected.class);
    }

    /**
     * Returns the data erasures, oldest first.
     *
     * @return the {@link DataErased} events, unmodifiable, possibly empty
     */
    public List<DataErased> erasures() {
        return events(DataErased.class);
    }

    /**
     * Returns the inspections, oldest first.
     *
     * @return the {@link Inspected} events, unmodifiable, possibly empty
     */
    public List<Inspected> inspections() {
        return events(Inspected.class);
    }

    private int firstIndex(Class<? extends LifecycleEvent> kind) {
        Objects.requireNonNull(kind, "kind");
        for (int i = 0; i < events.size(); i++) {
            if (kind.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks whether another object is a lifecycle of an equal item with equal events.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Lifecycle other && item.equals(other.item) && events.equals(other.events);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return item.hashCode() * 31 + events.hashCode();
    }

    /**
     * Prints the item id, the stage and the event types with their ids, for example
     * {@code Lifecycle[HZ-1, SOLD: COLLECTED e1, LISTED e2, SOLD e3]}.
     *
     * @return the lifecycle as text
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Lifecycle[").append(item.id()).append(", ").append(stage).append(':');
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent e = events.get(i);
            s.append(i == 0 ? " " : ", ").append(e.type()).append(' ').append(e.id());
        }
        return s.append(']').toString();
    }

    /** Why an event was refused, with the message the exception carries. */
    record Refusal(RejectedEvent.Reason reason, String message, @Nullable IllegalTransitionException transition) {

        RuntimeException toException() {
            return transition != null ? transition : new IllegalArgumentException(message);
        }
    }

    /**
     * Checks an event against a history, in the order documented on this class: the item, a
     * repeated id, the time order, the transition table. Shared by {@link Builder} and {@link History}
     * so that both refuse the same events with the same messages.
     *
     * @param itemId the history's item
     * @param stage the stage the history is in
     * @param last the last event of the history, or null if it is empty
     * @param duplicateId whether the event's id is already in the history
     * @param event the event
     * @return why the event is refused, or null if it is accepted
     */
    @Nullable
    static Refusal check(ItemId itemId, Stage stage, @Nullable LifecycleEvent last, boolean duplicateId,
            LifecycleEvent event) {
        if (!event.itemId().equals(itemId)) {
            return new Refusal(RejectedEvent.Reason.OTHER_ITEM, "event \"" + event.id() + "\" of type " + event.type()
                    + " is for item \"" + event.itemId() + "\"; this lifecycle is of item \"" + itemId + "\"", null);
        }
        if (duplicateId) {
            return new Refusal(RejectedEvent.Reason.DUPLICATE_EVENT_ID, "event id \"" + event.id() + "\" (type "
                    + event.type() + ") is already in the history of item \"" + itemId
                    + "\"; event ids are unique within an item's history", null);
        }
        if (last != null && event.at().isBefore(last.at())) {
            return new Refusal(RejectedEvent.Reason.EARLIER_THAN_LAST, "event \"" + event.id() + "\" of type "
                    + event.type() + " at " + event.at() + " is earlier than the last event \"" + last.id()
                    + "\" of type " + last.type() + " at " + last.at() + " of item \"" + itemId
                    + "\"; events are appended in time order", null);
        }
        if (stage.next(event.type()).isEmpty()) {
            IllegalTransitionException e = new IllegalTransitionException(itemId, stage, event.type(), event.id());
            return new Refusal(RejectedEvent.Reason.ILLEGAL_TRANSITION, e.getMessage(), e);
        }
        return null;
    }

    /** The event types that need the item in hand: after a return, none may come before the goods were received. */
    private static final EventTypes IN_HAND = EventTypes.of(EventType.INSPECTED, EventType.DATA_ERASED,
            EventType.REFURBISHED, EventType.LISTED, EventType.SOLD, EventType.EXPORTED, EventType.HANDED_OVER,
            EventType.DISMANTLED, EventType.RECYCLED, EventType.DISPOSED);

    /**
     * Checks the dates an event carries against the history: a return's goods are received at or after the
     * sale they come back from; after a return, an event that needs the item in hand comes at or after the
     * goods were received; an ownership transfer is registered on or after the day of the sale and on or
     * before the day it was recorded (days as they fall in any time zone, the model holding no zone).
     *
     * @return the refusal, or null if the dates agree
     */
    @Nullable
    static Refusal checkDates(ItemId itemId, LifecycleEvent event, @Nullable Sold lastSale, @Nullable Returned lastReturn) {
        if (event instanceof Returned r && lastSale != null && r.receivedAt().isBefore(lastSale.at())) {
            return dates("return \"" + r.id() + "\" of item \"" + itemId + "\" says the goods were received at "
                    + r.receivedAt() + ", before the sale \"" + lastSale.id() + "\" at " + lastSale.at()
                    + "; goods come back after they were sold");
        }
        if (lastReturn != null && IN_HAND.contains(event.type()) && event.at().isBefore(lastReturn.receivedAt())) {
            return dates("event \"" + event.id() + "\" of type " + event.type() + " at " + event.at() + " comes before the"
                    + " goods of return \"" + lastReturn.id() + "\" were received at " + lastReturn.receivedAt()
                    + "; item \"" + itemId + "\" is not in hand before then");
        }
        if (event instanceof OwnershipTransferred o) {
            if (lastSale != null && o.registeredOn().isBefore(LocalDate.ofInstant(lastSale.at(), ZoneOffset.MIN))) {
                return dates("ownership transfer \"" + o.id() + "\" of item \"" + itemId + "\" is registered on "
                        + o.registeredOn() + ", before the sale \"" + lastSale.id() + "\" at " + lastSale.at()
                        + "; a transfer is registered on or after the day of the sale");
            }
            if (o.registeredOn().isAfter(LocalDate.ofInstant(o.at(), ZoneOffset.MAX))) {
                return dates("ownership transfer \"" + o.id() + "\" of item \"" + itemId + "\" is registered on "
                        + o.registeredOn() + ", after it was recorded at " + o.at()
                        + "; a registration is recorded once it has happened");
            }
        }
        return null;
    }

    private static Refusal dates(String message) {
        return new Refusal(RejectedEvent.Reason.INCONSISTENT_DATE, message, null);
    }

    /**
     * Builds a lifecycle event by event, validating each as {@link Lifecycle#append(LifecycleEvent)}
     * does, in constant time per event; {@link #build()} copies the history once.
     *
     * <p>A refused event leaves the builder unchanged, so building can go on. This class is not
     * thread-safe; the lifecycles it builds are.
     */
    public static final class Builder {

        private final Item item;
        private final List<LifecycleEvent> events;
        // the ids of a long history, for the duplicate check; a short one (most are) is searched instead
        @Nullable
        private Set<EventId> ids;
        private Stage stage;
        private final List<RejectedEvent> refusals = new ArrayList<>();
        @Nullable
        private Sold lastSale;
        @Nullable
        private Returned lastReturn;

        private Builder(Item item) {
            this.item = item;
            this.events = new ArrayList<>();
            this.stage = Stage.UNRECORDED;
        }

        /** The most events searched one by one for an id; a longer history's ids are kept in a set. */
        private static final int SEARCHED = 16;

        private boolean hasId(EventId id) {
            if (ids == null && events.size() > SEARCHED) {
                ids = new HashSet<>();
                for (LifecycleEvent e : events) {
                    ids.add(e.id());
                }
            }
            if (ids != null) {
                return ids.contains(id);
            }
            for (LifecycleEvent e : events) {
                if (e.id().equals(id)) {
                    return true;
                }
            }
            return false;
        }

        private void remember(LifecycleEvent e) {
            if (e instanceof Sold s) {
                lastSale = s;
            } else if (e instanceof Returned r) {
                lastReturn = r;
            }
        }

        private Builder(Lifecycle from) {
            this.item = from.item;
            this.events = new ArrayList<>(from.events.size() + 1);
            this.refusals.addAll(from.refused);
            for (LifecycleEvent e : from.events) {
                events.add(e);
                remember(e);
            }
            this.stage = from.stage;
        }

        /**
         * Appends an event.
         *
         * @param event the event, not null
         * @return this builder
         * @throws IllegalArgumentException if the event is for another item, repeats the id of an
         *     event in the history, or is earlier than the last event
         * @throws IllegalTransitionException if the transition table does not allow the event in
         *     the current stage
         */
        public Builder append(LifecycleEvent event) {
            Refusal refusal = offer(event);
            if (refusal != null) {
                throw refusal.toException();
            }
            return this;
        }

        /**
         * Offers an event as a ledger does: appends it if it is acceptable; otherwise keeps it as a refused event
         * with the reason, which the lifecycle built carries ({@link Lifecycle#refused()}), and leaves the history
         * unchanged. An event of another item is refused with reason {@link RejectedEvent.Reason#OTHER_ITEM}
         * and not kept (it belongs to its own item's lifecycle).
         *
         * @param event the event, not null
         * @return the refused event with its reason, or empty if the event was appended
         */
        public Optional<RejectedEvent> offerOrRefuse(LifecycleEvent event) {
            Refusal refusal = offer(event);
            if (refusal == null) {
                return Optional.empty();
            }
            RejectedEvent rejected = new RejectedEvent(event, refusal.reason(), refusal.message());
            if (refusal.reason() != RejectedEvent.Reason.OTHER_ITEM) {
                refusals.add(rejected);
            }
            return Optional.of(rejected);
        }

        /** Appends the event if it is acceptable; otherwise returns why not and changes nothing. */
        @Nullable
        Refusal offer(LifecycleEvent event) {
            Objects.requireNonNull(event, "event");
            Refusal refusal = check(item.id(), stage, events.isEmpty() ? null : events.get(events.size() - 1),
                    hasId(event.id()), event);
            if (refusal == null) {
                refusal = checkDates(item.id(), event, lastSale, lastReturn);
            }
            if (refusal != null) {
                return refusal;
            }
            events.add(event);
            if (ids != null) {
                ids.add(event.id());
            }
            stage = stage.next(event.type()).orElseThrow();
            remember(event);
            return null;
        }

        /**
         * Returns the stage the events appended so far lead to.
         *
         * @return the current stage
         */
        public Stage stage() {
            return stage;
        }

        /**
         * Returns the number of events appended so far.
         *
         * @return the number of events
         */
        public int size() {
            return events.size();
        }

        /**
         * Builds the lifecycle of the events appended so far, carrying the events {@linkplain #offerOrRefuse refused}
         * so far; the builder may be used further.
         *
         * @return the lifecycle
         */
        public Lifecycle build() {
            return new Lifecycle(item, List.copyOf(events), stage, List.copyOf(refusals));
        }
    }
}
