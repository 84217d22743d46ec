package io.github.circularj.testkit;

import io.github.circularj.rules.pilot.EnterpriseRule;
import java.util.Objects;

/**
 * The rule violations that {@link SyntheticPilot} can plant in its synthetic data, one constant per
 * built-in enterprise rule of the secondhand pilot pack, named by the rule's id.
 *
 * <p>Each constant documents the <em>knob population</em> (the items, events or enterprises among
 * which a rate applies) and the violation it plants. A rate {@code r} means that a fraction
 * {@code r} of the knob population violates the rule, each member chosen deterministically from its
 * own sub-seed and independently of every other decision. Planting one violation never plants another:
 * for example a {@link #DATA_ERASURE} violation omits the erasure entirely (a factory reset alone
 * would also be a {@link #DATA_ERASURE_METHOD} violation), so each rule can be varied on its own.
 *
 * <p>The duties and sources are those of the reference table of enterprise obligations (for example
 * 消费者权益保护法 Art. 25 for {@link #RETURN_7DAY} and {@link #REFUND_7DAY}, 机动车登记规定 Art. 25 for
 * {@link #CAR_TRANSFER_30D}, 废弃电器电子产品回收处理管理条例 Art. 2, 6, 11, 28 for {@link #WEEE_HANDOVER}).
 */
public enum Violation {

    /**
     * Knob population: {@code Collected} events at enterprises that buy in. Violation: the seller is
     * unverified and no source record is kept, or the seller is verified but no source record is kept.
     */
    SRC_REGISTRATION(EnterpriseRule.SRC_REGISTRATION),

    /**
     * Knob population: items of serialised categories that are WEEE, vehicles or hold personal data,
     * at enterprises with the DEALER, REFURBISHER or PLATFORM role (only serialised items can lack an
     * identifier; every generated item has an intake event). Violation: the item carries no
     * identifier (no IMEI, VIN or serial number).
     */
    SRC_PROVENANCE(EnterpriseRule.SRC_PROVENANCE),

    /**
     * Knob population: enterprises. Violation: the profile declares a record-retention period shorter
     * than required (3 years; 5 for auctioneers, 拍卖法 Art. 54).
     */
    SRC_RETENTION(EnterpriseRule.SRC_RETENTION),

    /**
     * Knob population: all items. Violation: the item is bought in and flagged (suspected stolen, seized,
     * prohibited category or recalled), and then sold while the flag stands. The transition table refuses a
     * sale of a quarantined item, so the sale is not in the lifecycle: it is in the ledger's report
     * ({@link SyntheticPilot#refusedSale}), as an import of the enterprise's file would report it, and the
     * item stays quarantined.
     */
    SRC_PROHIBITED(EnterpriseRule.SRC_PROHIBITED),

    /**
     * Knob population: items flagged as suspected stolen. Violation: the police report comes more than
     * 24 hours after the flag, or never.
     */
    SRC_POLICE_REPORT(EnterpriseRule.SRC_POLICE_REPORT),

    /**
     * Knob population: items of categories that hold personal data, sold or exported. Violation: no
     * {@code DataErased} event at all before the sale or export.
     */
    DATA_ERASURE(EnterpriseRule.DATA_ERASURE),

    /**
     * Knob population: items of categories that hold personal data, sold or exported, that are erased.
     * Violation: the erasure is unverified, a crypto-erase, or an overwrite with fewer than 3 passes on
     * magnetic media (never a factory reset, which {@link #DATA_ERASURE} would also count).
     */
    DATA_ERASURE_METHOD(EnterpriseRule.DATA_ERASURE_METHOD),

    /**
     * Knob population: sales. Violation: neither the listing nor the sale discloses the secondhand or
     * refurbished status.
     */
    DISC_SECONDHAND_LABEL(EnterpriseRule.DISC_SECONDHAND_LABEL),

    /**
     * Knob population: sales of gradable categories. Violation: the item is never inspected (no grade)
     * before it is listed or sold.
     */
    DISC_CONDITION(EnterpriseRule.DISC_CONDITION),

    /**
     * Knob population: refurbished items sold. Violation: neither the listing nor the sale discloses
     * the repair history.
     */
    DISC_REPAIR_HISTORY(EnterpriseRule.DISC_REPAIR_HISTORY),

    /**
     * Knob population: vehicle sales. Violation: neither the listing nor the sale discloses the
     * vehicle history.
     */
    DISC_VEHICLE_HISTORY(EnterpriseRule.DISC_VEHICLE_HISTORY),

    /**
     * Knob population: remote sales. Violation: the sale offers no 7-day no-reason return and records
     * no exception confirmed by the buyer.
     */
    RETURN_7DAY(EnterpriseRule.RETURN_7DAY),

    /**
     * Knob population: returns received. Violation: the refund comes 8 to 14 days after the goods were
     * received, or never.
     */
    REFUND_7DAY(EnterpriseRule.REFUND_7DAY),

    /**
     * Knob population: refurbished items sold. Violation: the sale carries no warranty, or one shorter
     * than 3 months.
     */
    WARRANTY_REFURB(EnterpriseRule.WARRANTY_REFURB),

    /**
     * Knob population: vehicle sales. Violation: the ownership transfer is registered 33 to 45 days
     * after the sale, or never.
     */
    CAR_TRANSFER_30D(EnterpriseRule.CAR_TRANSFER_30D),

    /**
     * Knob population: WEEE items reaching end of life. Violation: the item is disposed of in a landfill
     * instead of going to a licensed WEEE processor.
     */
    WEEE_HANDOVER(EnterpriseRule.WEEE_HANDOVER),

    /**
     * Knob population: vehicles reaching end of life at enterprises that are not qualified vehicle
     * dismantlers (at a qualified dismantler the rule is met by the enterprise's own role). Violation:
     * the vehicle is handed over to an unqualified scrap yard.
     */
    ELV_HANDOVER(EnterpriseRule.ELV_HANDOVER),

    /**
     * Knob population: items collected at enterprises that buy in and headed for resale (not flagged,
     * exported or at end of life). Violation: the item is kept in stock (perhaps listed) and never sold.
     */
    REUSE_RATE(EnterpriseRule.REUSE_RATE);

    private final EnterpriseRule rule;

    Violation(EnterpriseRule rule) {
        this.rule = rule;
    }

    /**
     * Returns the declaration of the rule this violation breaks.
     *
     * @return the rule's declaration, never null
     */
    public EnterpriseRule rule() {
        return rule;
    }

    /**
     * Returns the id of the rule this violation breaks, for example {@code "DATA-ERASURE"}.
     *
     * @return the rule id, never null
     */
    public String ruleId() {
        return rule.id().value();
    }

    /**
     * Returns the violation of a rule id.
     *
     * @param ruleId a rule id such as {@code "RETURN-7DAY"}, not null
     * @return the violation planted for that rule
     * @throws IllegalArgumentException if no violation is planted for that rule id
     */
    public static Violation ofRuleId(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        for (Violation v : values()) {
            if (v.ruleId().equals(ruleId)) {
                return v;
            }
        }
        throw new IllegalArgumentException("ruleId \"" + ruleId + "\" has no synthetic violation; known rule ids are "
                + java.util.Arrays.stream(values()).map(Violation::ruleId).toList());
    }
}
