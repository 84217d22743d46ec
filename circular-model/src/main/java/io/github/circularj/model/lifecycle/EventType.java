package io.github.circularj.model.lifecycle;

/**
 * The kinds of {@link LifecycleEvent}, one constant for each event record.
 *
 * <p>The {@linkplain Stage transition table} is written in terms of these constants, so that it
 * reads as a table and can be checked against the documentation.
 */
public enum EventType {
    /** The item was made. */
    MANUFACTURED,
    /** The item was first sold new to a user. */
    SOLD_NEW,
    /** The enterprise took the item in from a seller (trade-in, buy-back, consignment, ...). */
    COLLECTED,
    /** The item was flagged as suspected stolen, seized, prohibited or recalled. */
    FLAGGED,
    /** A suspicion about the item was reported to the police. */
    POLICE_REPORTED,
    /** A flag was cleared. */
    CLEARED,
    /** The item was inspected and graded. */
    INSPECTED,
    /** User data on the item was erased. */
    DATA_ERASED,
    /** The item was refurbished under a work order. */
    REFURBISHED,
    /** The item was listed for sale. */
    LISTED,
    /** The item was sold secondhand. */
    SOLD,
    /** A buyer returned the item. */
    RETURNED,
    /** A buyer who returned the item was refunded. */
    REFUNDED,
    /** The ownership of a vehicle was transferred at the registration authority. */
    OWNERSHIP_TRANSFERRED,
    /** The item was exported. */
    EXPORTED,
    /** The item was handed over to a recycler, licensed processor or qualified dismantler. */
    HANDED_OVER,
    /** The item was dismantled. */
    DISMANTLED,
    /** The item's materials were recycled. */
    RECYCLED,
    /** The item was landfilled or incinerated. */
    DISPOSED
}
