package io.github.circularj.rules.tradein;

/**
 * A per-claim rule's judgement of one claim: not in scope, complying, or offending with what is wrong, such as
 * "claimed RMB 620.00, at most RMB 500.00".
 */
record Verdict(boolean inScope, boolean complies, String detail) {

    /** Not in the rule's scope. */
    static final Verdict NONE = new Verdict(false, false, "");
    /** In scope and complying. */
    static final Verdict OK = new Verdict(true, true, "");

    /** In scope and offending. */
    static Verdict offends(String detail) {
        return new Verdict(true, false, detail);
    }

    /** Complying when the condition holds, otherwise offending with the detail. */
    static Verdict when(boolean complies, String detail) {
        return complies ? OK : offends(detail);
    }
}
