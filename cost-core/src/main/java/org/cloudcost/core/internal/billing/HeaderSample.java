package org.cloudcost.core.internal.billing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.read.CsvFile;

/**
 * The first bytes of a (decompressed) input, enough to choose its format and encoding before
 * reading it: read from the stream and pushed back, so a pipe is read once.
 */
record HeaderSample(byte[] bytes) {
    static final int SIZE = 64 * 1024;

    /**
     * Reads up to {@link #SIZE} bytes and pushes them back onto {@code in}.
     *
     * @throws InputException for a corrupt gzip stream or a file that is not CSV text
     */
    static HeaderSample read(String file, PushbackInputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(SIZE);
            in.unread(bytes);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw InputException.ofFile(file, "corrupt or truncated gzip stream (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        HeaderSample sample = new HeaderSample(bytes);
        if (!sample.isParquet()) {
            requireText(file, bytes);
        }
        return sample;
    }

    /** True when the bytes start with Parquet's magic {@code PAR1}: a columnar file, not CSV text. */
    boolean isParquet() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'A' && bytes[2] == 'R' && bytes[3] == '1';
    }

    /** Binary input would otherwise fail with control characters in the error line. */
    private static void requireText(String file, byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw InputException.ofFile(file, "is a zip archive (an .xlsx workbook?), not CSV: export or unzip the CSV first");
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            throw InputException.ofFile(file, "is UTF-16 text; save it as UTF-8 CSV");
        }
        for (int i = 0; i < Math.min(b.length, 4096); i++) {
            if (b[i] == 0) {
                throw InputException.ofFile(file, "is not a text CSV file (it contains NUL bytes: UTF-16, or another binary format?)");
            }
        }
    }

    /** The first record of the sample decoded in {@code charset}. */
    CsvHeader header(String file, Charset charset) {
        CsvTokenizer tok = new CsvTokenizer(new ByteArrayInputStream(bytes), file, ',');
        try {
            return new CsvHeader(file, CsvFile.headerNames(tok, file, charset));
        } catch (InputException e) {
            if (bytes.length < SIZE || tok.fieldCount() < 2) {
                throw e; // the whole file is in the sample: the header itself is malformed
            }
            // a header longer than the sample: recognise the format by the columns seen so far
            List<String> names = new ArrayList<>();
            for (int i = 0; i < tok.fieldCount() - 1; i++) {
                names.add(new String(tok.buffer(), tok.start(i), tok.end(i) - tok.start(i), charset).trim());
            }
            return new CsvHeader(file, names);
        }
    }
}
