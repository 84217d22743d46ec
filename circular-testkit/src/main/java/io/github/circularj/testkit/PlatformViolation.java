package io.github.circularj.testkit;

import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.platform.PlatformOperator;

/**
 * The violations that {@link SyntheticPlatform} can plant, one kind per rule of the platform pack
 * {@code cn-platform-operator} (but RECORD-INTEGRITY, planted as refused records). Each planted violation offends
 * its own rule and no other, so each rule's finding can be checked against the planted records exactly.
 */
public enum PlatformViolation {

    /** A seller verified a day after its first listing. */
    LATE_VERIFICATION(PlatformOperator.SELLER_VERIFIED),
    /** A seller re-checked seven months after its last check (six are allowed). */
    LATE_RECHECK(PlatformOperator.SELLER_RECHECK),
    /** An enterprise seller whose licence information is not displayed. */
    LICENCE_HIDDEN(PlatformOperator.LICENCE_DISPLAY),
    /** A private seller with 40 sales in the year, not registered as an operator. */
    UNREGISTERED_FREQUENT_SELLER(PlatformOperator.FREQUENT_SELLER),
    /** A flagged listing first acted on five days after the flag (three are allowed). */
    SLOW_ACTION(PlatformOperator.VIOLATION_ACTION),
    /** A flagged listing sold two hours after the flag, then taken down in time. */
    FLAGGED_SOLD(PlatformOperator.PROHIBITED),
    /** A transaction whose record is kept two years instead of three. */
    SHORT_RETENTION(PlatformOperator.RECORD_RETENTION);

    private final RuleId rule;

    PlatformViolation(RuleId rule) {
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
