package io.github.circularj.model.resale;

/**
 * A fact disclosed to the buyer in a listing or at a sale (rules DISC-SECONDHAND-LABEL,
 * DISC-CONDITION, DISC-REPAIR-HISTORY and DISC-VEHICLE-HISTORY of the policy documentation (docs/policy.md)).
 */
public enum Disclosure {
    /** The goods are secondhand (循环经济促进法 Art. 39, 40). */
    SECONDHAND_STATUS,
    /** The goods are refurbished (循环经济促进法 Art. 40; 废弃电器电子产品回收处理管理条例 Art. 12). */
    REFURBISHED_STATUS,
    /** The condition grade (消费者权益保护法 Art. 20, 23). */
    CONDITION_GRADE,
    /** The known defects (消费者权益保护法 Art. 20, 23; 电子商务法 Art. 17). */
    DEFECTS,
    /** The major repairs and the origin of replaced parts (循环经济促进法 Art. 39). */
    REPAIR_HISTORY,
    /** A vehicle's use, repairs, accidents, mortgage, inspection and scrappage date (二手车流通管理办法 Art. 14). */
    VEHICLE_HISTORY
}
