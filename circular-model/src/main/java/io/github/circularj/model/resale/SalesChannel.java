package io.github.circularj.model.resale;

/**
 * Where an item is offered and sold. {@link #isRemote()} marks the channels on which the buyer
 * cannot examine the goods before buying, so that the 7-day no-reason return of 消费者权益保护法
 * Art. 25 applies (rule RETURN-7DAY).
 */
public enum SalesChannel {
    /** An online platform or shop: remote. */
    ONLINE_PLATFORM(true),
    /** A physical store. */
    PHYSICAL_STORE(false),
    /** A stall in a secondhand or flea market. */
    MARKET_STALL(false),
    /** An auction, in the room or online; not remote by itself (拍卖法 governs it). */
    AUCTION(false),
    /** A livestream sale (直播带货): remote. */
    LIVESTREAM(true),
    /** The trade-in counter where the old item was taken in. */
    TRADE_IN_COUNTER(false);

    private final boolean remote;

    SalesChannel(boolean remote) {
        this.remote = remote;
    }

    /**
     * Returns whether a sale on this channel is always a remote sale.
     *
     * @return true for {@link #ONLINE_PLATFORM} and {@link #LIVESTREAM}
     */
    public boolean isRemote() {
        return remote;
    }
}
