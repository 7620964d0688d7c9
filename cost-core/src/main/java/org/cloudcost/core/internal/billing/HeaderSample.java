package org.cloudcost.core.internal.billing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.read.InputFiles;

/**
 * The first bytes of a (decompressed) file, enough to choose its format and encoding before
 * reading it for real.
 */
record HeaderSample(byte[] bytes) {
    private static final int SIZE = 64 * 1024;

    static HeaderSample read(Path file) {
        try (InputStream in = InputFiles.open(file, ProgressListener.NONE)) {
            return new HeaderSample(in.readNBytes(SIZE));
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw InputException.ofFile(file, "corrupt or truncated gzip stream (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The first record of the sample decoded in {@code charset}. */
    CsvHeader header(String file, Charset charset) {
        CsvTokenizer tok = new CsvTokenizer(new ByteArrayInputStream(bytes), file, ',', null);
        List<String> names = new ArrayList<>();
        boolean blankFirstLine = false;
        try {
            blankFirstLine = tok.next() && tok.isBlankLine();
            if (blankFirstLine) {
                while (tok.next()) {
                    if (!tok.isBlankLine()) {
                        throw new InputException(file, 1, 0, null, "line 1 is blank: expected a header row");
                    }
                }
            } else if (tok.fieldCount() > 0) {
                for (int i = 0; i < tok.fieldCount(); i++) {
                    names.add(new String(tok.buffer(), tok.start(i), tok.end(i) - tok.start(i), charset).trim());
                }
            }
        } catch (InputException e) {
            if (blankFirstLine) {
                throw e;
            }
            // a header longer than the sample or oddly quoted: detection sees what it got
        }
        if (names.isEmpty()) {
            throw new InputException(file, 1, 0, null, "empty file: expected a header row");
        }
        return new CsvHeader(file, names);
    }
}
