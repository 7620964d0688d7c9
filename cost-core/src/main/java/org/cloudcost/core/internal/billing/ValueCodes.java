package org.cloudcost.core.internal.billing;

import java.util.Arrays;

/**
 * The distinct values of one text dimension, each numbered once (0, 1, 2… in the order first
 * seen), so an aggregation key is a row of small ints rather than an array of strings. The
 * last value looked up is remembered by identity: lines in file order repeat most dimensions,
 * and the readers hand the same {@code String} instance for the same bytes.
 *
 * <pre>{@code
 * ValueCodes regions = new ValueCodes();
 * regions.codeOf("eu-west-1");   // 0
 * regions.codeOf("us-east-1");   // 1
 * regions.codeOf("eu-west-1");   // 0
 * regions.value(1);              // "us-east-1"
 * }</pre>
 */
final class ValueCodes {
    private String[] values = new String[16];
    private int size;
    /** Open addressing: code + 1 per slot, 0 when empty. */
    private int[] table = new int[32];
    private String last;
    private int lastCode;

    /** The code of {@code value}, numbered now when it is new. */
    int codeOf(String value) {
        if (value == last) {
            return lastCode;
        }
        int mask = table.length - 1;
        int i = mix(value.hashCode()) & mask;
        while (true) {
            int slot = table[i];
            if (slot == 0) {
                break;
            }
            String v = values[slot - 1];
            if (v == value || v.equals(value)) {
                last = value;
                lastCode = slot - 1;
                return lastCode;
            }
            i = (i + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int code = size++;
        values[code] = value;
        table[i] = code + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        last = value;
        lastCode = code;
        return code;
    }

    /** The value numbered {@code code}. */
    String value(int code) {
        return values[code];
    }

    /** How many values are numbered. */
    int size() {
        return size;
    }

    /** Forgets every value. */
    void clear() {
        values = new String[16];
        table = new int[32];
        size = 0;
        last = null;
    }

    /**
     * The values' codes in {@link String#compareTo} order: {@code ranks[code]} is the value's
     * place among the sorted values, which {@code sorted} receives (length {@link #size()}).
     */
    int[] ranks(String[] sorted) {
        Integer[] byValue = new Integer[size];
        for (int i = 0; i < size; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> values[a].compareTo(values[b]));
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[byValue[r]] = r;
            sorted[r] = values[byValue[r]];
        }
        return rank;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int code = 0; code < size; code++) {
            int i = mix(values[code].hashCode()) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = code + 1;
        }
        table = t;
    }

    /** Spreads a {@link String#hashCode} (weak in its low bits for similar ids) over the table. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
