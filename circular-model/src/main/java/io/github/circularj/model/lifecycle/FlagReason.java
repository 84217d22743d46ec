package io.github.circularj.model.lifecycle;

/**
 * Why an item was {@link Flagged}. Trading stolen, seized or prohibited goods is forbidden (rule
 * SRC-PROHIBITED: 废旧金属收购业治安管理办法 Art. 8; 拍卖法 Art. 7), and suspected stolen goods must be
 * reported to the police (rule SRC-POLICE-REPORT: 废旧金属收购业治安管理办法 Art. 9–10).
 */
public enum FlagReason {
    /** The item is suspected to be stolen. */
    SUSPECTED_STOLEN,
    /** The item was seized by an authority. */
    SEIZED,
    /** The item's category may not be traded. */
    PROHIBITED_CATEGORY,
    /** The product is under a safety recall. */
    RECALLED
}
