package org.cloudcost.parquet.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Groups of rows that agree on every key word, with their row count, first row and, per additive
 * column, an exact sum (a long of unscaled units that turns into a {@link BigDecimal} when it would
 * overflow), a binary floating-point sum, or both, as the plan's sum slots say ({@link
 * KeyPlan#exactSlot}, {@link KeyPlan#floatingSlot}): one long per slot, a double kept as its bits,
 * so that a group's sums share its cache lines and a column keeps only the sum it is read by.
 * An open-addressing table over flat arrays, no object per group: a row group's own table (keys
 * given column by column), and each partition of a file's groups (keys added from another table).
 *
 * <pre>{@code
 * GroupTable local = new GroupTable(plan.width, plan.exactSlot, plan.floatingSlot, plan.sumSlots);
 * GroupTable.hashes(keyColumns, plan.width, rows, hashes);
 * int g = local.find(keyColumns, row, hashes[row], firstRow + row);
 * local.count(g, 1);
 * local.addExact(g, a, units);
 * partition.merge(local, g, key, 0, GroupTable.hashOf(key));
 * }</pre>
 */
final class GroupTable {
    private final int width;
    private final int[] exactSlot;
    private final int[] floatingSlot;
    /** Sum slots per group. */
    private final int sumSlots;
    private long[] keys;
    private int[] slots;
    private int[] hashes;
    private int size;
    private long[] rows;
    private long[] firstRow;
    /** Per group, its {@link #sumSlots} sums: exact units as a long, a floating-point sum as its bits. */
    private long[] sums;
    /** Per sum slot, what an exact sum has overflowed into; null until one does. */
    private BigDecimal[] overflow;

    /**
     * @param exactSlot per additive column, the slot of its exact sum, or -1
     * @param floatingSlot per additive column, the slot of its floating-point sum, or -1
     * @param sumSlots the slots per group
     */
    GroupTable(int width, int[] exactSlot, int[] floatingSlot, int sumSlots) {
        this.width = width;
        this.exactSlot = exactSlot.clone();
        this.floatingSlot = floatingSlot.clone();
        this.sumSlots = sumSlots;
        int capacity = 1 << 12;
        keys = new long[capacity * width];
        hashes = new int[capacity];
        slots = new int[capacity * 2];
        rows = new long[capacity];
        firstRow = new long[capacity];
        sums = new long[capacity * sumSlots];
    }

    int size() {
        return size;
    }

    /**
     * The hashes of the keys of rows {@code 0..rows)}, column by column ({@code keyColumns[k][row]}
     * for {@code k < width}): cheaper than row by row, and the same as {@link #hashOf} computes, before folding.
     */
    static void hashes(long[][] keyColumns, int width, int rows, long[] into) {
        java.util.Arrays.fill(into, 0, rows, SEED);
        for (int k = 0; k < width; k++) {
            long[] column = keyColumns[k];
            for (int r = 0; r < rows; r++) {
                into[r] = (Long.rotateLeft(into[r], 23) ^ column[r]) * MULTIPLIER;
            }
        }
    }

    private static final long SEED = 0x9e3779b97f4a7c15L;
    private static final long MULTIPLIER = 0xbf58476d1ce4e5b9L;

    private static int fold(long h) {
        return (int) (h ^ (h >>> 32) ^ (h >>> 17));
    }

    /** The group of row {@code row}'s key ({@code keyColumns[k][row]}), whose {@link #hashes} is {@code hash}, added when new. */
    int find(long[][] keyColumns, int row, long hash, long first) {
        int h = fold(hash);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int g = slots[s] - 1;
            if (g < 0) {
                g = append(h, first);
                for (int k = 0; k < width; k++) {
                    keys[g * width + k] = keyColumns[k][row];
                }
                slots[s] = g + 1;
                grow();
                return g;
            }
            if (hashes[g] == h && same(g, keyColumns, row)) {
                return g;
            }
        }
    }

    /** Forgets every group, keeping the arrays. */
    void clear() {
        java.util.Arrays.fill(slots, 0);
        java.util.Arrays.fill(rows, 0, size, 0L);
        java.util.Arrays.fill(sums, 0, size * sumSlots, 0L);
        if (overflow != null) {
            java.util.Arrays.fill(overflow, 0, size * sumSlots, null);
        }
        size = 0;
    }

    /** The hash {@link #merge} takes: the same as {@link #hashes} computes, folded to 32 bits. */
    static int hashOf(long[] key) {
        long hash = SEED;
        for (long word : key) {
            hash = (Long.rotateLeft(hash, 23) ^ word) * MULTIPLIER;
        }
        return fold(hash);
    }

    /** The group of the key {@code key[from..from+width)}, whose {@link #hashOf} is {@code h}, added when new. */
    private int find(long[] key, int from, int h, long first) {
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int g = slots[s] - 1;
            if (g < 0) {
                g = append(h, first);
                System.arraycopy(key, from, keys, g * width, width);
                slots[s] = g + 1;
                grow();
                return g;
            }
            if (hashes[g] == h && Arrays.equals(keys, g * width, g * width + width, key, from, from + width)) {
                firstRow[g] = Math.min(firstRow[g], first);
                return g;
            }
        }
    }

    private boolean same(int g, long[][] keyColumns, int row) {
        int base = g * width;
        for (int k = 0; k < width; k++) {
            if (keys[base + k] != keyColumns[k][row]) {
                return false;
            }
        }
        return true;
    }

    private int append(int h, long first) {
        if (size == hashes.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity * width);
            hashes = Arrays.copyOf(hashes, capacity);
            rows = Arrays.copyOf(rows, capacity);
            firstRow = Arrays.copyOf(firstRow, capacity);
            sums = Arrays.copyOf(sums, capacity * sumSlots);
            if (overflow != null) {
                overflow = Arrays.copyOf(overflow, capacity * sumSlots);
            }
        }
        hashes[size] = h;
        firstRow[size] = first;
        return size++;
    }

    private void grow() {
        if (size * 2 <= slots.length) {
            return;
        }
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int g = 0; g < size; g++) {
            int s = hashes[g] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = g + 1;
        }
    }

    /** Counts {@code n} more rows in group {@code g}. */
    void count(int g, long n) {
        rows[g] += n;
    }

    /** Adds {@code units} (unscaled) to additive column {@code a}'s exact sum of group {@code g}. */
    void addExact(int g, int a, long units) {
        addExactAt(g * sumSlots + exactSlot[a], units);
    }

    private void addExactAt(int i, long units) {
        long before = sums[i];
        long after = before + units;
        if (((before ^ after) & (units ^ after)) < 0) {
            if (overflow == null) {
                overflow = new BigDecimal[hashes.length * sumSlots];
            }
            overflow[i] = (overflow[i] == null ? BigDecimal.ZERO : overflow[i]).add(BigDecimal.valueOf(before)).add(BigDecimal.valueOf(units));
            sums[i] = 0;
            return;
        }
        sums[i] = after;
    }

    /** Adds {@code units} given as a big decimal of unscaled units (a value too large for a long). */
    void addExact(int g, int a, BigDecimal units) {
        addExactAt(g * sumSlots + exactSlot[a], units);
    }

    private void addExactAt(int i, BigDecimal units) {
        if (overflow == null) {
            overflow = new BigDecimal[hashes.length * sumSlots];
        }
        overflow[i] = (overflow[i] == null ? BigDecimal.ZERO : overflow[i]).add(units);
    }

    /** Adds {@code value} to additive column {@code a}'s floating-point sum of group {@code g}. */
    void addFloating(int g, int a, double value) {
        addFloatingAt(g * sumSlots + floatingSlot[a], value);
    }

    private void addFloatingAt(int i, double value) {
        sums[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(sums[i]) + value);
    }

    long key(int g, int k) {
        return keys[g * width + k];
    }

    long rows(int g) {
        return rows[g];
    }

    long firstRow(int g) {
        return firstRow[g];
    }

    /** The exact sum of additive column {@code a} in group {@code g}, in units of 10^-scale. */
    BigDecimal exactSum(int g, int a, int scale) {
        if (exactSlot[a] < 0) {
            throw new IllegalStateException("additive column " + a + " has no exact sum");
        }
        int i = g * sumSlots + exactSlot[a];
        if (overflow == null || overflow[i] == null) {
            return BigDecimal.valueOf(sums[i], scale);
        }
        return new BigDecimal(overflow[i].add(BigDecimal.valueOf(sums[i])).toBigIntegerExact(), scale);
    }

    double floatingSum(int g, int a) {
        if (floatingSlot[a] < 0) {
            throw new IllegalStateException("additive column " + a + " has no floating-point sum");
        }
        return Double.longBitsToDouble(sums[g * sumSlots + floatingSlot[a]]);
    }

    /** Adds group {@code g} of {@code other} into this table under the key {@code key[from..from+width)} (in this table's codes), whose {@link #hashOf} is {@code h}. */
    void merge(GroupTable other, int g, long[] key, int from, int h) {
        add(other, g, find(key, from, h, other.firstRow[g]));
    }

    private void add(GroupTable other, int g, int mine) {
        rows[mine] += other.rows[g];
        int from = g * sumSlots;
        int to = mine * sumSlots;
        for (int a = 0; a < exactSlot.length; a++) {
            int e = exactSlot[a];
            if (e >= 0) {
                addExactAt(to + e, other.sums[from + e]);
                if (other.overflow != null && other.overflow[from + e] != null) {
                    addExactAt(to + e, other.overflow[from + e]);
                }
            }
            int f = floatingSlot[a];
            if (f >= 0) {
                addFloatingAt(to + f, Double.longBitsToDouble(other.sums[from + f]));
            }
        }
    }
}
