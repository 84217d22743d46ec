package io.github.circularj.releasecheck.sample;

import io.github.circularj.releasecheck.sample.internal.Hidden;

/** Exposes an internal type in its public API: the architecture test must catch it. */
public final class Leaky {

    private Leaky() {
    }

    /**
     * Returns nothing useful.
     *
     * @return nothing
     */
    public static Hidden leak() {
        return null;
    }
}
