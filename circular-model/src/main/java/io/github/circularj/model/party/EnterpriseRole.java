package io.github.circularj.model.party;

/**
 * The roles an enterprise plays in secondhand goods circulation. An enterprise may hold several.
 *
 * <p>{@link #buysIn()} marks the roles that take goods in from sellers, the operators to which the
 * seller-registration duty applies (rule SRC-REGISTRATION of the policy documentation (docs/policy.md): "verify and
 * record the seller's identity when buying in", applying to "operators that buy in (recyclers,
 * dealers, consignment, trade-in)"; by analogy with 废旧金属收购业治安管理办法 Art. 7).
 */
public enum EnterpriseRole {

    /**
     * An online platform (电子商务平台经营者) on which others sell; it does not own the goods. Its
     * duty to verify the sellers on it (电子商务法 Art. 27) is not buying in.
     */
    PLATFORM(false),

    /**
     * The operator of a physical secondhand market (二手商品交易市场) that leases stalls to traders;
     * the traders, not the operator, buy and sell, and each trader that buys in is a {@link #DEALER}.
     */
    MARKET_OPERATOR(false),

    /** A dealer (经营者) that buys secondhand goods and resells them: buys in. */
    DEALER(true),

    /**
     * A refurbisher that inspects, repairs and grades goods, usually ones owned or bought by others;
     * a refurbisher that also buys from the public holds {@link #DEALER} or {@link #RECYCLER} too.
     */
    REFURBISHER(false),

    /** A recycler (回收经营者) that collects used goods from the public and businesses: buys in. */
    RECYCLER(true),

    /**
     * A dismantler that takes goods apart for parts and materials; it receives end-of-life goods
     * under its own handover duties rather than buying from the public (a dismantler that does buy
     * from the public holds {@link #RECYCLER} too).
     */
    DISMANTLER(false),

    /** An exporter of secondhand goods, such as used cars; it sells abroad, not buys in. */
    EXPORTER(false),

    /**
     * An auctioneer (拍卖企业) that takes goods on consignment from the owners and sells them at
     * auction: consignment is buying in for the registration duty (拍卖法 Art. 41 requires the
     * consignor's proof of identity and of title).
     */
    AUCTIONEER(true),

    /**
     * A pawnshop (典当行) that takes goods in pledge and disposes of the forfeited ones: it takes
     * goods in from the pawner, whose valid identity document it must see (典当管理办法).
     */
    PAWNSHOP(true),

    /**
     * A trade-in operator (以旧换新) that takes an old product from a buyer of a new one: buys in.
     */
    TRADE_IN_OPERATOR(true),

    /**
     * A processor of waste electrical and electronic products licensed under 废弃电器电子产品回收处理
     * 管理条例 (处理资格许可); the qualification that rule WEEE-HANDOVER looks for. It takes
     * in waste for processing under its own duties; a processor that buys from the public holds
     * {@link #RECYCLER} too.
     */
    WEEE_PROCESSOR_LICENSED(false),

    /**
     * A recycling and dismantling enterprise for end-of-life motor vehicles qualified under
     * 报废机动车回收管理办法 (资质认定); the qualification that rule ELV-HANDOVER looks for.
     * Its intake of scrapped vehicles is governed by those measures; one that buys used vehicles
     * for resale holds {@link #DEALER} too.
     */
    VEHICLE_DISMANTLER_QUALIFIED(false);

    private final boolean buysIn;

    EnterpriseRole(boolean buysIn) {
        this.buysIn = buysIn;
    }

    /**
     * Returns whether this role takes goods in from sellers (buying, consignment, pledge or trade-in),
     * so that the seller-registration duty SRC-REGISTRATION applies to it.
     *
     * @return true for {@link #DEALER}, {@link #RECYCLER}, {@link #AUCTIONEER}, {@link #PAWNSHOP}
     *     and {@link #TRADE_IN_OPERATOR}
     */
    public boolean buysIn() {
        return buysIn;
    }
}
