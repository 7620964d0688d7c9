package org.cloudcost.parquet.internal.decode;

/**
 * One column chunk decoded: its level entries, and the values of the entries that hold one
 * (definition level at its maximum), in order. Text is a code of the caller's
 * {@link ByteDictionary}; a number is a long (INT32 widened, DOUBLE and FLOAT as the bits of a
 * double).
 *
 * <p>A flat column has one entry per row; a map's key or value column has one entry per map
 * entry, and a row starts at each repetition level 0.
 */
public final class DecodedColumn {
    int entries;
    int values;
    int[] definition;
    /** Every entry has a value: {@link #definition()} is then null, and readers skip the levels. */
    boolean dense;
    int[] repetition;
    int[] codes;
    long[] longs;

    /** Level entries. */
    public int entries() {
        return entries;
    }

    /** Definition levels per entry, or null when every entry has a value (a column with no level above 0, or none absent). */
    public int[] definition() {
        return dense ? null : definition;
    }

    /** Repetition levels per entry, or null for a flat column. */
    public int[] repetition() {
        return repetition;
    }

    /** Text codes per value, for a BYTE_ARRAY column; else null. */
    public int[] codes() {
        return codes;
    }

    /** Numbers per value, for a numeric column; else null. */
    public long[] longs() {
        return longs;
    }
}
