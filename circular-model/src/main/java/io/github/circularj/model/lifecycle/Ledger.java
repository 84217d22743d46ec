package io.github.circularj.model.lifecycle;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * An enterprise's records for a {@link ReportingPeriod}: the {@link Lifecycle}s of its items,
 * offered as a {@link #lifecycles() Stream} and as an {@link Iterable}, so that a ledger of millions
 * of items never has to sit in one list.
 *
 * <p>Three ways to obtain one:
 * <ul>
 * <li>{@link #of(Enterprise, ReportingPeriod, Collection)}: in memory, ordered by {@link ItemId};</li>
 * <li>{@link #ofSupplier(Enterprise, ReportingPeriod, Supplier)}: streaming, from a source that is
 *     asked afresh for each pass (a file, a database cursor);</li>
 * <li>{@link #builder(Enterprise, ReportingPeriod)}: from items and events in any order, replayed
 *     through {@link Lifecycle#append(LifecycleEvent)}, with a {@link LedgerReport} of every event
 *     refused.</li>
 * </ul>
 *
 * <p>Equality: two in-memory ledgers are equal when their enterprises, periods and lifecycles are
 * equal, so the same items and events give equal ledgers whatever the order they came in. A
 * streaming ledger is equal only to itself, since comparing would mean reading both sources.
 *
 * <p>This class is immutable and thread-safe, provided a streaming ledger's supplier is.
 */
public final class Ledger implements Iterable<Lifecycle> {

    private final Enterprise enterprise;
    private final ReportingPeriod period;
    @Nullable
    private final List<Lifecycle> inMemory;
    @Nullable
    private final Supplier<Stream<Lifecycle>> source;
    @Nullable
    private final LedgerReport report;

    private Ledger(Enterprise enterprise, ReportingPeriod period, @Nullable List<Lifecycle> inMemory,
            @Nullable Supplier<Stream<Lifecycle>> source, @Nullable LedgerReport report) {
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.period = Objects.requireNonNull(period, "period");
        this.inMemory = inMemory;
        this.source = source;
        this.report = report;
    }

    /**
     * Obtains an in-memory ledger, its lifecycles ordered by item id.
     *
     * @param enterprise the enterprise, not null
     * @param period the reporting period, not null
     * @param lifecycles the lifecycles, not null, no nulls, at most one per item id; copied
     * @return the ledger
     * @throws IllegalArgumentException if two lifecycles have the same item id
     */
    public static Ledger of(Enterprise enterprise, ReportingPeriod period, Collection<Lifecycle> lifecycles) {
        Objects.requireNonNull(lifecycles, "lifecycles");
        Lifecycle[] sorted = lifecycles.toArray(new Lifecycle[0]);
        for (Lifecycle lifecycle : sorted) {
            Objects.requireNonNull(lifecycle, "lifecycles element");
        }
        // one pass over lifecycles already in strictly increasing item id order (as a grouped file's reader gives
        // them) checks both the order and the uniqueness with one comparison each; only other input is sorted
        int i = 1;
        while (i < sorted.length && sorted[i - 1].itemId().compareTo(sorted[i].itemId()) < 0) {
            i++;
        }
        if (i < sorted.length) {
            Arrays.sort(sorted, BY_ITEM_ID);
            for (int k = 1; k < sorted.length; k++) {
                ItemId id = sorted[k].itemId();
                if (sorted[k - 1].itemId().equals(id)) {
                    throw new IllegalArgumentException("item id \"" + id + "\" has two lifecycles; a ledger holds one"
                            + " lifecycle per item");
                }
            }
        }
        return new Ledger(enterprise, period, List.of(sorted), null, null);
    }

    private static final java.util.Comparator<Lifecycle> BY_ITEM_ID = java.util.Comparator.comparing(Lifecycle::itemId);

    /**
     * Obtains a streaming ledger whose lifecycles come from a supplier, asked once per pass.
     *
     * <p>The supplier must return a new stream of the same lifecycles each time it is called (a
     * re-iterable source such as a file read afresh); the ledger neither checks nor caches this. The
     * order is the supplier's. The ledger does not check that item ids are unique.
     *
     * @param enterprise the enterprise, not null
     * @param period the reporting period, not null
     * @param lifecycles the source of the lifecycles, not null; each call returns a fresh stream
     * @return the ledger
     */
    public static Ledger ofSupplier(Enterprise enterprise, ReportingPeriod period,
            Supplier<Stream<Lifecycle>> lifecycles) {
        return new Ledger(enterprise, period, null, Objects.requireNonNull(lifecycles, "lifecycles"), null);
    }

    /**
     * Starts a builder that takes items and events in any order.
     *
     * @param enterprise the enterprise, not null
     * @param period the reporting period, not null
     * @return the builder
     */
    public static Builder builder(Enterprise enterprise, ReportingPeriod period) {
        return new Builder(Objects.requireNonNull(enterprise, "enterprise"), Objects.requireNonNull(period, "period"));
    }

    /**
     * Returns the enterprise whose records these are.
     *
     * @return the enterprise
     */
    public Enterprise enterprise() {
        return enterprise;
    }

    /**
     * Returns the reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the lifecycles as a new stream; an in-memory ledger streams them by item id.
     *
     * @return a fresh stream of the lifecycles
     */
    public Stream<Lifecycle> lifecycles() {
        return inMemory != null ? inMemory.stream() : Objects.requireNonNull(source.get(), "supplied stream");
    }

    /**
     * Returns an iterator over the lifecycles, in the order of {@link #lifecycles()}.
     *
     * @return a fresh iterator; it does not support removal
     */
    @Override
    public Iterator<Lifecycle> iterator() {
        return lifecycles().iterator();
    }

    /**
     * Returns the report of the records submitted for this ledger that were accepted and rejected, so that
     * whatever scores the ledger sees what was refused: present for a ledger built by a {@link Builder} or
     * given one with {@link #withReport(LedgerReport)} (an import), empty for a ledger made from lifecycles
     * that were validated one by one ({@link #of}, {@link #ofSupplier}), where nothing was refused.
     *
     * @return the report, if the ledger was built from submitted records
     */
    public Optional<LedgerReport> report() {
        return Optional.ofNullable(report);
    }

    /**
     * Returns a copy of this ledger carrying a report of the records submitted for it, for a reader that
     * streams an import into a ledger of its own making. The report gives the counts; the refused events of
     * known items are judged from the lifecycles that carry them ({@link Lifecycle#refused()}), so such a reader
     * attaches them with {@link Lifecycle#withRefused(List)} or builds its lifecycles with
     * {@link Lifecycle.Builder#offerOrRefuse(LifecycleEvent)}.
     *
     * @param submitted the report, not null
     * @return the copy, with the same lifecycles
     */
    public Ledger withReport(LedgerReport submitted) {
        return new Ledger(enterprise, period, inMemory, source, Objects.requireNonNull(submitted, "submitted"));
    }

    /**
     * Returns whether the ledger holds its lifecycles in memory.
     *
     * @return true for a ledger from {@link #of} or a builder, false for one from {@link #ofSupplier}
     */
    public boolean isInMemory() {
        return inMemory != null;
    }

    /**
     * Checks whether another object is an equal ledger; see the class comment.
     *
     * @param obj the other object, may be null
     * @return true if both are in memory with equal enterprises, periods and lifecycles, or if
     *     {@code obj} is this ledger (the {@linkplain #report() report} of what was submitted is not
     *     compared: two ledgers holding the same histories are equal however they were built)
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        return obj instanceof Ledger other && inMemory != null && other.inMemory != null
                && enterprise.equals(other.enterprise) && period.equals(other.period) && inMemory.equals(other.inMemory);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return inMemory != null ? Objects.hash(enterprise, period, inMemory) : System.identityHashCode(this);
    }

    /**
     * Prints the enterprise's name, the period and, in memory, the number of lifecycles.
     *
     * @return the ledger as text
     */
    @Override
    public String toString() {
        return "Ledger[" + enterprise.name() + ", " + period + ", "
                + (inMemory != null ? inMemory.size() + " lifecycles" : "streaming") + "]";
    }

    /**
     * What {@link Builder#build()} returns: the ledger and the report of what was accepted and
     * rejected.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param ledger the in-memory ledger built
     * @param report the report of accepted and rejected events
     */
    public record Result(Ledger ledger, LedgerReport report) {

        /**
         * Validates the result.
         *
         * @param ledger the ledger, not null
         * @param report the report, not null
         */
        public Result {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Builds an in-memory ledger from items and events given in any order.
     *
     * <p>{@link #build()} groups the events by item and replays each item's events through
     * {@link Lifecycle#append(LifecycleEvent)} in the canonical order of {@link Lifecycle#of(Item, List)}:
     * by instant, and events at the same instant in the order the transition table accepts them (among
     * those, the lifecycle's order of event types, then event id); an id orders only events of one type. When a step is refused, the event is recorded in the
     * {@link LedgerReport} with the reason, and carried by the item's lifecycle ({@link Lifecycle#refused()}), and
     * replay goes on with the item's remaining events, which may then be refused in turn (for example the sale
     * after a refused listing). The report of a builder keeps every rejection: the builder holds every event
     * in memory anyway. Events for items
     * never registered with {@link #item(Item)} are rejected as {@link RejectedEvent.Reason#UNKNOWN_ITEM}.
     * Every registered item gets a lifecycle, empty if no event was accepted. Nothing is dropped:
     * accepted plus rejected equals submitted. A reader of a file also records the lines it could not
     * read with {@link #unreadable(UnreadableRecord)}; they count as submitted and not accepted.
     *
     * <p>Event ids are checked for uniqueness within each item's history, as a lifecycle does; the
     * same id on events of two different items is accepted.
     *
     * <p>The same items and events, submitted in any order, build equal ledgers and reports with
     * equal counts. This class is not thread-safe.
     */
    public static final class Builder {

        /** The most unreadable records a builder keeps unless told otherwise: {@value}; all are counted. */
        public static final int DEFAULT_UNREADABLE_LIMIT = 1_000;

        private final Enterprise enterprise;
        private final ReportingPeriod period;
        private final Map<ItemId, Item> items = new TreeMap<>();
        private final List<LifecycleEvent> events = new ArrayList<>();
        private final List<UnreadableRecord> unreadable = new ArrayList<>();
        private long unreadableCount;
        private int unreadableLimit = DEFAULT_UNREADABLE_LIMIT;

        private Builder(Enterprise enterprise, ReportingPeriod period) {
            this.enterprise = enterprise;
            this.period = period;
        }

        /**
         * Registers an item; registering an equal item again does nothing.
         *
         * @param item the item, not null
         * @return this builder
         * @throws IllegalArgumentException if a different item with the same id was registered
         */
        public Builder item(Item item) {
            Objects.requireNonNull(item, "item");
            Item previous = items.putIfAbsent(item.id(), item);
            if (previous != null && !previous.equals(item)) {
                throw new IllegalArgumentException("item id \"" + item.id() + "\" is already registered for another item (\""
                        + previous + "\"); an item id names one item");
            }
            return this;
        }

        /**
         * Registers items, as {@link #item(Item)} does for each.
         *
         * @param newItems the items, not null, no nulls
         * @return this builder
         * @throws IllegalArgumentException if a different item with the same id was registered
         */
        public Builder items(Iterable<Item> newItems) {
            for (Item item : Objects.requireNonNull(newItems, "items")) {
                item(item);
            }
            return this;
        }

        /**
         * Submits an event; it is checked in {@link #build()}.
         *
         * @param event the event, not null
         * @return this builder
         */
        public Builder event(LifecycleEvent event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Submits events, as {@link #event(LifecycleEvent)} does for each.
         *
         * @param newEvents the events, not null, no nulls
         * @return this builder
         */
        public Builder events(Iterable<? extends LifecycleEvent> newEvents) {
            for (LifecycleEvent event : Objects.requireNonNull(newEvents, "events")) {
                event(event);
            }
            return this;
        }

        /**
         * Records a record that could not be read (a bad line of a file), so that the report counts it
         * among the records submitted. The first ones up to {@link #unreadableLimit(int) the limit} are
         * kept in the report, in the order recorded; all are counted.
         *
         * @param record the unreadable record, not null
         * @return this builder
         */
        public Builder unreadable(UnreadableRecord record) {
            Objects.requireNonNull(record, "record");
            unreadableCount++;
            if (unreadable.size() < unreadableLimit) {
                unreadable.add(record);
            }
            return this;
        }

        /**
         * Sets how many unreadable records the report keeps (the count stays exact); records already kept
         * beyond a lower limit are kept.
         *
         * @param limit the most unreadable records kept, zero or more; {@value #DEFAULT_UNREADABLE_LIMIT}
         *     unless set
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder unreadableLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("unreadable limit \"" + limit + "\" is negative; a limit is 0 or more");
            }
            unreadableLimit = limit;
            return this;
        }

        /**
         * Replays the events into lifecycles and builds the ledger with its report; the builder may
         * be used further.
         *
         * @return the ledger and the report
         */
        public Result build() {
            TreeMap<ItemId, List<LifecycleEvent>> byItem = new TreeMap<>();
            for (LifecycleEvent event : events) {
                byItem.computeIfAbsent(event.itemId(), id -> new ArrayList<>()).add(event);
            }
            Set<ItemId> ids = new TreeSet<>(items.keySet());
            ids.addAll(byItem.keySet());
            List<Lifecycle> lifecycles = new ArrayList<>(items.size());
            List<RejectedEvent> rejected = new ArrayList<>();
            long accepted = 0;
            for (ItemId id : ids) {
                List<LifecycleEvent> itemEvents = CanonicalOrder.of(byItem.getOrDefault(id, List.of()));
                Item item = items.get(id);
                if (item == null) {
                    for (LifecycleEvent event : itemEvents) {
                        rejected.add(new RejectedEvent(event, RejectedEvent.Reason.UNKNOWN_ITEM, "event \"" + event.id()
                                + "\" of type " + event.type() + " is for item \"" + id + "\", which is not registered in the ledger of "
                                + enterprise.name() + " for " + period + "; register the item first"));
                    }
                    continue;
                }
                Lifecycle.Builder lifecycle = Lifecycle.builder(item);
                for (LifecycleEvent event : itemEvents) {
                    Optional<RejectedEvent> refused = lifecycle.offerOrRefuse(event);
                    if (refused.isEmpty()) {
                        accepted++;
                    } else {
                        rejected.add(refused.get());
                    }
                }
                lifecycles.add(lifecycle.build());
            }
            LedgerReport report = LedgerReport.of(accepted, rejected, unreadable, unreadableCount);
            return new Result(new Ledger(enterprise, period, List.copyOf(lifecycles), null, report), report);
        }
    }
}
