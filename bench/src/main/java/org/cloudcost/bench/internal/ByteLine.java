package org.cloudcost.bench.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One CSV line assembled as bytes, then written in one call: the generators' hot path, with
 * no {@code String} per field. Text that is constant over a file (ids, timestamps,
 * descriptions) is turned into bytes once, with {@link #field(String)} or
 * {@link #quoted(String)}, and appended many times.
 *
 * <pre>{@code
 * byte[] usd = ByteLine.field("USD");
 * line.clear();
 * line.append(usd).comma().amount(12_345_000_000L, 10).newline();
 * line.writeTo(out);                                   // USD,1.2345000000\n
 * }</pre>
 */
public final class ByteLine {
    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private byte[] buf = new byte[2048];
    private int len;

    /** The UTF-8 bytes of {@code text}, as a bare field (the caller knows it needs no quotes). */
    public static byte[] field(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of {@code text} in double quotes, inner quotes doubled (RFC 4180). */
    public static byte[] quoted(String text) {
        return ('"' + text.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #quoted} when {@code text} holds a comma, quote or line break, else {@link #field}. */
    public static byte[] csv(String text) {
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? quoted(text) : field(text);
    }

    public ByteLine clear() {
        len = 0;
        return this;
    }

    public ByteLine append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    public ByteLine append(char ascii) {
        ensure(1);
        buf[len++] = (byte) ascii;
        return this;
    }

    public ByteLine comma() {
        return append(',');
    }

    public ByteLine newline() {
        return append('\n');
    }

    /** A non-negative or negative integer in decimal. */
    public ByteLine number(long value) {
        return amount(value, 0);
    }

    /**
     * {@code units × 10^-scale} as a plain decimal with exactly {@code scale} places:
     * {@code amount(-5, 3)} appends {@code -0.005}.
     */
    public ByteLine amount(long units, int scale) {
        if (scale < 0 || scale >= POW10.length) {
            throw new IllegalArgumentException("scale " + scale);
        }
        ensure(24);
        if (units < 0) {
            if (units == Long.MIN_VALUE) {
                throw new IllegalArgumentException("amount out of range");
            }
            buf[len++] = '-';
            units = -units;
        }
        long whole = units / POW10[scale];
        long frac = units % POW10[scale];
        digits(whole, 1);
        if (scale > 0) {
            buf[len++] = '.';
            digits(frac, scale);
        }
        return this;
    }

    /** At least {@code width} digits, zero-padded. */
    private void digits(long v, int width) {
        int n = 1;
        for (long t = v; t >= 10; t /= 10) {
            n++;
        }
        n = Math.max(n, width);
        for (int i = len + n - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += n;
    }

    /** Bytes assembled so far. */
    public int length() {
        return len;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
