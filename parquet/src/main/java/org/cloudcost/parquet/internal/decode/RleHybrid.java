package org.cloudcost.parquet.internal.decode;

/**
 * Decodes Parquet's RLE/bit-packing hybrid, the encoding of repetition and definition levels
 * and of dictionary indices: runs of one repeated value, and groups of eight values packed
 * {@code bitWidth} bits each, least significant bit first.
 *
 * <pre>{@code
 * int[] indices = new int[count];
 * RleHybrid.decode(page, at, end, bitWidth, indices, 0, count);
 * }</pre>
 *
 * <p>Format: <a href="https://parquet.apache.org/docs/file-format/data-pages/encodings/">Parquet encodings</a>.
 */
public final class RleHybrid {
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private RleHybrid() {
    }

    /**
     * Decodes {@code count} values from {@code in[from..end)} into {@code out[at..at+count)}.
     *
     * @return the position after the last run read
     */
    public static int decode(byte[] in, int from, int end, int bitWidth, int[] out, int at, int count) {
        if (bitWidth < 0 || bitWidth > 32) {
            throw new ParquetFormatException("a bit width of " + bitWidth);
        }
        int pos = from;
        int n = 0;
        int base = at;
        int byteWidth = (bitWidth + 7) >>> 3;
        long mask = bitWidth == 32 ? 0xffffffffL : (1L << bitWidth) - 1;
        while (n < count) {
            long header = 0;
            for (int shift = 0; ; shift += 7) {
                if (pos >= end || shift > 35) {
                    throw new ParquetFormatException("RLE/bit-packed data cut short (" + n + " of " + count + " values)");
                }
                byte b = in[pos++];
                header |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            if ((header & 1) == 0) {
                long run = header >>> 1;
                if (pos + byteWidth > end) {
                    throw new ParquetFormatException("an RLE run cut short");
                }
                int value = 0;
                for (int i = 0; i < byteWidth; i++) {
                    value |= (in[pos++] & 0xff) << (8 * i);
                }
                int take = (int) Math.min(run, count - n);
                java.util.Arrays.fill(out, base + n, base + n + take, value);
                n += take;
            } else {
                long values = (header >>> 1) * 8;
                long bytes = (header >>> 1) * bitWidth;
                if (bytes > end - pos) {
                    // the last group may be cut where its values end
                    bytes = end - pos;
                }
                int take = (int) Math.min(values, count - n);
                if ((long) take * bitWidth > bytes * 8) {
                    throw new ParquetFormatException("a bit-packed run cut short");
                }
                unpack(in, pos, bitWidth, mask, out, base + n, take);
                n += take;
                pos += (int) bytes;
            }
        }
        return pos;
    }

    private static void unpack(byte[] in, int pos, int bitWidth, long mask, int[] out, int at, int count) {
        if (bitWidth == 0) {
            java.util.Arrays.fill(out, at, at + count, 0);
            return;
        }
        int i = 0;
        if (bitWidth <= 56) {
            // eight bytes at a time while eight remain: one load, a shift and a mask per value
            long lastBit = (long) (in.length - 8 - pos) * 8;
            for (long bit = 0; i < count && bit <= lastBit; i++, bit += bitWidth) {
                out[at + i] = (int) (((long) LONGS.get(in, pos + (int) (bit >>> 3)) >>> (bit & 7)) & mask);
            }
        }
        long buffer = 0;
        int bits = 0;
        long start = (long) i * bitWidth;
        int p = pos + (int) (start >>> 3);
        if ((start & 7) != 0) {
            buffer = (in[p++] & 0xff) >>> (start & 7);
            bits = 8 - (int) (start & 7);
        }
        for (; i < count; i++) {
            while (bits < bitWidth) {
                buffer |= (long) (in[p++] & 0xff) << bits;
                bits += 8;
            }
            out[at + i] = (int) (buffer & mask);
            buffer >>>= bitWidth;
            bits -= bitWidth;
        }
    }
}
