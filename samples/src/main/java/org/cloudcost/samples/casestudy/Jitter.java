package org.cloudcost.samples.casestudy;

/**
 * Deterministic noise: the same resource, hour and seed give the same value on every run and in
 * any order of generation, so the files are the same bytes every time. The value is SplitMix64's
 * finaliser over the three inputs (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), the mixer behind {@link java.util.SplittableRandom}.
 */
final class Jitter {
    private Jitter() {
    }

    /** A value in [-1, 1) for one resource and hour. */
    static double of(long seed, String resourceId, int hour) {
        long z = seed * 0x9E3779B97F4A7C15L + resourceId.hashCode() * 0xBF58476D1CE4E5B9L + hour * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53 * 2 - 1;
    }
}
