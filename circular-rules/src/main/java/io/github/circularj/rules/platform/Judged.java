package io.github.circularj.rules.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The judgement of one seller's records for one rule: how many of its records (the seller itself, its listings or
 * its transactions) were in scope, how many complied, and how each offending one is named in the evidence, such
 * as {@code "L-0042: flagged 2025-03-02, no action within 3 days"}.
 *
 * @param inScope the records in scope, zero or more
 * @param complying the records in scope that complied, at most {@code inScope}
 * @param offending the evidence ids of the records in scope that did not comply
 */
record Judged(int inScope, int complying, List<String> offending) {

    /** Nothing in scope. */
    static final Judged NONE = new Judged(0, 0, List.of());

    Judged {
        if (inScope < 0 || complying < 0 || complying > inScope || offending.size() != inScope - complying) {
            throw new IllegalArgumentException("judged \"" + complying + " of " + inScope + ", " + offending.size()
                    + " offending\" is not valid; 0 <= complying <= inScope, one id per offending record");
        }
        offending = List.copyOf(offending);
    }

    /** One record in scope, complying or offending with an id. */
    static Judged one(boolean complies, String idIfOffending) {
        return complies ? new Judged(1, 1, List.of()) : new Judged(1, 0, List.of(idIfOffending));
    }

    /** Counts record by record. */
    static final class Counter {
        private int inScope;
        private int complying;
        private final List<String> offending = new ArrayList<>(0);

        void add(boolean complies, String idIfOffending) {
            inScope++;
            if (complies) {
                complying++;
            } else {
                offending.add(idIfOffending);
            }
        }

        Judged judged() {
            return inScope == 0 ? NONE : new Judged(inScope, complying, offending);
        }
    }
}
