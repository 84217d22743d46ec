package io.github.circularj.releasecheck.sample.internal;

/** A stand-in for an internal helper: the architecture test must catch its use from outside {@code sample}. */
public final class Hidden {

    private Hidden() {
    }

    /**
     * Does nothing.
     *
     * @return one
     */
    public static int help() {
        return 1;
    }
}
