package io.github.circularj.testkit;

/**
 * Counter-based pseudo-random draws: every value is a pure function of a seed and a key, so any item
 * can be generated on its own, in any order, on any thread, with identical results.
 *
 * <p>The mixing function is the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), the same one {@link java.util.SplittableRandom}
 * uses.
 */
final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Draws() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A sub-seed of {@code seed} for the child with index {@code index} in the family {@code family}. */
    static long child(long seed, long family, long index) {
        return mix(mix(seed + GOLDEN * family) + GOLDEN * (index + 1));
    }

    /** A uniform double in [0, 1) for a decision named by {@code key}. */
    static double unit(long seed, long key) {
        return (child(seed, key, 0) >>> 11) * 0x1.0p-53;
    }

    /** A uniform long in [min, max] for a decision named by {@code key}. */
    static long between(long seed, long key, long min, long max) {
        long span = max - min + 1;
        return min + (long) Math.floor(unit(seed, key) * span);
    }

    /** An index in [0, weights.length) drawn with the given weights. */
    static int weighted(long seed, long key, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        long pick = between(seed, key, 0, total - 1L);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
