package org.cloudcost.core.internal.billing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.cloudcost.core.internal.csv.ScaledDecimal;

/**
 * Billing records folded by their <em>signature</em> before they are mapped: the bytes of every
 * column the mapper reads except its additive ones, the day of each day column, and the sign of
 * each additive value ({@link org.cloudcost.core.format.BillingRowMapper#additiveColumns}).
 * Records with one signature map to the same line but for amounts linear in the additive
 * columns, so a group keeps only their count, its first line and the exact sums of those
 * columns; the mapper then runs once per group instead of once per record.
 *
 * <p>Signatures live in byte blocks of 4 MiB (a block is never copied to
 * grow, so the memory peak is the data, not twice it), found through an open-addressing table; sums are
 * {@link ScaledDecimal}s, with a {@link BigDecimal} beside them for a value of more than 18
 * decimals. Groups of parts read apart merge with {@link #addAll}: the sums are exact, so the
 * result does not depend on how the file was split.
 */
final class LineGroups {
    private final int additive;

    private static final int BLOCK_BITS = 22;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private byte[][] blocks = new byte[1][];
    private int blockCount;
    /** Bytes used in the last block. */
    private int used = BLOCK;
    private int[] start = new int[1024];
    private int[] blockOf = new int[1024];
    private int[] length = new int[1024];
    private int[] hash = new int[1024];
    private long[] firstLine = new long[1024];
    private long[] count = new long[1024];
    private long[] sums;
    private final Map<Long, BigDecimal> spilled = new HashMap<>();
    private int size;
    private int billedScale;
    private int[] table = new int[2048];

    /** Groups whose records carry {@code additive} additive columns. */
    LineGroups(int additive) {
        this.additive = additive;
        this.sums = new long[1024 * 2 * additive];
    }

    int size() {
        return size;
    }

    /**
     * The group of the signature {@code sig[0, len)}, created (with {@code line} as its first
     * line) when new.
     */
    int groupOf(byte[] sig, int len, long line) {
        return groupOf(sig, 0, len, hash(sig, len), line);
    }

    private int add(byte[] sig, int from, int len, int h, long line) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            blockOf = Arrays.copyOf(blockOf, n);
            length = Arrays.copyOf(length, n);
            hash = Arrays.copyOf(hash, n);
            firstLine = Arrays.copyOf(firstLine, n);
            count = Arrays.copyOf(count, n);
            sums = Arrays.copyOf(sums, n * 2 * additive);
        }
        if (used + len > BLOCK) { // a new block; a signature never spans two
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockCount * 2);
            }
            blocks[blockCount++] = new byte[Math.max(BLOCK, len)];
            used = 0;
        }
        System.arraycopy(sig, from, blocks[blockCount - 1], used, len);
        int g = size++;
        start[g] = used;
        blockOf[g] = blockCount - 1;
        length[g] = len;
        hash[g] = h;
        firstLine[g] = line;
        used += len;
        return g;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int g = 0; g < size; g++) {
            int i = hash[g] & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = g + 1;
        }
        table = t;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static int hash(byte[] b, int len) {
        long h = 0x9E3779B97F4A7C15L ^ len;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 29;
        }
        for (; i < len; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
        }
        h ^= h >>> 32;
        h *= 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 29));
    }

    /** Notes the decimals a billed cost was written with: the exact totals keep the most seen. */
    void billedScale(int scale) {
        billedScale = Math.max(billedScale, scale);
    }

    /** The most decimals a billed cost was written with. */
    int billedScale() {
        return billedScale;
    }

    /** Counts one more record in group {@code g}. */
    void count(int g) {
        count[g]++;
    }

    /**
     * Adds additive value {@code a}, held as a {@link ScaledDecimal} at {@code value[j]}, to group {@code g}.
     */
    void addScaled(int g, int a, long[] value, int j) {
        int i = (g * additive + a) * 2;
        if (!ScaledDecimal.addSum(sums, i, value, j)) {
            spill(g, a, ScaledDecimal.toBigDecimal(value, j));
        }
    }

    /** Adds additive value {@code a}, one a {@link ScaledDecimal} cannot hold, to group {@code g}. */
    void spill(int g, int a, BigDecimal value) {
        spilled.merge((long) g * additive + a, value, BigDecimal::add);
    }

    /** The exact sum of additive value {@code a} in group {@code g}. */
    BigDecimal sum(int g, int a) {
        BigDecimal v = ScaledDecimal.toBigDecimal(sums, (g * additive + a) * 2);
        BigDecimal s = spilled.get((long) g * additive + a);
        return s == null ? v : v.add(s);
    }

    /**
     * Writes the sum of additive value {@code a} of group {@code g} as plain decimal text into
     * {@code out} (room for 45 bytes, or the text of a spilled sum) from {@code at}; returns the
     * offset after it.
     */
    int writeSum(int g, int a, byte[] out, int at) {
        int i = (g * additive + a) * 2;
        if (spilled.isEmpty() || !spilled.containsKey((long) g * additive + a)) {
            return ScaledDecimal.write(sums, i, out, at);
        }
        byte[] b = sum(g, a).toPlainString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, out, at, b.length);
        return at + b.length;
    }

    /** Adds the sum of additive value {@code a} of group {@code g} to {@code acc}; false, nothing added, when it must go as a {@link BigDecimal}. */
    boolean addSumTo(int g, int a, long[] acc) {
        return (spilled.isEmpty() || !spilled.containsKey((long) g * additive + a))
                && ScaledDecimal.addSum(acc, 0, sums, (g * additive + a) * 2);
    }

    /** True when part of additive value {@code a} of group {@code g} is held as a {@link BigDecimal}. */
    boolean hasSpill(int g, int a) {
        return !spilled.isEmpty() && spilled.containsKey((long) g * additive + a);
    }

    /** Records in group {@code g}. */
    long records(int g) {
        return count[g];
    }

    long firstLine(int g) {
        return firstLine[g];
    }

    /** The block holding group {@code g}'s signature, at {@link #signatureStart}. */
    byte[] block(int g) {
        return blocks[blockOf[g]];
    }

    private int offset(int g) {
        return start[g];
    }

    int signatureStart(int g) {
        return start[g];
    }

    int signatureLength(int g) {
        return length[g];
    }

    /** Adds every group of {@code other}, whose lines count from {@code lineOffset}, to these. */
    void addAll(LineGroups other, long lineOffset) {
        billedScale(other.billedScale);
        for (int o = 0; o < other.size; o++) {
            int g = groupOf(other.block(o), other.start[o], other.length[o], other.hash[o],
                    other.firstLine[o] + lineOffset);
            count[g] += other.count[o];
            for (int a = 0; a < additive; a++) {
                addScaled(g, a, other.sums, (o * additive + a) * 2);
                BigDecimal s = other.spilled.get((long) o * additive + a);
                if (s != null) {
                    spill(g, a, s);
                }
            }
        }
    }

    /** The group of the signature {@code src[from, from + len)} whose hash is {@code h}; keeps the earlier first line. */
    private int groupOf(byte[] src, int from, int len, int h, long line) {
        int mask = table.length - 1;
        int i = h & mask;
        while (true) {
            int g = table[i] - 1;
            if (g < 0) {
                break;
            }
            if (hash[g] == h && length[g] == len
                    && Arrays.equals(block(g), start[g], start[g] + len, src, from, from + len)) {
                firstLine[g] = Math.min(firstLine[g], line);
                return g;
            }
            i = (i + 1) & mask;
        }
        int g = add(src, from, len, h, line);
        table[i] = g + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return g;
    }

    /** Drops every group, keeping the billed scale: after mapping, their memory is the frame's. */
    void release() {
        blocks = new byte[1][];
        blockCount = 0;
        used = BLOCK;
        start = new int[0];
        blockOf = new int[0];
        length = new int[0];
        hash = new int[0];
        firstLine = new long[0];
        count = new long[0];
        sums = new long[0];
        spilled.clear();
        size = 0;
        table = new int[2];
    }

    /** The groups in the order of their first line. */
    int[] byFirstLine() {
        Integer[] order = new Integer[size];
        for (int g = 0; g < size; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> Long.compare(firstLine[a], firstLine[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
