package io.github.circularj.model.subsidy;

/**
 * The two instruments of the 2025 consumer-goods trade-in programme (发改环资〔2025〕13号, in force nationwide
 * from 2025-01-20; provinces set the details).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubsidyProgramme {

    /**
     * The purchase subsidy for digital products (手机、平板、智能手表（手环）购新补贴实施方案): a phone, a tablet
     * or a smart watch or band bought new by an individual consumer; no old item is required.
     */
    DIGITAL_PURCHASE("手机、平板、智能手表（手环）购新补贴", false),

    /**
     * The appliance trade-in subsidy (关于做好2025年家电以旧换新工作的通知): one of twelve kinds of appliance
     * bought new by an individual consumer who hands in an old one.
     */
    APPLIANCE_TRADE_IN("家电以旧换新", true);

    private final String chineseName;
    private final boolean tradeIn;

    SubsidyProgramme(String chineseName, boolean tradeIn) {
        this.chineseName = chineseName;
        this.tradeIn = tradeIn;
    }

    /**
     * Returns the instrument's name as the programme writes it.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns whether the instrument is a trade-in: an old item is handed in with the purchase.
     *
     * @return true for {@link #APPLIANCE_TRADE_IN}
     */
    public boolean isTradeIn() {
        return tradeIn;
    }
}
