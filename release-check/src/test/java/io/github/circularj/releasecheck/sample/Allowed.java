package io.github.circularj.releasecheck.sample;

import io.github.circularj.releasecheck.sample.internal.Hidden;

/** Uses its own internal package: allowed. */
public final class Allowed {

    private Allowed() {
    }

    /**
     * Delegates to the internal helper.
     *
     * @return one
     */
    public static int use() {
        return Hidden.help();
    }
}
