package io.github.circularj.rules.blocks;

import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;

/**
 * The readings of a history that rules about sales share. The <em>cycle</em> of a sale is the part of the
 * history since the item last came into the enterprise's hands before it: the latest {@link Collected} or
 * {@link Returned} before the sale, or the start of the history. An erasure, an inspection or a listing
 * counts for a sale only within its cycle, so that a grade or an erasure from a previous owner's time never
 * covers a later sale.
 *
 * <p>A judgement reads a history once, oldest event first, keeping what it needs of the cycle so far and
 * forgetting it at each event for which {@link #startsCycle} is true.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Cycles {

    private Cycles() {
    }

    /**
     * Returns whether an event starts a new cycle: the item came into the enterprise's hands.
     *
     * @param event the event, not null
     * @return true for {@link Collected} and {@link Returned}
     */
    public static boolean startsCycle(LifecycleEvent event) {
        return event instanceof Collected || event instanceof Returned;
    }

    /**
     * Returns whether an event passes the item to a new user: a sale or an export.
     *
     * @param event the event, not null
     * @return true for {@link Sold} and {@link Exported}
     */
    public static boolean isDisposal(LifecycleEvent event) {
        return event instanceof Sold || event instanceof Exported;
    }

    /**
     * Returns whether an event ends the item's use: handed over, dismantled, recycled or disposed of.
     *
     * @param event the event, not null
     * @return true for {@link HandedOver}, {@link Dismantled}, {@link Recycled} and {@link Disposed}
     */
    public static boolean isEndOfLife(LifecycleEvent event) {
        return event instanceof HandedOver || event instanceof Dismantled || event instanceof Recycled
                || event instanceof Disposed;
    }
}
