package io.github.circularj.releasecheck.elsewhere;

import io.github.circularj.releasecheck.sample.internal.Hidden;

/** Uses another package's internal helper: the architecture test must catch it. */
public final class Intruder {

    private Intruder() {
    }

    /**
     * Uses what it must not.
     *
     * @return one
     */
    public static int intrude() {
        return Hidden.help();
    }
}
