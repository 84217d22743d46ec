package io.github.circularj.model.refurbish;

/**
 * Where a replacement part came from; disclosed in the repair history (rule DISC-REPAIR-HISTORY,
 * 循环经济促进法 Art. 39).
 */
public enum PartOrigin {
    /** A new part from the original manufacturer or its authorised supply chain. */
    ORIGINAL,
    /** A new third-party part made to fit. */
    COMPATIBLE,
    /** A used part harvested from another item. */
    RECLAIMED
}
