package org.cloudcost.core.internal.billing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.cloudcost.core.internal.csv.ScaledDecimal;

/**
 * Billing records folded by their <em>signature</em> before they are mapped: the bytes of every
 * column the mapper reads except its additive ones (as the file has them, a run of neighbouring
 * columns at a time), the day of each day column, and the sign of each additive value
 * ({@link org.cloudcost.core.format.BillingRowMapper#additiveColumns}).
 * Records with one signature map to the same line but for amounts linear in the additive
 * columns, so a group keeps only their count, its first line and the exact sums of those
 * columns; the mapper then runs once per group instead of once per record.
 *
 * <p>Each group is one record in a byte block of 4 MiB: its first line, its count, its sums
 * ({@link ScaledDecimal}s) and its signature side by side, so finding a group and adding a
 * line to it touches a few neighbouring cache lines rather than one per field. A block is never
 * copied to grow (the memory peak is the data, not twice it). An open-addressing table holds
 * each group's 64-bit hash and record address side by side; the record holds the group's
 * number. A value of more than 18 decimals is kept as a {@link BigDecimal} beside the sums.
 * Groups of parts read apart merge with {@link #addAll}: the sums are exact, so the result does
 * not depend on how the file was split.
 */
final class LineGroups {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int BLOCK_BITS = 22;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** Offsets in a group's record: first line, count, sums, then the signature's length and bytes. */
    private static final int FIRST_LINE = 0;
    private static final int COUNT = 8;
    private static final int SUMS = 16;
    /** Marks a taken slot's address in {@link #table}. */
    private static final long TAKEN = 1L << 63;

    private final int additive;
    /** Offset in a record of the signature's length; the group's number, then the signature, follow it. */
    private final int lengthAt;

    private byte[][] blocks = new byte[1][];
    /** The first group of each block. */
    private int[] blockFirst = new int[1];
    private int blockCount;
    /** Bytes used in the last block. */
    private int used = BLOCK;
    /** Per group: its block (high half) and its record's offset in it (low half). */
    private long[] address = new long[1024];
    private long[] hash = new long[1024];
    /**
     * Open addressing, two longs a slot: a group's 64-bit hash, then its {@link #address} with
     * {@link #TAKEN} set (0 when the slot is empty), so a probe finds the record in one load. A
     * 64-bit hash is all but never shared by two signatures, so the probe compares bytes only
     * for the group it finds: with the 32-bit hashes of before, two groups of a part now and then
     * shared one (the birthday bound), and each time the compiled lookup met such a pair it was
     * thrown away and compiled again (7 times in one 10 M-line FOCUS read).
     */
    private long[] table = new long[2 * 2048];
    private final Map<Long, BigDecimal> spilled = new HashMap<>();
    private int size;
    private int billedScale;

    /** Groups whose records carry {@code additive} additive columns. */
    LineGroups(int additive) {
        this.additive = additive;
        this.lengthAt = SUMS + 16 * additive;
    }

    /**
     * The group of the signature {@code sig[0, len)}, whose {@link #hash} is {@code hash},
     * created (with {@code line} as its first line) when new.
     */
    int groupOf(byte[] sig, int len, long hash, long line) {
        return groupOf(sig, 0, len, hash, line);
    }

    /** What {@link #touch} read, kept so that its reads are not optimised away. */
    private long touched;

    /**
     * Reads the table slot of each of {@code hashes[0, n)}, then the record each points to, so
     * that the lookups that follow find them in the cache: the reads of one pass do not wait for
     * each other, where a lookup at a time waits for each of its own two misses in turn.
     */
    void touch(long[] hashes, int n) {
        int mask = table.length / 2 - 1;
        long t = 0;
        for (int k = 0; k < n; k++) {
            t += table[2 * ((int) hashes[k] & mask) + 1];
        }
        for (int k = 0; k < n; k++) {
            long address = table[2 * ((int) hashes[k] & mask) + 1];
            if (address != 0) {
                t += blocks[(int) (address >>> 32) & Integer.MAX_VALUE][(int) address + lengthAt];
            }
        }
        touched += t;
    }

    private int add(byte[] sig, int from, int len, long h, long line) {
        if (size == address.length) {
            int n = size * 2;
            address = Arrays.copyOf(address, n);
            hash = Arrays.copyOf(hash, n);
        }
        int record = (lengthAt + 8 + len + 7) & ~7; // longs stay 8-byte aligned
        if (used + record > BLOCK) { // a new block; a record never spans two
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockCount * 2);
                blockFirst = Arrays.copyOf(blockFirst, blockCount * 2);
            }
            blockFirst[blockCount] = size;
            if (blocks[blockCount] == null || blocks[blockCount].length < record) { // a cleared table keeps its blocks
                blocks[blockCount] = new byte[Math.max(BLOCK, record)];
            }
            blockCount++;
            used = 0;
        }
        byte[] b = blocks[blockCount - 1];
        int at = used;
        LONGS.set(b, at + FIRST_LINE, line);
        Arrays.fill(b, at + COUNT, at + lengthAt, (byte) 0); // a reused block holds an earlier part's counts and sums
        int g = size++;
        INTS.set(b, at + lengthAt, len);
        INTS.set(b, at + lengthAt + 4, g);
        System.arraycopy(sig, from, b, at + lengthAt + 8, len);
        address[g] = (long) (blockCount - 1) << 32 | at;
        hash[g] = h;
        used += record;
        return g;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length / 2 - 1;
        for (int k = 0; k < table.length; k += 2) {
            long a = table[k + 1];
            if (a != 0) {
                int i = (int) table[k] & mask;
                while (t[2 * i + 1] != 0) {
                    i = (i + 1) & mask;
                }
                t[2 * i] = table[k];
                t[2 * i + 1] = a;
            }
        }
        table = t;
    }

    /**
     * A 64-bit hash of {@code b[0, len)}: two independent lanes of 8 bytes each per step, so the
     * multiplications overlap; the last 1 to 7 bytes as one more word (the last 8 bytes of the
     * signature, or its bytes when shorter; the length is in the seed); then MurmurHash3's 64-bit
     * finalizer, so every input bit reaches every bit the table uses.
     */
    static long hash(byte[] b, int len) {
        long h1 = 0x9E3779B97F4A7C15L ^ len;
        long h2 = 0xC2B2AE3D27D4EB4FL;
        int i = 0;
        for (; i + 16 <= len; i += 16) {
            h1 = Long.rotateLeft((h1 ^ (long) LONGS.get(b, i)) * 0xFF51AFD7ED558CCDL, 29);
            h2 = Long.rotateLeft((h2 ^ (long) LONGS.get(b, i + 8)) * 0x87C37B91114253D5L, 31);
        }
        if (i + 8 <= len) {
            h2 = Long.rotateLeft((h2 ^ (long) LONGS.get(b, i)) * 0x87C37B91114253D5L, 31);
            i += 8;
        }
        if (i < len) {
            long tail = 0;
            if (len >= 8) {
                tail = (long) LONGS.get(b, len - 8);
            } else {
                for (; i < len; i++) {
                    tail = tail << 8 | (b[i] & 0xFF);
                }
            }
            h1 = Long.rotateLeft((h1 ^ tail) * 0xFF51AFD7ED558CCDL, 29);
        }
        long h = h1 ^ Long.rotateLeft(h2, 17) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** Notes the decimals a billed cost was written with: the exact totals keep the most seen. */
    void billedScale(int scale) {
        billedScale = Math.max(billedScale, scale);
    }

    /** The most decimals a billed cost was written with. */
    int billedScale() {
        return billedScale;
    }

    /** The group {@link #groupOf} found last, and where its record is: the counts and sums that follow go there. */
    private int found = -1;
    private byte[] foundBlock;
    private int foundAt;

    private byte[] blockOf(int g) {
        return g == found ? foundBlock : blocks[(int) (address[g] >>> 32)];
    }

    private int recordOf(int g) {
        return g == found ? foundAt : (int) address[g];
    }

    /** Counts one more record in group {@code g}. */
    void count(int g) {
        byte[] b = blockOf(g);
        int at = recordOf(g) + COUNT;
        LONGS.set(b, at, (long) LONGS.get(b, at) + 1);
    }

    /**
     * Adds additive value {@code a}, held as a {@link ScaledDecimal} at {@code value[j]}, to group {@code g}.
     */
    void addScaled(int g, int a, long[] value, int j) {
        if (!ScaledDecimal.addSum(blockOf(g), recordOf(g) + SUMS + 16 * a, value[j], value[j + 1])) {
            spill(g, a, ScaledDecimal.toBigDecimal(value, j));
        }
    }

    /** Adds additive value {@code a}, one a {@link ScaledDecimal} cannot hold, to group {@code g}. */
    void spill(int g, int a, BigDecimal value) {
        spilled.merge((long) g * additive + a, value, BigDecimal::add);
    }

    /** The sum of additive value {@code a} of group {@code g} in the held part, as a ScaledDecimal in a new array. */
    private long[] held(int g, int a) {
        byte[] b = blockOf(g);
        int at = recordOf(g) + SUMS + 16 * a;
        return new long[] {(long) LONGS.get(b, at), (long) LONGS.get(b, at + 8)};
    }

    /** The exact sum of additive value {@code a} in group {@code g}. */
    BigDecimal sum(int g, int a) {
        BigDecimal v = ScaledDecimal.toBigDecimal(held(g, a), 0);
        BigDecimal s = spilled.isEmpty() ? null : spilled.get((long) g * additive + a);
        return s == null ? v : v.add(s);
    }

    /**
     * Writes the sum of additive value {@code a} of group {@code g} as plain decimal text into
     * {@code out} (room for {@link ScaledDecimal#MAX_TEXT} bytes, or the text of a spilled sum) from {@code at}; returns the
     * offset after it.
     */
    int writeSum(int g, int a, byte[] out, int at) {
        if (!hasSpill(g, a)) {
            byte[] b = blockOf(g);
            int s = recordOf(g) + SUMS + 16 * a;
            return ScaledDecimal.write((long) LONGS.get(b, s), (long) LONGS.get(b, s + 8), out, at);
        }
        byte[] b = sum(g, a).toPlainString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, out, at, b.length);
        return at + b.length;
    }

    /** Adds the sum of additive value {@code a} of group {@code g} to {@code acc}; false, nothing added, when it must go as a {@link BigDecimal}. */
    boolean addSumTo(int g, int a, long[] acc) {
        return !hasSpill(g, a) && ScaledDecimal.addSum(acc, 0, held(g, a), 0);
    }

    /** True when part of additive value {@code a} of group {@code g} is held as a {@link BigDecimal}. */
    boolean hasSpill(int g, int a) {
        return !spilled.isEmpty() && spilled.containsKey((long) g * additive + a);
    }

    /** Records in group {@code g}. */
    long records(int g) {
        return (long) LONGS.get(blockOf(g), recordOf(g) + COUNT);
    }

    long firstLine(int g) {
        return (long) LONGS.get(blockOf(g), recordOf(g) + FIRST_LINE);
    }

    /** The block holding group {@code g}'s signature, at {@link #signatureStart}. */
    byte[] block(int g) {
        return blockOf(g);
    }

    int signatureStart(int g) {
        return recordOf(g) + lengthAt + 8;
    }

    /** Adds every group of {@code other}, whose lines count from {@code lineOffset}, to these. */
    void addAll(LineGroups other, long lineOffset) {
        billedScale(other.billedScale);
        for (int o = 0; o < other.size; o++) {
            byte[] ob = other.blockOf(o);
            int oat = other.recordOf(o);
            int g = groupOf(ob, oat + lengthAt + 8, (int) INTS.get(ob, oat + lengthAt), other.hash[o],
                    (long) LONGS.get(ob, oat + FIRST_LINE) + lineOffset);
            byte[] b = blockOf(g);
            int at = recordOf(g);
            LONGS.set(b, at + COUNT, (long) LONGS.get(b, at + COUNT) + (long) LONGS.get(ob, oat + COUNT));
            for (int a = 0; a < additive; a++) {
                int s = SUMS + 16 * a;
                long hi = (long) LONGS.get(ob, oat + s);
                long lo = (long) LONGS.get(ob, oat + s + 8);
                if (!ScaledDecimal.addSum(b, at + s, hi, lo)) {
                    spill(g, a, ScaledDecimal.toBigDecimal(new long[] {hi, lo}, 0));
                }
                BigDecimal sp = other.spilled.isEmpty() ? null : other.spilled.get((long) o * additive + a);
                if (sp != null) {
                    spill(g, a, sp);
                }
            }
        }
    }

    /** The group of the signature {@code src[from, from + len)} whose hash is {@code h}; keeps the earlier first line. */
    private int groupOf(byte[] src, int from, int len, long h, long line) {
        int mask = table.length / 2 - 1;
        int i = (int) h & mask;
        while (true) {
            long address = table[2 * i + 1];
            if (address == 0) {
                break;
            }
            if (table[2 * i] == h) {
                byte[] b = blocks[(int) (address >>> 32) & Integer.MAX_VALUE];
                int at = (int) address;
                if ((int) INTS.get(b, at + lengthAt) == len
                        && Arrays.equals(b, at + lengthAt + 8, at + lengthAt + 8 + len, src, from, from + len)) {
                    if (line < (long) LONGS.get(b, at + FIRST_LINE)) {
                        LONGS.set(b, at + FIRST_LINE, line);
                    }
                    int g = (int) INTS.get(b, at + lengthAt + 4);
                    found = g;
                    foundBlock = b;
                    foundAt = at;
                    return g;
                }
            }
            i = (i + 1) & mask;
        }
        int g = add(src, from, len, h, line);
        table[2 * i] = h;
        table[2 * i + 1] = address[g] | TAKEN;
        found = g;
        foundBlock = blocks[blockCount - 1];
        foundAt = (int) address[g];
        if (size * 4 > table.length) { // half the slots
            rehash();
        }
        return g;
    }

    /**
     * Empties these groups for another part, keeping the memory they grew to: a part's groups
     * are merged into the file's and then reused, not allocated anew per part.
     */
    void clear() {
        found = -1;
        foundBlock = null;
        Arrays.fill(table, 0);
        spilled.clear();
        size = 0;
        blockCount = 0;
        used = BLOCK;
        billedScale = 0;
    }

    /**
     * Lets go of the lookup table: no group is added any more, they are only mapped. Called
     * before mapping, whose output then has the table's memory.
     */
    void sealed() {
        found = -1;
        foundBlock = null;
        table = new long[4];
        hash = new long[0];
    }

    /**
     * Lets go of the block holding group {@code g} when every group in it lies in
     * {@code [from, to)}: a slice mapping its groups in order calls it as it leaves a block, so
     * the groups' bytes turn into the frame's keys without both being held whole at once. Slices
     * own disjoint ranges, so no two threads touch one block's slot.
     */
    void releaseBlockOf(int g, int from, int to) {
        int b = (int) (address[g] >>> 32);
        int last = b + 1 < blockCount ? blockFirst[b + 1] - 1 : size - 1;
        if (blockFirst[b] >= from && last < to) {
            blocks[b] = null;
        }
    }

    /** Drops every group, keeping the billed scale: after mapping, their memory is the frame's. */
    void release() {
        found = -1;
        foundBlock = null;
        blocks = new byte[1][];
        blockFirst = new int[1];
        blockCount = 0;
        used = BLOCK;
        address = new long[0];
        hash = new long[0];
        spilled.clear();
        size = 0;
        table = new long[4];
    }

    /**
     * True when the groups' numbers follow their first lines, as they do when made in the order
     * of their records and merged part by part in file order.
     */
    boolean inFirstLineOrder() {
        for (int g = 1; g < size; g++) {
            if (firstLine(g - 1) > firstLine(g)) {
                return false;
            }
        }
        return true;
    }

    /** The groups in the order of their first line. */
    int[] byFirstLine() {
        if (inFirstLineOrder()) {
            int[] identity = new int[size];
            Arrays.setAll(identity, g -> g);
            return identity;
        }
        Integer[] order = new Integer[size];
        for (int g = 0; g < size; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> Long.compare(firstLine(a), firstLine(b)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
