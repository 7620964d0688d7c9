package org.cloudcost.core.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictGzipInputStreamTest {

    // ---- helpers ---------------------------------------------------------------------------

    /** Random bytes: incompressible when {@code compressible} is false, CSV-like text otherwise. */
    static byte[] data(int size, boolean compressible, long seed) {
        Random r = new Random(seed);
        byte[] out = new byte[size];
        if (!compressible) {
            r.nextBytes(out);
            return out;
        }
        String[] words = {"1.10", "USD", "Usage", "2026-10-01", "Compute", "EC2", "S3", "Storage", "\n"};
        StringBuilder sb = new StringBuilder(size + 16);
        while (sb.length() < size) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? ',' : ' ');
        }
        System.arraycopy(sb.toString().getBytes(StandardCharsets.US_ASCII), 0, out, 0, size);
        return out;
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bos)) {
            out.write(content);
        }
        return bos.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            bos.writeBytes(p);
        }
        return bos.toByteArray();
    }

    static byte[] strict(byte[] gz) throws IOException {
        try (InputStream in = new StrictGzipInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    static byte[] jdk(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** Reads everything with a caller buffer of {@code chunk} bytes. */
    static byte[] readInChunks(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] b = new byte[chunk + 3];
        int n;
        while ((n = in.read(b, 3, chunk)) >= 0) {
            bos.write(b, 3, n);
        }
        return bos.toByteArray();
    }

    /** An underlying stream that hands out at most {@code max} bytes per read. */
    static final class Trickle extends FilterInputStream {
        private final int max;

        Trickle(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, max));
        }
    }

    /** Counts bytes read from the underlying stream and whether it was closed. */
    static final class Counting extends FilterInputStream {
        long count;
        boolean closed;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** Raw deflate data of {@code content} (no zlib or gzip wrapper). */
    static byte[] rawDeflate(byte[] content) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(content);
            d.finish();
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            byte[] b = new byte[4096];
            while (!d.finished()) {
                bos.write(b, 0, d.deflate(b));
            }
            return bos.toByteArray();
        } finally {
            d.end();
        }
    }

    static void le32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    /** A member whose header has FEXTRA, FNAME, FCOMMENT and FHCRC, built byte by byte. */
    static byte[] memberWithAllHeaderFields(byte[] content, boolean corruptHeaderCrc) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.write(0x1F);
        h.write(0x8B);
        h.write(8); // CM deflate
        h.write(0x02 | 0x04 | 0x08 | 0x10); // FHCRC | FEXTRA | FNAME | FCOMMENT
        le32(h, 1_790_000_000L); // MTIME
        h.write(0); // XFL
        h.write(3); // OS: Unix
        byte[] extra = {'A', 'P', 4, 0, 1, 2, 3, 4}; // one subfield "AP", length 4
        h.write(extra.length);
        h.write(0);
        h.writeBytes(extra);
        h.writeBytes("bill-2026-10.csv".getBytes(StandardCharsets.ISO_8859_1));
        h.write(0);
        h.writeBytes("exported by a billing tool".getBytes(StandardCharsets.ISO_8859_1));
        h.write(0);
        CRC32 hcrc = new CRC32();
        hcrc.update(h.toByteArray());
        int crc16 = (int) hcrc.getValue() & 0xFFFF;
        if (corruptHeaderCrc) {
            crc16 ^= 0x0100;
        }
        h.write(crc16 & 0xFF);
        h.write(crc16 >>> 8);

        h.writeBytes(rawDeflate(content));
        CRC32 crc = new CRC32();
        crc.update(content);
        le32(h, crc.getValue());
        le32(h, content.length);
        return h.toByteArray();
    }

    // ---- single members ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} bytes, compressible={1}")
    @CsvSource({
        "0, true", "1, true", "1, false", "100, true", "4096, false",
        "65535, true", "65536, false", "65537, true", "200000, true", "200000, false",
        "1500000, true", "1500000, false"})
    void singleMemberMatchesJdk(int size, boolean compressible) throws IOException {
        byte[] content = data(size, compressible, size * 31L + (compressible ? 1 : 0));
        byte[] gz = gzip(content);
        byte[] ours = strict(gz);
        assertThat(ours).isEqualTo(content);
        assertThat(ours).isEqualTo(jdk(gz));
    }

    @Test
    void underlyingStreamDeliveringFewBytesPerRead() throws IOException {
        // every header, deflate and trailer boundary falls on a different underlying read
        byte[] a = data(70_000, true, 1);
        byte[] b = data(3_000, false, 2);
        byte[] gz = concat(gzip(a), gzip(b));
        for (int max : new int[] {1, 2, 3, 5, 8, 13, 4093}) {
            try (InputStream in = new StrictGzipInputStream(new Trickle(new ByteArrayInputStream(gz), max))) {
                assertThat(in.readAllBytes()).as("max %d per read", max).isEqualTo(concat(a, b));
            }
        }
    }

    // ---- multi-member ------------------------------------------------------------------------

    @Test
    void multiMemberReadsAllMembersConcatenated() throws IOException {
        byte[] a = data(10_000, true, 10);
        byte[] b = data(150_000, false, 11);
        byte[] c = data(70_000, true, 12);
        byte[] gz = concat(gzip(a), gzip(b), gzip(c));
        byte[] ours = strict(gz);
        assertThat(ours).isEqualTo(concat(a, b, c));
        assertThat(ours).isEqualTo(jdk(gz)); // valid multi-member input: same answer as the JDK
    }

    @Test
    void multiMemberWithEmptyMembers() throws IOException {
        byte[] b = data(5_000, true, 13);
        byte[] gz = concat(gzip(new byte[0]), gzip(b), gzip(new byte[0]));
        assertThat(strict(gz)).isEqualTo(b);
    }

    @Test
    void headerWithExtraNameCommentAndHeaderCrc() throws IOException {
        byte[] content = data(90_000, true, 20);
        byte[] member = memberWithAllHeaderFields(content, false);
        assertThat(strict(member)).isEqualTo(content);
        assertThat(jdk(member)).isEqualTo(content); // the hand-built header is valid gzip
        // as a second member, too
        byte[] first = data(1_000, true, 21);
        assertThat(strict(concat(gzip(first), member))).isEqualTo(concat(first, content));
    }

    @Test
    void badHeaderCrcIsAnError() {
        byte[] member = memberWithAllHeaderFields(data(1_000, true, 22), true);
        assertThatThrownBy(() -> strict(member)).isInstanceOf(ZipException.class)
                .hasMessageContaining("header CRC16 mismatch in gzip member 1");
    }

    // ---- damage after or between members ------------------------------------------------------

    @Test
    void trailingGarbageIsAnError() throws IOException {
        byte[] content = data(20_000, true, 30);
        byte[] valid = gzip(content);
        byte[] gz = concat(valid, "garbage after the end".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessage("trailing data after gzip member 1 at compressed byte offset " + valid.length
                        + " (not a gzip header)");
        // the JDK stops quietly at the end of the member
        assertThat(jdk(gz)).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void corruptedSecondMemberMagicIsAnError(int magicByte) throws IOException {
        byte[] a = data(40_000, true, 40);
        byte[] b = data(40_000, true, 41);
        byte[] first = gzip(a);
        byte[] gz = concat(first, gzip(b));
        gz[first.length + magicByte] ^= 0x20;

        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessage("trailing data after gzip member 1 at compressed byte offset " + first.length
                        + " (not a gzip header)");
        // why this class exists: java.util.zip.GZIPInputStream silently returns member 1 only,
        // and the money in member 2 is lost without an error
        assertThat(jdk(gz)).isEqualTo(a);
    }

    @Test
    void secondMemberWithWrongCompressionMethodIsAnError() throws IOException {
        byte[] first = gzip(data(1_000, true, 42));
        byte[] gz = concat(first, gzip(data(1_000, true, 43)));
        gz[first.length + 2] = 7;
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessageContaining("unsupported compression method 7 in gzip member 2");
    }

    @Test
    void reservedFlagBitsAreAnError() throws IOException {
        byte[] gz = gzip(data(1_000, true, 44));
        gz[3] |= 0x20;
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessageContaining("reserved flag bits").hasMessageContaining("gzip member 1");
    }

    @Test
    void notGzipAtAllFailsInConstructor() {
        assertThatThrownBy(() -> new StrictGzipInputStream(new ByteArrayInputStream("a,b,c\n".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ZipException.class).hasMessageContaining("not in gzip format");
        assertThatThrownBy(() -> new StrictGzipInputStream(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(EOFException.class).hasMessage("gzip stream ends inside member 1");
    }

    // ---- truncation ----------------------------------------------------------------------------

    @Test
    void truncatedMidDeflateIsEof() throws IOException {
        byte[] gz = gzip(data(300_000, false, 50));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> strict(cut)).isInstanceOf(EOFException.class)
                .hasMessage("gzip stream ends inside member 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 5, 8})
    void truncatedMidTrailerIsEof(int dropped) throws IOException {
        byte[] gz = gzip(data(50_000, true, 51));
        byte[] cut = Arrays.copyOf(gz, gz.length - dropped);
        assertThatThrownBy(() -> strict(cut)).isInstanceOf(EOFException.class)
                .hasMessage("gzip stream ends inside member 1");
    }

    @Test
    void truncatedInSecondMemberIsEof() throws IOException {
        byte[] first = gzip(data(10_000, true, 52));
        byte[] second = gzip(data(10_000, true, 53));
        byte[] gz = concat(first, second);
        for (int keep : new int[] {1, 5, 10, second.length / 2, second.length - 1}) {
            byte[] cut = Arrays.copyOf(gz, first.length + keep);
            assertThatThrownBy(() -> strict(cut)).as("second member cut after %d bytes", keep)
                    .isInstanceOf(EOFException.class).hasMessage("gzip stream ends inside member 2");
        }
    }

    // ---- trailer checks --------------------------------------------------------------------------

    @Test
    void flippedCrcByteIsAnError() throws IOException {
        byte[] gz = gzip(data(30_000, true, 60));
        gz[gz.length - 8] ^= 0x01;
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessageStartingWith("CRC32 mismatch in gzip member 1");
    }

    @Test
    void flippedCrcInSecondMemberNamesIt() throws IOException {
        byte[] gz = concat(gzip(data(3_000, true, 61)), gzip(data(3_000, true, 62)));
        gz[gz.length - 6] ^= 0x40;
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessageStartingWith("CRC32 mismatch in gzip member 2");
    }

    @Test
    void wrongSizeIsAnError() throws IOException {
        byte[] gz = gzip(data(30_000, true, 63));
        gz[gz.length - 4] ^= 0x01;
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class)
                .hasMessageStartingWith("size mismatch in gzip member 1");
    }

    @Test
    void corruptDeflateDataIsAnError() throws IOException {
        byte[] gz = gzip(data(30_000, true, 64));
        for (int i = 12; i < 40; i++) {
            gz[i] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> strict(gz)).isInstanceOf(ZipException.class).hasMessageContaining("gzip member 1");
    }

    // ---- caller buffers, streaming, close ------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void tinyCallerBuffers(int chunk) throws IOException {
        byte[] a = data(100_000, true, 70);
        byte[] b = data(20_000, false, 71);
        byte[] c = data(0, true, 72);
        byte[] gz = concat(gzip(a), gzip(b), gzip(c), memberWithAllHeaderFields(a, false));
        try (InputStream in = new StrictGzipInputStream(new ByteArrayInputStream(gz))) {
            assertThat(readInChunks(in, chunk)).isEqualTo(concat(a, b, c, a));
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void singleByteRead() throws IOException {
        byte[] a = data(5_000, true, 73);
        byte[] b = data(5_000, false, 74);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (InputStream in = new StrictGzipInputStream(new ByteArrayInputStream(concat(gzip(a), gzip(b))))) {
            int x;
            while ((x = in.read()) >= 0) {
                got.write(x);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(got.toByteArray()).isEqualTo(concat(a, b));
    }

    @Test
    void streamsWithoutReadingTheWholeInput() throws IOException {
        byte[] gz = gzip(data(4 << 20, false, 80)); // about 4 MiB compressed
        Counting counting = new Counting(new ByteArrayInputStream(gz));
        try (InputStream in = new StrictGzipInputStream(counting)) {
            byte[] b = new byte[1000];
            assertThat(in.read(b, 0, b.length)).isPositive();
            assertThat(counting.count).isLessThanOrEqualTo(2 << 16);
        }
        assertThat(counting.closed).isTrue();
    }

    @Test
    void closeIsIdempotentAndLaterReadsFail() throws IOException {
        InputStream in = new StrictGzipInputStream(new ByteArrayInputStream(gzip(data(100, true, 90))));
        in.close();
        in.close();
        assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void zeroLengthReadReturnsZero() throws IOException {
        try (InputStream in = new StrictGzipInputStream(new ByteArrayInputStream(gzip(data(100, true, 91))))) {
            assertThat(in.read(new byte[4], 2, 0)).isZero();
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }
}
