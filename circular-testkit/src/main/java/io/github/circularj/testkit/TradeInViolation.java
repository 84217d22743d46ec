package io.github.circularj.testkit;

import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.tradein.TradeInProgramme;

/**
 * The claim violations that {@link SyntheticTradeIn} can plant, seven kinds over the six rules of the trade-in
 * pack {@code cn-trade-in-2025}. Each planted claim offends its own rule and no other, so each rule's finding
 * can be checked against the planted claims exactly.
 */
public enum TradeInViolation {

    /** A digital product with a unit price over RMB 6,000 (claimed RMB 500, within the rate and the cap). */
    PRICE_OVER_CAP(TradeInProgramme.PRICE_CAP),
    /** A phone of RMB 2,000 claimed RMB 301 to 500: over 15 %, within the per-item cap. */
    OVER_RATE(TradeInProgramme.RATE),
    /** A phone of RMB 5,000 claimed RMB 501 to 750: within 15 %, over the RMB 500 cap. */
    OVER_ITEM_CAP(TradeInProgramme.ITEM_CAP),
    /** A second claim of the same category for a person who already claimed one earlier (never air conditioners). */
    REPEAT_BUYER(TradeInProgramme.PER_PERSON),
    /** A tablet claim for an item that is a phone. */
    CATEGORY_MISMATCH(TradeInProgramme.ELIGIBLE),
    /** An appliance of energy grade 3. */
    LOW_GRADE(TradeInProgramme.ELIGIBLE),
    /** An appliance trade-in whose old item went to an unlicensed recycler. */
    OLD_ITEM_UNTRACED(TradeInProgramme.OLD_ITEM_TRACE);

    private final RuleId rule;

    TradeInViolation(RuleId rule) {
        this.rule = rule;
    }

    /**
     * Returns the rule the violation offends.
     *
     * @return the rule's id
     */
    public RuleId rule() {
        return rule;
    }
}
