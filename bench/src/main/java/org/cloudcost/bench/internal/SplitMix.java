package org.cloudcost.bench.internal;

/**
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014): tiny, fast and the same sequence on every JDK, so a generator seeded alike writes the
 * same bytes everywhere. Not for anything secret.
 *
 * <pre>{@code
 * SplitMix rnd = new SplitMix(20250901L);
 * int region = rnd.nextInt(8);
 * }</pre>
 */
public final class SplitMix {
    private long state;

    public SplitMix(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        return mix(state += 0x9E3779B97F4A7C15L);
    }

    /** Uniform in {@code [0, bound)}, {@code bound > 0}. */
    public long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    /** Uniform in {@code [0, bound)}, {@code bound > 0}. */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** Uniform in {@code [0, 1)}. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** The SplitMix64 finalizer: a stateless hash of {@code z}, for values derived from a counter. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
