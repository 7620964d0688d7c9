package org.cloudcost.core.internal.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * A gzip (RFC 1952) decompressor that never silently drops input.
 *
 * <h2>Why not {@link java.util.zip.GZIPInputStream}</h2>
 *
 * <p>After each member the JDK's {@code GZIPInputStream} looks for another member, and if what
 * follows is not a valid gzip header it quietly reports end of stream. A multi-member file
 * ({@code cat a.gz b.gz > bill.csv.gz}, as some exporters and splitters write) whose second
 * member is damaged, or any file with garbage appended, therefore reads as if it ended after
 * the first member: billing lines, and the money on them, disappear without an error.
 *
 * <p>This stream is strict instead:
 * <ul>
 *   <li>every member's header is checked (ID1/ID2 magic, CM = 8 (deflate), no reserved FLG
 *       bits; FEXTRA, FNAME and FCOMMENT are skipped and FHCRC is verified);</li>
 *   <li>every member's trailer is checked: CRC32 and ISIZE (the uncompressed length mod
 *       2<sup>32</sup>);</li>
 *   <li>members are read one after another, so a multi-member file yields the concatenation
 *       of all members;</li>
 *   <li>bytes after a member that do not start a valid member raise a {@link ZipException}
 *       naming the member and the compressed byte offset, a header or trailer problem raises a
 *       {@code ZipException} naming the member, and a stream that ends inside a member (header,
 *       deflate data or trailer) raises an {@link EOFException}.</li>
 * </ul>
 *
 * <p>It streams: the compressed input is read in 64 KiB blocks, {@link #read(byte[], int, int)}
 * inflates straight into the caller's array, and nothing is held beyond one input block.
 * The first member's header is read by the constructor, as {@code GZIPInputStream} does, so
 * a file that is not gzip at all fails when opened. {@link #close()} releases the native
 * inflater and closes the underlying stream. Not thread-safe.
 */
final class StrictGzipInputStream extends InputStream {
    private static final int BUFFER_SIZE = 1 << 16;

    private static final int ID1 = 0x1F;
    private static final int ID2 = 0x8B;
    private static final int CM_DEFLATE = 8;

    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;
    private static final int FRESERVED = 0xE0;

    private final InputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** CRC32 of the header bytes, for FHCRC. */
    private final CRC32 headerCrc = new CRC32();
    private final byte[] buf = new byte[BUFFER_SIZE];
    private final byte[] one = new byte[1];
    /** Compressed bytes read from {@link #in} before {@code buf[0]}. */
    private long bufBase;
    /** Next byte of {@code buf} not yet consumed (by header/trailer parsing or the inflater). */
    private int bufPos;
    /** End of the valid bytes in {@code buf}. */
    private int bufLen;
    /** 1-based number of the member being read (or last read). */
    private long member;
    private boolean eof;
    private boolean closed;

    /**
     * Reads the first member's header from {@code in}.
     *
     * @throws ZipException when the stream does not start with a valid gzip header
     * @throws EOFException when the stream ends inside the first header
     * @throws IOException when {@code in} fails
     */
    StrictGzipInputStream(InputStream in) throws IOException {
        this.in = Objects.requireNonNull(in, "in");
        try {
            readHeader(true);
        } catch (IOException | RuntimeException e) {
            inflater.end();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            if (inflater.finished()) {
                endMember();
                continue;
            }
            if (inflater.needsInput()) {
                if (bufPos == bufLen && !fill()) {
                    throw truncated();
                }
                inflater.setInput(buf, bufPos, bufLen - bufPos);
                bufPos = bufLen; // handed to the inflater; reclaimed via getRemaining() at member end
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("invalid deflate data in gzip member " + member + ": " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.needsDictionary()) {
                throw new ZipException("invalid deflate data in gzip member " + member + ": preset dictionary requested");
            }
            // n == 0: the inflater either finished the member or wants more input; loop
        }
        return -1;
    }

    /** Always 0 before the end: the stream cannot tell cheaply whether inflating will block. */
    @Override
    public int available() throws IOException {
        ensureOpen();
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            eof = true;
            inflater.end();
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** The inflater finished a member: verify its trailer, then start the next member or end. */
    private void endMember() throws IOException {
        // the bytes after the deflate data may still be in the inflater's input: take them back
        bufPos = bufLen - inflater.getRemaining();
        long storedCrc = readUInt32();
        long storedSize = readUInt32();
        long actualCrc = crc.getValue();
        if (storedCrc != actualCrc) {
            throw new ZipException(String.format("CRC32 mismatch in gzip member %d (stored 0x%08x, computed 0x%08x)",
                    member, storedCrc, actualCrc));
        }
        long actualSize = inflater.getBytesWritten() & 0xFFFF_FFFFL;
        if (storedSize != actualSize) {
            throw new ZipException("size mismatch in gzip member " + member + " (ISIZE " + storedSize
                    + ", inflated " + actualSize + " bytes mod 2^32)");
        }
        if (bufPos == bufLen && !fill()) {
            eof = true;
            return;
        }
        readHeader(false);
    }

    /**
     * Parses a member header starting at the current position and prepares the inflater and
     * CRC for its deflate data. At least one byte is known to be available unless {@code first}.
     */
    private void readHeader(boolean first) throws IOException {
        long previous = member;
        long start = offset();
        member++;
        headerCrc.reset();
        int id1 = headerByte();
        if (id1 != ID1) {
            throw notAHeader(first, previous, start);
        }
        int id2 = headerByte();
        if (id2 != ID2) {
            throw notAHeader(first, previous, start);
        }
        int cm = headerByte();
        if (cm != CM_DEFLATE) {
            throw new ZipException("unsupported compression method " + cm + " in gzip member " + member
                    + " header at compressed byte offset " + start + " (expected 8, deflate)");
        }
        int flg = headerByte();
        if ((flg & FRESERVED) != 0) {
            throw new ZipException(String.format(
                    "reserved flag bits set (FLG 0x%02x) in gzip member %d header at compressed byte offset %d",
                    flg, member, start));
        }
        for (int i = 0; i < 6; i++) { // MTIME (4), XFL, OS: any value is accepted
            headerByte();
        }
        if ((flg & FEXTRA) != 0) {
            int xlen = headerByte() | headerByte() << 8;
            for (int i = 0; i < xlen; i++) {
                headerByte();
            }
        }
        if ((flg & FNAME) != 0) {
            while (headerByte() != 0) {
                // skip the zero-terminated file name
            }
        }
        if ((flg & FCOMMENT) != 0) {
            while (headerByte() != 0) {
                // skip the zero-terminated comment
            }
        }
        if ((flg & FHCRC) != 0) {
            int expected = (int) (headerCrc.getValue() & 0xFFFF);
            int stored = readUByte() | readUByte() << 8;
            if (stored != expected) {
                throw new ZipException(String.format(
                        "header CRC16 mismatch in gzip member %d (stored 0x%04x, computed 0x%04x)",
                        member, stored, expected));
            }
        }
        inflater.reset();
        crc.reset();
    }

    private ZipException notAHeader(boolean first, long previous, long start) {
        if (first) {
            return new ZipException("not in gzip format (no gzip magic bytes 1f 8b at the start)");
        }
        return new ZipException("trailing data after gzip member " + previous + " at compressed byte offset "
                + start + " (not a gzip header)");
    }

    private int headerByte() throws IOException {
        int b = readUByte();
        headerCrc.update(b);
        return b;
    }

    private long readUInt32() throws IOException {
        long b0 = readUByte();
        long b1 = readUByte();
        long b2 = readUByte();
        long b3 = readUByte();
        return b0 | b1 << 8 | b2 << 16 | b3 << 24;
    }

    /** One byte outside the deflate data (header or trailer); the stream must not end here. */
    private int readUByte() throws IOException {
        if (bufPos == bufLen && !fill()) {
            throw truncated();
        }
        return buf[bufPos++] & 0xFF;
    }

    /**
     * Refills {@code buf} from the underlying stream; only called when every byte of it has
     * been consumed (so the inflater holds no reference to unread input).
     *
     * @return false at the end of the underlying stream
     */
    private boolean fill() throws IOException {
        bufBase += bufLen;
        bufPos = 0;
        bufLen = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        bufLen = n;
        return true;
    }

    private long offset() {
        return bufBase + bufPos;
    }

    private EOFException truncated() {
        return new EOFException("gzip stream ends inside member " + member);
    }
}
