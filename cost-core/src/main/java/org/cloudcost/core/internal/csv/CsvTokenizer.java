package org.cloudcost.core.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.cloudcost.core.InputException;

/**
 * A byte-level RFC 4180 CSV tokenizer: one record at a time, fields as offsets into a
 * reused buffer, no per-field allocation. Delimiters, quotes and line ends are ASCII, so the
 * same loop serves UTF-8 and GBK (whose trail bytes never fall in the ASCII range of these
 * characters); decoding happens only for the fields a caller asks for.
 *
 * <p>Accepts LF, CRLF and lone CR line ends, quoted fields with embedded delimiters, quotes
 * ({@code ""}) and line breaks, a UTF-8 byte-order mark, and a missing final line end.
 * Rejects an unterminated quote and text after a closing quote, naming line and column.
 */
public final class CsvTokenizer implements AutoCloseable {
    private static final int INITIAL_BUFFER = 1 << 20;
    private static final int INITIAL_FIELDS = 64;

    private final InputStream in;
    private final String fileName;
    private final byte delimiter;

    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    private int[] starts = new int[INITIAL_FIELDS];
    private int[] ends = new int[INITIAL_FIELDS];
    private boolean[] escaped = new boolean[INITIAL_FIELDS];
    private boolean[] quoted = new boolean[INITIAL_FIELDS];
    private int fieldCount;

    private long nextLine = 1;
    private long recordLine;
    private boolean firstRead = true;
    private final boolean bomAllowed;
    /** Offset in the stream of {@code buf[0]}. */
    private long bufferBase;
    /** Offset in the stream of the current record's first byte. */
    private long recordOffset;

    /**
     * @param in the (already decompressed) bytes; closed by {@link #close()}
     * @param fileName the name used in error messages
     * @param delimiter usually {@code ','}
     */
    public CsvTokenizer(InputStream in, String fileName, char delimiter) {
        this(in, fileName, delimiter, INITIAL_BUFFER);
    }

    /** As above with a given initial buffer size; tests use tiny buffers to cross refill boundaries. */
    CsvTokenizer(InputStream in, String fileName, char delimiter, int bufferSize) {
        this(in, fileName, delimiter, bufferSize, true);
    }

    private CsvTokenizer(InputStream in, String fileName, char delimiter, int bufferSize, boolean bomAllowed) {
        this.buf = new byte[Math.max(4, bufferSize)];
        this.in = in;
        this.fileName = fileName;
        this.delimiter = (byte) delimiter;
        this.bomAllowed = bomAllowed;
    }

    /**
     * A tokenizer for bytes that start in the middle of a file, at a record boundary (a byte
     * range read in parallel with others): no byte-order mark is looked for, and lines and
     * offsets count from the start of {@code in}.
     */
    public static CsvTokenizer continuing(InputStream in, String fileName, char delimiter, int bufferSize) {
        return new CsvTokenizer(in, fileName, delimiter, bufferSize, false);
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     */
    public boolean next() {
        if (firstRead) {
            firstRead = false;
            fill();
            if (bomAllowed) {
                skipBom();
            }
        }
        if (pos >= limit && !fill()) {
            recordOffset = bufferBase + pos;
            return false;
        }
        fieldCount = 0;
        recordLine = nextLine;
        int recordStart = pos;
        recordOffset = bufferBase + pos;
        if (delimiter == ',' && nextInBuffer()) {
            return true;
        }
        fieldCount = 0;
        while (true) {
            // one field
            ensureFieldCapacity();
            int f = fieldCount++;
            if (pos >= limit) {
                int shift = refill(recordStart);
                recordStart -= shift;
            }
            if (pos < limit && buf[pos] == '"') {
                recordStart = readQuoted(f, recordStart);
            } else {
                recordStart = readPlain(f, recordStart);
            }
            // after the field: delimiter, line end or end of input
            if (pos >= limit) {
                int shift = refill(recordStart);
                recordStart -= shift;
                if (pos >= limit) {
                    return true; // last record without a line end
                }
            }
            byte b = buf[pos];
            if (b == delimiter) {
                pos++;
                continue;
            }
            if (b == '\n') {
                pos++;
                nextLine++;
                return true;
            }
            if (b == '\r') {
                pos++;
                if (pos >= limit) {
                    int shift = refill(recordStart);
                    recordStart -= shift;
                }
                if (pos < limit && buf[pos] == '\n') {
                    pos++;
                }
                nextLine++;
                return true;
            }
            // only reachable after a closing quote
            throw new InputException(fileName, nextLine, fieldCount, null,
                    "unexpected character '" + printable(b) + "' after a closing quote; expected a delimiter or a line end");
        }
    }

    /**
     * The common case, fast: a comma-separated record that lies whole in the buffer, read in
     * one pass. Each 8-byte word is loaded once and turned into a mask of its commas, quotes and
     * bytes 0x08 to 0x0F (which include LF and CR); the fields are cut at the mask's set bits,
     * with every offset in a local. A quoted field costs one stop, at its closing quote: the bits
     * of its opening quote, of the second quote of a {@code ""} and of the delimiter after the
     * closing quote are cleared from the mask without a stop of their own. Returns false, having
     * changed nothing but the field arrays, when the record reaches the last 8 bytes of the
     * buffer or is malformed; the general loop then reads it (and refills, or reports the error
     * with its position).
     */
    private boolean nextInBuffer() {
        final byte[] b = buf;
        final int lim = limit;
        int wp = pos; // the word the mask covers
        if (wp + 8 > lim) {
            return false;
        }
        long m = structural((long) LONGS.get(b, wp));
        int p = pos; // the current field's first byte; the mask holds no bit below it in this word
        int f = 0;
        long lines = 0;
        int[] st = starts;
        int[] en = ends;
        while (true) {
            if (f == st.length) {
                fieldCount = f;
                ensureFieldCapacity();
                st = starts;
                en = ends;
            }
            if (p >= lim) {
                return false;
            }
            int h; // the byte that ends the field: a comma or a line end
            if (b[p] == '"') {
                boolean esc = false;
                int from = p + 1; // bits below it are consumed: the opening quote, the second of ""
                m = clearBelow(m, from - wp);
                while (true) {
                    while (m == 0) {
                        wp += 8;
                        if (wp + 8 > lim) {
                            return false;
                        }
                        m = structural((long) LONGS.get(b, wp));
                    }
                    h = wp + (Long.numberOfTrailingZeros(m) >>> 3);
                    m &= m - 1;
                    if (h < from) {
                        continue; // a consumed byte that begins the next word
                    }
                    byte c = b[h];
                    if (c == '"') {
                        if (h + 1 >= lim) {
                            return false;
                        }
                        if (b[h + 1] == '"') {
                            esc = true;
                            from = h + 2;
                            m = clearBelow(m, from - wp);
                            continue;
                        }
                        en[f] = h; // the closing quote: the delimiter or a line end must follow at once
                        h++;
                        byte next = b[h];
                        if (next != ',' && next != '\n' && next != '\r') {
                            return false; // text after a closing quote: the general loop reports it
                        }
                        m = clearBelow(m, h + 1 - wp);
                        break;
                    }
                    if (c == '\n') {
                        lines++; // a line break inside the quotes is data; commas there are too
                    } else if (c == '\r') {
                        if (h + 1 >= lim) {
                            return false;
                        }
                        if (b[h + 1] != '\n') {
                            lines++;
                        }
                    }
                }
                st[f] = p + 1;
                quoted[f] = true;
                escaped[f] = esc;
            } else {
                // the same next-stop loop as above: it moves three locals (m, wp, h), which a
                // method could only hand back in an object, in the hottest loop of the read
                while (true) {
                    while (m == 0) {
                        wp += 8;
                        if (wp + 8 > lim) {
                            return false;
                        }
                        m = structural((long) LONGS.get(b, wp));
                    }
                    h = wp + (Long.numberOfTrailingZeros(m) >>> 3);
                    m &= m - 1;
                    if (h < p) {
                        continue; // a consumed byte that begins the next word
                    }
                    byte c = b[h];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    // a quote or a tab in an unquoted field is data
                }
                st[f] = p;
                en[f] = h;
                quoted[f] = false;
                escaped[f] = false;
            }
            f++;
            byte c = b[h];
            if (c == ',') {
                p = h + 1;
                continue;
            }
            if (c == '\r') {
                if (h + 1 >= lim) {
                    return false;
                }
                if (b[h + 1] == '\n') {
                    h++;
                }
            }
            fieldCount = f;
            pos = h + 1;
            nextLine += lines + 1;
            return true;
        }
    }

    /** {@code m} without the bits of its word's first {@code k} bytes ({@code k} from 0; all of them from 8). */
    private static long clearBelow(long m, int k) {
        return k >= 8 ? 0 : m & (-1L << (k << 3));
    }

    /**
     * High bit set in each byte of {@code w} that is a comma, a quote or a byte from 0x08 to
     * 0x0F, and now and then in a byte above one of those (a '-' above a comma, a '#' above a
     * quote: the cheap zero-byte test borrows); none is missed, and the caller looks at each
     * byte it stops at.
     */
    private static long structural(long w) {
        return zeroBytes(w ^ COMMAS) | zeroBytes(w ^ QUOTES) | zeroBytes((w & CONTROL_MASK) ^ CONTROLS);
    }

    private int readPlain(int f, int recordStart) {
        starts[f] = pos;
        quoted[f] = false;
        escaped[f] = false;
        while (true) {
            int p = pos;
            final byte[] b = buf;
            final int lim = limit;
            final byte d = delimiter;
            if (d == ',') {
                p = nextStop(b, p, lim, (byte) ',');
            } else {
                while (p < lim) {
                    byte c = b[p];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
            }
            pos = p;
            if (p < lim || eof) {
                ends[f] = p;
                return recordStart;
            }
            int shift = refill(recordStart);
            recordStart -= shift;
            if (pos >= limit) {
                ends[f] = pos;
                return recordStart;
            }
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';
    private static final long QUOTES = ONES * '"';
    private static final long COMMAS = ONES * ',';
    private static final long CONTROL_MASK = ONES * 0xF8;
    private static final long CONTROLS = ONES * 0x08;

    /**
     * The first offset from {@code p} before {@code lim} holding {@code stop} or a line end, or
     * {@code lim}: eight bytes at a time (SWAR; the lowest flagged byte of the zero-byte test
     * is exact). {@code stop} is the comma in a plain field, the quote in a quoted one.
     */
    private static int nextStop(byte[] b, int p, int lim, byte stop) {
        long stops = ONES * stop;
        while (p + 8 <= lim) {
            long w = (long) LONGS.get(b, p);
            long hit = zeroBytes(w ^ stops) | zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
            if (hit != 0) {
                return p + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            p += 8;
        }
        while (p < lim) {
            byte c = b[p];
            if (c == stop || c == '\n' || c == '\r') {
                return p;
            }
            p++;
        }
        return lim;
    }

    /** High bit set in each byte of {@code v} that is zero (exact for the lowest such byte). */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    private int readQuoted(int f, int recordStart) {
        long openLine = nextLine;
        int openColumn = f + 1;
        pos++; // opening quote
        starts[f] = pos;
        quoted[f] = true;
        escaped[f] = false;
        while (true) {
            if (pos >= limit) {
                int shift = refill(recordStart);
                recordStart -= shift;
                if (pos >= limit) {
                    throw new InputException(fileName, openLine, openColumn, null,
                            "unterminated quoted field: the file ends before its closing quote (truncated file?)");
                }
            }
            pos = nextStop(buf, pos, limit, (byte) '"');
            if (pos >= limit) {
                continue; // refills, or reports the unterminated quote
            }
            byte c = buf[pos];
            if (c == '"') {
                if (pos + 1 >= limit) {
                    int shift = refill(recordStart);
                    recordStart -= shift;
                }
                if (pos + 1 < limit && buf[pos + 1] == '"') {
                    escaped[f] = true;
                    pos += 2;
                    continue;
                }
                ends[f] = pos;
                pos++; // closing quote
                return recordStart;
            }
            if (c == '\n') {
                nextLine++;
            } else if (c == '\r') {
                if (pos + 1 >= limit) {
                    int shift = refill(recordStart);
                    recordStart -= shift;
                }
                if (pos + 1 >= limit || buf[pos + 1] != '\n') {
                    nextLine++;
                }
            }
            pos++;
        }
    }

    /** Moves the current record to the front of the buffer and reads more; returns the shift. */
    private int refill(int recordStart) {
        if (eof) {
            return 0;
        }
        int shift = recordStart;
        if (shift > 0) {
            System.arraycopy(buf, recordStart, buf, 0, limit - recordStart);
            for (int i = 0; i < fieldCount; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
            pos -= shift;
            limit -= shift;
            bufferBase += shift;
        } else if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        fillFrom(limit);
        return shift;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        bufferBase += limit;
        pos = 0;
        limit = 0;
        fillFrom(0);
        return limit > 0;
    }

    private void fillFrom(int offset) {
        try {
            int n = in.read(buf, offset, buf.length - offset);
            if (n < 0) {
                eof = true;
            } else {
                limit = offset + n;
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new InputException(fileName, nextLine, 0, null,
                    "corrupt or truncated gzip stream (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    private void skipBom() {
        while (limit < 3 && !eof) {
            fillFrom(limit);
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    private void ensureFieldCapacity() {
        if (fieldCount == starts.length) {
            int n = starts.length * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            escaped = Arrays.copyOf(escaped, n);
            quoted = Arrays.copyOf(quoted, n);
        }
    }

    private static String printable(byte b) {
        return b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF);
    }

    /** Number of fields in the current record. */
    public int fieldCount() {
        return fieldCount;
    }

    /** 1-based physical line on which the current record starts. */
    public long recordLine() {
        return recordLine;
    }

    /**
     * Offset from the start of the stream of the current record's first byte; after
     * {@link #next()} returned false, the offset of the end of the input.
     */
    public long recordOffset() {
        return recordOffset;
    }

    /**
     * Makes the current record one whose fields the caller already knows, held in
     * {@code record} and read as line {@code line}: a row rebuilt from grouped lines need not be
     * scanned again. Each of its {@code fields} fields is then set with {@link #field}. The
     * tokenizer reads nothing more from its stream.
     */
    public void preset(byte[] record, long line, int fields) {
        buf = record;
        pos = 0;
        limit = 0;
        eof = true;
        firstRead = false;
        recordLine = line;
        nextLine = line + 1;
        fieldCount = 0;
        while (starts.length < fields) {
            fieldCount = starts.length;
            ensureFieldCapacity();
        }
        fieldCount = fields;
    }

    /**
     * Field {@code i} of a {@link #preset} record: {@code buffer()[start, end)}, without its
     * quotes when {@code quoted}, holding {@code ""} escapes when {@code escaped}.
     */
    public void field(int i, int start, int end, boolean quoted, boolean escaped) {
        starts[i] = start;
        ends[i] = end;
        this.quoted[i] = quoted;
        this.escaped[i] = escaped;
    }

    /** True when field {@code i} was written in quotes. */
    public boolean isQuoted(int i) {
        return quoted[i];
    }

    /** Offset from the start of the stream of the byte after the current record. */
    public long offset() {
        return bufferBase + pos;
    }

    /** Line breaks read so far (inside quoted fields too): the physical lines before the next record. */
    public long lineBreaks() {
        return nextLine - 1;
    }

    /** True for a record that is one empty, unquoted field: a blank line. */
    public boolean isBlankLine() {
        return fieldCount == 1 && !quoted[0] && starts[0] == ends[0];
    }

    /** The buffer that holds the current record's bytes; valid until the next {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    /** Start offset of field {@code i} in {@link #buffer()}. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of field {@code i} in {@link #buffer()}. */
    public int end(int i) {
        return ends[i];
    }

    /** True when field {@code i} holds {@code ""} escapes that must be collapsed when decoded. */
    public boolean hasEscapedQuotes(int i) {
        return escaped[i];
    }

    /** The file name used in messages. */
    public String fileName() {
        return fileName;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }
}
