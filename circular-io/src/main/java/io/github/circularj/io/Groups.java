package io.github.circularj.io;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Assembles the lifecycles of a grouped file one item at a time, checking the grouping as it goes: each
 * item line is followed by its events, and items come in ascending item id order. An item line out of
 * that order, and an event that is not of the current item, are reported as unreadable records (the
 * reason says which rule the file broke) and left out; the rest of the file is read on. Each item's
 * events are replayed as {@link Ledger.Builder} replays them, so a grouped file gives the same lifecycles
 * and rejections as the same lines read through the builder.
 *
 * <p>Memory: one item's events at a time, and the first rejected events and unreadable records up to the
 * limit; every one is counted, and each item's refused events travel with its lifecycle. Not thread-safe.
 */
final class Groups {

    private final LedgerHeader header;
    private final String source;
    private final int limit;
    private final List<RejectedEvent> rejected = new ArrayList<>();
    private final Map<RejectedEvent.Reason, Long> rejectedByReason = new EnumMap<>(RejectedEvent.Reason.class);
    private final List<UnreadableRecord> unreadable = new ArrayList<>();
    private long unreadableCount;
    private long accepted;
    private long lifecycles;
    @Nullable
    private Item current;
    private long currentLine;
    @Nullable
    private ItemId last;
    private final List<LifecycleEvent> events = new ArrayList<>();

    Groups(LedgerHeader header, String source, int limit) {
        this.header = header;
        this.source = source;
        this.limit = limit;
    }

    /** Takes an item line; returns the lifecycle of the group it closes, if any. */
    @Nullable
    Lifecycle item(Item item, long line) {
        if (last != null && item.id().compareTo(last) <= 0) {
            unreadable(Unreadable.of(source, line, "itemId", item.id().value(), "the header says the file is grouped"
                    + " by item, in ascending item id order, but this item comes after item \"" + last + "\""
                    + (item.id().equals(last) ? " (the same id: an item has one line)" : "")));
            return null;
        }
        Lifecycle closed = close();
        current = item;
        currentLine = line;
        last = item.id();
        return closed;
    }

    /** Takes an event line. */
    void event(LifecycleEvent event, long line) {
        if (current == null || !current.id().equals(event.itemId())) {
            unreadable(Unreadable.of(source, line, "itemId", event.itemId().value(), "the header says the file is"
                    + " grouped by item, so an event follows its item's line, but "
                    + (current == null ? "no item line came before it"
                    : "the current item is \"" + current.id() + "\" (line " + currentLine + ")")));
            return;
        }
        events.add(event);
    }

    void unreadable(UnreadableRecord record) {
        unreadableCount++;
        if (unreadable.size() < limit) {
            unreadable.add(record);
        }
    }

    /** Closes the last group; returns its lifecycle, if any. */
    @Nullable
    Lifecycle finish() {
        Lifecycle closed = close();
        current = null;
        return closed;
    }

    @Nullable
    private Lifecycle close() {
        if (current == null) {
            return null;
        }
        Lifecycle lifecycle = replayedInOrder();
        if (lifecycle != null) {
            accepted += lifecycle.size();
        } else {
            Ledger.Result one = Ledger.builder(header.enterprise(), header.period()).item(current).events(events).build();
            accepted += one.report().accepted();
            for (RejectedEvent r : one.report().rejected()) {
                rejectedByReason.merge(r.reason(), 1L, Long::sum);
                if (rejected.size() < limit) {
                    rejected.add(r);
                }
            }
            lifecycle = one.ledger().iterator().next();
        }
        events.clear();
        lifecycles++;
        return lifecycle;
    }

    /**
     * The lifecycle of the current item when its events, in file order, are at strictly increasing instants
     * and all accepted: then file order is the builder's canonical replay order (which orders by instant
     * first), and the result is the builder's, without its sorting and searching. Null otherwise, and the
     * builder decides, with its report.
     */
    @Nullable
    private Lifecycle replayedInOrder() {
        for (int i = 1; i < events.size(); i++) {
            if (!events.get(i - 1).at().isBefore(events.get(i).at())) {
                return null;
            }
        }
        Lifecycle.Builder builder = Lifecycle.builder(current);
        try {
            for (LifecycleEvent event : events) {
                builder.append(event);
            }
        } catch (IllegalArgumentException | IllegalStateException e) { // a refusal: the builder reports it
            return null;
        }
        return builder.build();
    }

    long lifecycles() {
        return lifecycles;
    }

    LedgerReport report() {
        return LedgerReport.of(accepted, rejected, rejectedByReason, unreadable, unreadableCount);
    }
}
