package io.github.circularj.rules.pilot;

/**
 * How many of one item's records a rule judged, and how many of them complied: an intake, a sale or a
 * return for rules counted per event, or the item itself (0 or 1) for rules counted per item.
 *
 * @param inScope the records in scope, not negative
 * @param complying the records that comply, in [0, inScope]
 */
record Tally(int inScope, int complying) {

    /** Nothing in scope. */
    static final Tally NONE = new Tally(0, 0);

    Tally {
        if (inScope < 0 || complying < 0 || complying > inScope) {
            throw new IllegalArgumentException("tally \"" + complying + " of " + inScope
                    + "\" is not valid; 0 <= complying <= inScope");
        }
    }

    /** The tallies of up to {@value #CACHED} records, shared so that judging an item rarely allocates. */
    private static final int CACHED = 4;
    private static final Tally[][] SMALL = new Tally[CACHED + 1][];

    static {
        for (int in = 0; in <= CACHED; in++) {
            SMALL[in] = new Tally[in + 1];
            for (int ok = 0; ok <= in; ok++) {
                SMALL[in][ok] = in == 0 ? null : new Tally(in, ok);
            }
        }
        SMALL[0][0] = NONE;
    }

    /** The tally of {@code inScope} records of which {@code complying} comply, shared when small. */
    static Tally of(int inScope, int complying) {
        return inScope >= 0 && inScope <= CACHED && complying >= 0 && complying <= inScope
                ? SMALL[inScope][complying] : new Tally(inScope, complying);
    }

    /** One item, in scope or not, complying or not. */
    static Tally item(boolean inScope, boolean complies) {
        return inScope ? of(1, complies ? 1 : 0) : NONE;
    }

    /** Adds one record. */
    Tally plus(boolean complies) {
        return of(inScope + 1, complying + (complies ? 1 : 0));
    }

    /** Whether some record in scope did not comply. */
    boolean offends() {
        return complying < inScope;
    }
}
