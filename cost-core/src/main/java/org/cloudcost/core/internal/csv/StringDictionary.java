package org.cloudcost.core.internal.csv;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Deduplicates the strings of one column: the bytes of a field are looked up in an
 * open-addressing table, and a value seen before returns the same {@code String} without
 * decoding or allocating. Past {@link #MAX_ENTRIES} distinct values (an id column) it stops
 * remembering and decodes each value anew, so memory stays bounded. The key is the bytes and
 * whether they hold {@code ""} escapes (the lowest bit of the stored hash): the same bytes
 * {@code a""b} are {@code a""b} in an unquoted field (a quote there is data) and {@code a"b} in a
 * quoted one.
 */
final class StringDictionary {
    static final int MAX_ENTRIES = 1 << 20;

    private final Charset charset;
    private byte[][] keys = new byte[64][];
    private String[] values = new String[64];
    private int[] hashes = new int[64];
    private int size;

    StringDictionary(Charset charset) {
        this.charset = charset;
    }

    /**
     * The string of {@code buf[start, end)}; with {@code unescape}, the field held {@code ""}
     * escapes, collapsed in the returned value (the same raw bytes and flag always mean the same text).
     */
    String get(byte[] buf, int start, int end, boolean unescape) {
        int h = hash(buf, start, end) & ~1 | (unescape ? 1 : 0); // equal stored hashes: the same flag
        int mask = keys.length - 1;
        int i = h & mask;
        while (true) {
            byte[] k = keys[i];
            if (k == null) {
                break;
            }
            if (hashes[i] == h && Arrays.equals(k, 0, k.length, buf, start, end)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        String s = new String(buf, start, end - start, charset);
        if (unescape) {
            s = s.replace("\"\"", "\"");
        }
        if (size >= MAX_ENTRIES) {
            return s;
        }
        keys[i] = Arrays.copyOfRange(buf, start, end);
        values[i] = s;
        hashes[i] = h;
        if (++size * 2 > keys.length) {
            grow();
        }
        return s;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Eight bytes a step (ids and ARNs are long: a byte-at-a-time hash was a tenth of mapping's time). */
    private static int hash(byte[] b, int start, int end) {
        long h = 0x9E3779B97F4A7C15L ^ (end - start);
        int i = start;
        for (; i + 8 <= end; i += 8) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(b, i)) * 0xFF51AFD7ED558CCDL, 29);
        }
        for (; i < end; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
        }
        h ^= h >>> 32;
        h *= 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        int n = oldKeys.length * 2;
        keys = new byte[n][];
        values = new String[n];
        hashes = new int[n];
        int mask = n - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
