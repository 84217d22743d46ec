package io.github.circularj.model.lifecycle;

import java.util.Optional;
import java.util.Set;

/**
 * Where an item stands in its lifecycle, as seen by the enterprise whose ledger holds it.
 *
 * <p>Which event may follow which stage is one table, {@code Transitions}, and nowhere else; the
 * table below is its rendering, and a test fails if the two ever disagree. An event that keeps the
 * stage is shown as "(stays)".
 *
 * <table class="striped">
 * <caption>Transition table: stage, event, next stage</caption>
 * <thead><tr><th scope="col">stage</th><th scope="col">event</th><th scope="col">next stage</th></tr></thead>
 * <tbody>
 * <tr><td>UNRECORDED</td><td>MANUFACTURED</td><td>NEW</td></tr>
 * <tr><td>UNRECORDED</td><td>SOLD_NEW</td><td>IN_USE</td></tr>
 * <tr><td>UNRECORDED</td><td>COLLECTED</td><td>IN_STOCK</td></tr>
 * <tr><td>NEW</td><td>SOLD_NEW</td><td>IN_USE</td></tr>
 * <tr><td>IN_USE</td><td>COLLECTED</td><td>IN_STOCK</td></tr>
 * <tr><td>IN_USE</td><td>OWNERSHIP_TRANSFERRED</td><td>(stays)</td></tr>
 * <tr><td>IN_STOCK</td><td>INSPECTED</td><td>(stays)</td></tr>
 * <tr><td>IN_STOCK</td><td>DATA_ERASED</td><td>(stays)</td></tr>
 * <tr><td>IN_STOCK</td><td>REFURBISHED</td><td>(stays)</td></tr>
 * <tr><td>IN_STOCK</td><td>LISTED</td><td>LISTED</td></tr>
 * <tr><td>IN_STOCK</td><td>SOLD</td><td>SOLD</td></tr>
 * <tr><td>IN_STOCK</td><td>FLAGGED</td><td>QUARANTINED</td></tr>
 * <tr><td>IN_STOCK</td><td>EXPORTED</td><td>EXPORTED</td></tr>
 * <tr><td>IN_STOCK</td><td>HANDED_OVER</td><td>HANDED_OVER</td></tr>
 * <tr><td>IN_STOCK</td><td>DISMANTLED</td><td>DISMANTLED</td></tr>
 * <tr><td>IN_STOCK</td><td>RECYCLED</td><td>RECYCLED</td></tr>
 * <tr><td>IN_STOCK</td><td>DISPOSED</td><td>DISPOSED</td></tr>
 * <tr><td>QUARANTINED</td><td>POLICE_REPORTED</td><td>(stays)</td></tr>
 * <tr><td>QUARANTINED</td><td>CLEARED</td><td>IN_STOCK</td></tr>
 * <tr><td>LISTED</td><td>LISTED</td><td>(stays)</td></tr>
 * <tr><td>LISTED</td><td>INSPECTED</td><td>(stays)</td></tr>
 * <tr><td>LISTED</td><td>DATA_ERASED</td><td>(stays)</td></tr>
 * <tr><td>LISTED</td><td>SOLD</td><td>SOLD</td></tr>
 * <tr><td>LISTED</td><td>FLAGGED</td><td>QUARANTINED</td></tr>
 * <tr><td>LISTED</td><td>EXPORTED</td><td>EXPORTED</td></tr>
 * <tr><td>SOLD</td><td>RETURNED</td><td>RETURNED</td></tr>
 * <tr><td>SOLD</td><td>OWNERSHIP_TRANSFERRED</td><td>(stays)</td></tr>
 * <tr><td>SOLD</td><td>COLLECTED</td><td>IN_STOCK</td></tr>
 * <tr><td>RETURNED</td><td>INSPECTED</td><td>(stays)</td></tr>
 * <tr><td>RETURNED</td><td>REFUNDED</td><td>IN_STOCK</td></tr>
 * <tr><td>HANDED_OVER</td><td>DISMANTLED</td><td>DISMANTLED</td></tr>
 * <tr><td>HANDED_OVER</td><td>RECYCLED</td><td>RECYCLED</td></tr>
 * <tr><td>HANDED_OVER</td><td>DISPOSED</td><td>DISPOSED</td></tr>
 * <tr><td>DISMANTLED</td><td>RECYCLED</td><td>RECYCLED</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Consequences worth knowing: a flagged (quarantined) item cannot be listed or sold until it is
 * cleared; data can be erased only before a sale; {@link #EXPORTED}, {@link #RECYCLED} and
 * {@link #DISPOSED} end the lifecycle, and {@link #DISMANTLED} allows only the recycling of what
 * was recovered.
 */
public enum Stage {
    /** No event recorded yet: the stage of an empty lifecycle. */
    UNRECORDED,
    /** Made, not yet sold to a user. */
    NEW,
    /** With a user after its first sale. */
    IN_USE,
    /** Held by the enterprise: collected, being inspected, erased, refurbished or returned to stock. */
    IN_STOCK,
    /** Flagged as suspected stolen, seized, prohibited or recalled; cannot be listed or sold. */
    QUARANTINED,
    /** Offered for sale. */
    LISTED,
    /** Sold secondhand; with the buyer. */
    SOLD,
    /** Returned by the buyer, awaiting the refund. */
    RETURNED,
    /** Exported; the lifecycle ends here for this ledger. */
    EXPORTED,
    /** Handed over to a recycler, licensed processor or qualified dismantler. */
    HANDED_OVER,
    /** Dismantled; only the recycling of recovered materials may follow. */
    DISMANTLED,
    /** Recycled; the lifecycle ends. */
    RECYCLED,
    /** Landfilled or incinerated; the lifecycle ends. */
    DISPOSED;

    /**
     * Returns the stage an event of the given type leads to from this stage.
     *
     * @param event the type of the next event, not null
     * @return the next stage, or empty if the event is not allowed in this stage
     */
    public Optional<Stage> next(EventType event) {
        return Transitions.next(this, event);
    }

    /**
     * Returns the types of event allowed in this stage.
     *
     * @return the allowed event types, unmodifiable, in declaration order; empty for a stage that
     *     allows nothing
     */
    public Set<EventType> allowedEvents() {
        return Transitions.allowed(this);
    }

    /**
     * Returns whether this stage ends the item's physical life for the ledger: exported,
     * dismantled, recycled or disposed.
     *
     * @return true for the terminal stages
     */
    public boolean isTerminal() {
        return this == EXPORTED || this == DISMANTLED || this == RECYCLED || this == DISPOSED;
    }
}
