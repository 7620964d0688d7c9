package org.cloudcost.parquet.internal.decode;

/**
 * Decompresses Snappy's raw format (no framing), the codec most Parquet writers use by default:
 * a varint length, then literals and back-references.
 *
 * <pre>{@code
 * byte[] page = Snappy.decompress(compressed, 0, compressed.length, uncompressedSize);
 * }</pre>
 *
 * <p>Format: <a href="https://github.com/google/snappy/blob/main/format_description.txt">format_description.txt</a>.
 */
public final class Snappy {
    private Snappy() {
    }

    /**
     * Decompresses {@code length} bytes of {@code in} from {@code offset}.
     *
     * @param expected the uncompressed size the page header gives, checked against the stream's
     */
    public static byte[] decompress(byte[] in, int offset, int length, int expected) {
        return decompress(in, offset, length, expected, new byte[expected]);
    }

    /**
     * Decompresses into {@code out} (at least {@code expected} bytes long, reused across pages),
     * which it returns; the first {@code expected} bytes are the data.
     */
    public static byte[] decompress(byte[] in, int offset, int length, int expected, byte[] out) {
        int end = offset + length;
        int pos = offset;
        long size = 0;
        for (int shift = 0; ; shift += 7) {
            if (pos >= end || shift > 28) {
                throw corrupt("a bad length");
            }
            byte b = in[pos++];
            size |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                break;
            }
        }
        if (size != expected || out.length < expected) {
            throw corrupt("a length of " + size + " where the page header says " + expected);
        }
        int limit = (int) size;
        int o = 0;
        while (pos < end) {
            int tag = in[pos++] & 0xff;
            int kind = tag & 3;
            if (kind == 0) {
                int n = tag >>> 2;
                if (n >= 60) {
                    int bytes = n - 59;
                    if (pos + bytes > end) {
                        throw corrupt("a literal length cut short");
                    }
                    n = 0;
                    for (int i = 0; i < bytes; i++) {
                        n |= (in[pos++] & 0xff) << (8 * i);
                    }
                }
                n += 1;
                if (n <= 0 || n > end - pos || n > limit - o) {
                    throw corrupt("a literal past the end");
                }
                System.arraycopy(in, pos, out, o, n);
                pos += n;
                o += n;
                continue;
            }
            int n;
            int distance;
            if (kind == 1) {
                if (pos >= end) {
                    throw corrupt("a copy cut short");
                }
                n = ((tag >>> 2) & 7) + 4;
                distance = ((tag >>> 5) << 8) | (in[pos++] & 0xff);
            } else if (kind == 2) {
                if (pos + 2 > end) {
                    throw corrupt("a copy cut short");
                }
                n = (tag >>> 2) + 1;
                distance = (in[pos] & 0xff) | (in[pos + 1] & 0xff) << 8;
                pos += 2;
            } else {
                if (pos + 4 > end) {
                    throw corrupt("a copy cut short");
                }
                n = (tag >>> 2) + 1;
                distance = (in[pos] & 0xff) | (in[pos + 1] & 0xff) << 8 | (in[pos + 2] & 0xff) << 16 | (in[pos + 3] & 0xff) << 24;
                pos += 4;
            }
            if (distance <= 0 || distance > o || n > limit - o) {
                throw corrupt("a copy from outside the output");
            }
            int from = o - distance;
            if (distance >= n) {
                System.arraycopy(out, from, out, o, n);
                o += n;
            } else {
                for (int i = 0; i < n; i++) {
                    out[o++] = out[from + i];
                }
            }
        }
        if (o != limit) {
            throw corrupt(o + " bytes where " + limit + " were announced");
        }
        return out;
    }

    private static ParquetFormatException corrupt(String what) {
        return new ParquetFormatException("corrupt Snappy data: " + what);
    }
}
