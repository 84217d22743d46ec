package io.github.circularj.rules.blocks;

/**
 * How many of one item's records a rule judged, and how many of them complied: an intake, a sale or a
 * return for rules counted per event, or the item itself (0 or 1) for rules counted per item.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param inScope the records in scope, not negative
 * @param complying the records that comply, in [0, inScope]
 */
public record Tally(int inScope, int complying) {

    /** Nothing in scope. */
    public static final Tally NONE = new Tally(0, 0);

    /**
     * Validates the tally.
     *
     * @param inScope the records in scope, not negative
     * @param complying the records that comply, in [0, inScope]
     * @throws IllegalArgumentException if the counts are not valid
     */
    public Tally {
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

    /**
     * Obtains the tally of {@code inScope} records of which {@code complying} comply, shared when small.
     *
     * @param inScope the records in scope, not negative
     * @param complying the records that comply, in [0, inScope]
     * @return the tally
     * @throws IllegalArgumentException if the counts are not valid
     */
    public static Tally of(int inScope, int complying) {
        return inScope >= 0 && inScope <= CACHED && complying >= 0 && complying <= inScope
                ? SMALL[inScope][complying] : new Tally(inScope, complying);
    }

    /**
     * Obtains the tally of one item, in scope or not, complying or not.
     *
     * @param inScope whether the item is in scope
     * @param complies whether it complies (ignored when not in scope)
     * @return the tally
     */
    public static Tally item(boolean inScope, boolean complies) {
        return inScope ? of(1, complies ? 1 : 0) : NONE;
    }

    /**
     * Returns this tally with one more record in scope.
     *
     * @param complies whether the record complies
     * @return the new tally
     */
    public Tally plus(boolean complies) {
        return of(inScope + 1, complying + (complies ? 1 : 0));
    }

    /**
     * Returns whether some record in scope did not comply.
     *
     * @return true if {@code complying < inScope}
     */
    public boolean offends() {
        return complying < inScope;
    }
}
