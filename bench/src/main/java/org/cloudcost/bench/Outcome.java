package org.cloudcost.bench;

import java.math.BigDecimal;

/**
 * What one run of one approach computed, reduced to numbers that can be compared across
 * approaches without keeping their maps: data lines, number of groups, the BilledCost total,
 * and two order-independent fingerprints, one of the set of group keys and one of the keys with
 * their sums rounded to the cent.
 *
 * @param lines data records read (header excluded)
 * @param groups distinct (ResourceId, ServiceName, charge day); -1 when the approach does not aggregate
 * @param total the sum of all group sums
 * @param keyPrint fingerprint of the group keys
 * @param centsPrint fingerprint of the group keys with their sums in cents
 * @param exactTotal the exact total where the approach computes one (cloudcost's read report), else null
 * @param note extra facts to print (frame rows, …), or ""
 */
record Outcome(long lines, int groups, double total, long keyPrint, long centsPrint, BigDecimal exactTotal, String note) {

    /** An outcome of an approach that only tokenizes. */
    static Outcome linesOnly(long lines, String note) {
        return new Outcome(lines, -1, Double.NaN, 0, 0, null, note);
    }

    boolean aggregates() {
        return groups >= 0;
    }

    Outcome with(BigDecimal exact, String note) {
        return new Outcome(lines, groups, total, keyPrint, centsPrint, exact, note);
    }

    /** Collects the groups in any order. */
    static final class Builder {
        private final long lines;
        private int groups;
        private double total;
        private long keyPrint;
        private long centsPrint;

        Builder(long lines) {
            this.lines = lines;
        }

        void group(String resourceId, String serviceName, int day, double sum) {
            long h = mix(((long) resourceId.hashCode() << 32) ^ (serviceName.hashCode() & 0xFFFFFFFFL));
            h = mix(h ^ day);
            groups++;
            total += sum;
            keyPrint += h;
            centsPrint += mix(h + Math.round(sum * 100));
        }

        Outcome build() {
            return new Outcome(lines, groups, total, keyPrint, centsPrint, null, "");
        }
    }

    /** The SplitMix64 finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
