package org.cloudcost.parquet.internal.decode;

/**
 * Decodes Parquet's delta encodings, which parquet-java's v2 writer falls back to when a
 * column's dictionary outgrows its page: DELTA_BINARY_PACKED (integers: a first value, then
 * blocks of deltas from a minimum, bit-packed per miniblock), DELTA_LENGTH_BYTE_ARRAY (the
 * lengths so, then the bytes end to end) and DELTA_BYTE_ARRAY (each text as the length of the
 * prefix it shares with the one before, then its suffix).
 *
 * <pre>{@code
 * long[] values = new long[count];
 * int after = DeltaEncodings.integers(page, at, end, values, 0, count);
 * DeltaEncodings.texts(page, at, end, count, dictionary, codes, 0, true);   // DELTA_BYTE_ARRAY
 * }</pre>
 *
 * <p>Format: <a href="https://parquet.apache.org/docs/file-format/data-pages/encodings/">Parquet
 * encodings</a>. Sums wrap around in two's complement, as the writers' subtractions do; an INT32
 * column's values are the low 32 bits, which the caller sign-extends.
 */
public final class DeltaEncodings {
    /** Most bytes of a ULEB128 number of 64 bits. */
    private static final int MAX_VARINT_BYTES = 10;

    private long[] lengths = new long[0];
    private long[] prefixes = new long[0];
    private byte[] previous = new byte[64];
    private byte[] current = new byte[64];
    private int position;

    /**
     * Decodes {@code count} DELTA_BINARY_PACKED values from {@code in[from..end)} into
     * {@code out[at..at+count)}.
     *
     * @return the position after the last block read
     */
    public int integers(byte[] in, int from, int end, long[] out, int at, int count) {
        position = from;
        long blockSize = varint(in, end);
        long miniblocks = varint(in, end);
        long total = varint(in, end);
        if (blockSize <= 0 || blockSize % 128 != 0 || miniblocks <= 0 || blockSize % miniblocks != 0
                || blockSize / miniblocks % 32 != 0 || blockSize > 1 << 20) {
            throw new ParquetFormatException("a DELTA_BINARY_PACKED block of " + blockSize + " values in " + miniblocks + " miniblocks");
        }
        if (total != count) {
            throw new ParquetFormatException("DELTA_BINARY_PACKED holds " + total + " values where the page has " + count);
        }
        if (count == 0) {
            return position;
        }
        int perMiniblock = (int) (blockSize / miniblocks);
        long value = zigzag(varint(in, end));
        out[at] = value;
        int n = 1;
        while (n < count) {
            long minDelta = zigzag(varint(in, end));
            int widths = position;
            if (widths + miniblocks > end) {
                throw new ParquetFormatException("DELTA_BINARY_PACKED bit widths cut short");
            }
            position += (int) miniblocks;
            for (int m = 0; m < miniblocks && n < count; m++) {
                int width = in[widths + m] & 0xff;
                if (width > 64) {
                    throw new ParquetFormatException("a DELTA_BINARY_PACKED bit width of " + width);
                }
                int base = position;
                long bytes = (long) perMiniblock * width / 8;
                if (bytes > end - base) {
                    throw new ParquetFormatException("a DELTA_BINARY_PACKED miniblock cut short");
                }
                for (int i = 0; i < perMiniblock && n < count; i++, n++) {
                    value += minDelta + unpack(in, base, i, width);
                    out[at + n] = value;
                }
                position = base + (int) bytes;
            }
        }
        return position;
    }

    /**
     * Decodes {@code count} texts, DELTA_BYTE_ARRAY when {@code prefixed}, else
     * DELTA_LENGTH_BYTE_ARRAY, from {@code in[from..end)}, each interned in {@code dictionary}, its
     * code into {@code codes[at..at+count)}.
     */
    public void texts(byte[] in, int from, int end, int count, ByteDictionary dictionary, int[] codes, int at, boolean prefixed) {
        int pos = from;
        if (prefixed) {
            prefixes = atLeast(prefixes, count);
            pos = integers(in, pos, end, prefixes, 0, count);
        }
        lengths = atLeast(lengths, count);
        pos = integers(in, pos, end, lengths, 0, count);
        int previousLength = 0;
        for (int i = 0; i < count; i++) {
            long length = lengths[i];
            if (length < 0 || length > end - pos) {
                throw new ParquetFormatException("a text of " + length + " bytes past its page");
            }
            if (!prefixed) {
                codes[at + i] = dictionary.intern(in, pos, (int) length);
                pos += (int) length;
                continue;
            }
            long prefix = prefixes[i];
            if (prefix < 0 || prefix > previousLength) {
                throw new ParquetFormatException("a text sharing " + prefix + " bytes with one of " + previousLength);
            }
            int size = (int) prefix + (int) length;
            if (current.length < size) {
                current = java.util.Arrays.copyOf(current, Math.max(size, current.length * 2));
            }
            System.arraycopy(previous, 0, current, 0, (int) prefix);
            System.arraycopy(in, pos, current, (int) prefix, (int) length);
            pos += (int) length;
            codes[at + i] = dictionary.intern(current, 0, size);
            byte[] swap = previous;
            previous = current;
            current = swap;
            previousLength = size;
        }
    }

    /** Value {@code index} of a miniblock at {@code base}, {@code width} bits each, least significant bit first. */
    static long unpack(byte[] in, int base, int index, int width) {
        if (width == 0) {
            return 0;
        }
        long bit = (long) index * width;
        int at = base + (int) (bit >>> 3);
        int shift = (int) (bit & 7);
        int bytes = (shift + width + 7) >>> 3;
        long v = 0;
        for (int b = 0; b < Math.min(bytes, 8); b++) {
            v |= (in[at + b] & 0xffL) << (8 * b);
        }
        v >>>= shift;
        if (bytes == 9) {
            v |= (in[at + 8] & 0xffL) << (64 - shift);
        }
        return width == 64 ? v : v & ((1L << width) - 1);
    }

    private long varint(byte[] in, int end) {
        long v = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            if (position >= end) {
                throw new ParquetFormatException("DELTA_BINARY_PACKED data cut short");
            }
            byte b = in[position++];
            v |= (long) (b & 0x7f) << (7 * i);
            if (b >= 0) {
                return v;
            }
        }
        throw new ParquetFormatException("a DELTA_BINARY_PACKED number longer than 64 bits");
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static long[] atLeast(long[] a, int n) {
        return a.length >= n ? a : new long[n];
    }
}
