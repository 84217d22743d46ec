package io.github.circularj.model.lifecycle;

/** How an item came into the enterprise's hands when it was {@link Collected}. */
public enum CollectionChannel {
    /** Taken in as part payment for a new product (以旧换新). */
    TRADE_IN,
    /** Bought from the owner outright (回收). */
    BUY_BACK,
    /** Taken on consignment; the owner keeps title until sale (寄卖). */
    CONSIGNMENT,
    /** Dropped off at a community or network recycling point (回收网点). */
    RECYCLING_POINT,
    /** Given free of charge. */
    DONATION
}
