package org.cloudcost.parquet.internal;

import java.util.List;

/**
 * Where each projection of a grouped scan goes in a group's key: a key word of its own (a text
 * code, a map code, a day, a number's bits), and for a number that may be absent, or an additive
 * column's sign class, a few bits of the flag words at the key's end. Additive columns are not
 * in the key but summed, each at an index of its own.
 *
 * <pre>{@code
 * KeyPlan plan = new KeyPlan(projections, columns, billedColumn);
 * plan.width();   // key words per group
 * }</pre>
 */
final class KeyPlan {
    /** Bits per additive column's sign class: 0 zero, 1 positive, 2 negative, 3 absent, 4 not finite (as ScanQuery's). */
    static final int SIGN_BITS = 3;
    static final int ZERO = 0;
    static final int POSITIVE = 1;
    static final int NEGATIVE = 2;
    static final int ABSENT = 3;
    static final int NOT_FINITE = 4;
    /** The scale the billed DOUBLE column is summed at: ScanQuery's. */
    static final int BILLED_SCALE = ScanQuery.FLOATING_EXACT_SCALE;

    final List<Projection> projections;
    final FileColumn[] columns;
    /** Per projection, its key word, or -1 for an additive column. */
    final int[] word;
    /**
     * Per projection, which half of its key word holds it: 0 the low 32 bits, 1 the high, -1 the
     * whole word. Text and map codes and days take half a word each, so two share one: a shorter
     * key is hashed and compared faster and takes half the memory per group.
     */
    final int[] half;
    /** Per projection, its additive index, or -1. */
    final int[] additive;
    /** Per projection, its first bit in the flag words (a plain number's absence, an additive column's sign class), or -1. */
    final int[] flag;
    /** Per additive index, the scale its exact sum is kept at (the billed DOUBLE's: {@link #BILLED_SCALE}), or -1 for a floating-point sum only. */
    final int[] scale;
    final int additiveCount;
    /**
     * Per additive index, its slot among a group's sums for the exact sum, or -1 when it has none
     * (a floating-point column that is not the billed one).
     */
    final int[] exactSlot;
    /**
     * Per additive index, its slot for the floating-point sum, or -1 when it has none (a decimal
     * column): a DOUBLE has one, the billed DOUBLE both (its group's not-finite rows sum in it).
     */
    final int[] floatingSlot;
    /** Sum slots per group: one per additive column, two for the billed DOUBLE. */
    final int sumSlots;
    final int flagWord;
    final int width;

    KeyPlan(List<Projection> projections, FileColumn[] columns, int billedColumn) {
        this.projections = List.copyOf(projections);
        this.columns = columns.clone();
        int n = projections.size();
        word = new int[n];
        additive = new int[n];
        flag = new int[n];
        half = new int[n];
        int words = 0;
        int openHalf = -1;
        int adds = 0;
        int bits = 0;
        int[] scales = new int[n];
        for (int i = 0; i < n; i++) {
            Projection p = projections.get(i);
            flag[i] = -1;
            additive[i] = -1;
            word[i] = -1;
            if (p.role() == Projection.Role.ADDITIVE) {
                boolean exact = p.kind() == ColumnKind.EXACT || p.source() == billedColumn;
                scales[adds] = !exact ? -1 : p.kind() == ColumnKind.EXACT ? columns[i].scale() : BILLED_SCALE;
                additive[i] = adds++;
                flag[i] = bits;
                bits += SIGN_BITS;
            } else {
                boolean number = p.role() == Projection.Role.PLAIN && p.kind() != ColumnKind.TEXT && p.kind() != ColumnKind.JSON;
                if (number) {
                    word[i] = words++;
                    half[i] = -1;
                    flag[i] = bits++;
                } else if (openHalf >= 0) {
                    word[i] = openHalf;
                    half[i] = 1;
                    openHalf = -1;
                } else {
                    word[i] = words++;
                    half[i] = 0;
                    openHalf = word[i];
                }
            }
        }
        additiveCount = adds;
        scale = java.util.Arrays.copyOf(scales, adds);
        exactSlot = new int[adds];
        floatingSlot = new int[adds];
        int slots = 0;
        for (int i = 0; i < n; i++) {
            int a = additive[i];
            if (a >= 0) {
                exactSlot[a] = scale[a] >= 0 ? slots++ : -1;
                floatingSlot[a] = scale[a] < 0 || columns[i].kind() == ColumnKind.FLOATING ? slots++ : -1;
            }
        }
        sumSlots = slots;
        flagWord = words;
        width = words + (bits + 63) / 64;
    }

    /** Projection {@code i}'s 32-bit value in {@code key} (a code plus one, 0 when absent; a day). */
    int halfOf(long[] key, int i) {
        long w = key[word[i]];
        return half[i] == 0 ? (int) w : (int) (w >>> 32);
    }

    /** Sets projection {@code i}'s 32-bit value in {@code key}. */
    void setHalf(long[] key, int i, int value) {
        int w = word[i];
        key[w] = half[i] == 0 ? key[w] & 0xffffffff00000000L | value & 0xffffffffL : key[w] & 0xffffffffL | (long) value << 32;
    }

    /** The flag word of bit {@code bit}. */
    int flagWordOf(int bit) {
        return flagWord + bit / 64;
    }
}
