package org.cloudcost.core.internal.read;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.csv.TokenizedRow;

/**
 * An open CSV input positioned after its header: the tokenizer, the header and the row view,
 * with the record-shape checks every reader shares (blank lines, repeated headers, field
 * counts).
 *
 * <pre>{@code
 * try (CsvFile csv = CsvFile.open(path, progress)) {
 *     int id = csv.header().require("ResourceId");
 *     while (csv.next(log)) {
 *         String v = csv.row().text(id);
 *     }
 * }
 * }</pre>
 */
public final class CsvFile implements AutoCloseable {
    private final String name;
    private final CsvTokenizer tokenizer;
    private final CsvHeader header;
    private final TokenizedRow row;
    private final ProgressListener progress;
    private long dataLines;
    private long stopOffset = Long.MAX_VALUE;
    private boolean stopped;
    private boolean closed;

    private CsvFile(String name, CsvTokenizer tokenizer, CsvHeader header, Charset charset,
                    ProgressListener progress) {
        this.name = name;
        this.tokenizer = tokenizer;
        this.header = header;
        this.row = new TokenizedRow(tokenizer, header, charset);
        this.progress = progress;
    }

    /** Opens a UTF-8 file and reads its header. */
    public static CsvFile open(Path path, ProgressListener progress) {
        return open(path, progress, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Opens a file (plain or gzip) and reads its header in {@code charset}.
     *
     * @throws InputException when the file is missing, empty or has no header
     */
    public static CsvFile open(Path path, ProgressListener progress, Charset charset) {
        return open(path, InputFiles.open(path, progress), progress, charset);
    }

    /**
     * Reads the header of a stream already opened by {@link InputFiles#open} (and perhaps
     * sampled); the returned file closes it.
     *
     * @throws InputException when the stream is empty or has no header
     */
    public static CsvFile open(Path path, java.io.InputStream in, ProgressListener progress, Charset charset) {
        return open(path.toString(), in, progress, charset);
    }

    /**
     * Reads the header of a stream that is not a local file ({@code s3://bucket/key}), opened by
     * {@link InputFiles#open(String, long, java.io.InputStream, ProgressListener)}; the returned
     * file closes it.
     */
    public static CsvFile open(String name, java.io.InputStream in, ProgressListener progress, Charset charset) {
        CsvTokenizer tok = new CsvTokenizer(in, name, ',');
        try {
            return new CsvFile(name, tok, new CsvHeader(name, headerNames(tok, name, charset)), charset, progress);
        } catch (RuntimeException e) {
            tok.close();
            throw e;
        }
    }

    /**
     * A file read from the middle: {@code tok} starts at a record boundary after the header
     * (see {@link CsvTokenizer#continuing}), whose names the caller already has. Closing it
     * closes the tokenizer but reports nothing to {@code progress}.
     */
    public static CsvFile continuing(String name, CsvTokenizer tok, CsvHeader header, Charset charset) {
        return new CsvFile(name, tok, header, charset, null);
    }

    /**
     * Reads the first record of {@code tok} as the header's column names.
     *
     * @throws InputException when there is none, or line 1 is blank
     */
    public static List<String> headerNames(CsvTokenizer tok, String name, Charset charset) {
        if (!tok.next()) {
            throw new InputException(name, 1, 0, null, "empty file: expected a header row");
        }
        if (tok.isBlankLine()) {
            while (tok.next()) {
                if (!tok.isBlankLine()) {
                    throw new InputException(name, 1, 0, null, "line 1 is blank: expected a header row");
                }
            }
            throw new InputException(name, 1, 0, null, "empty file: expected a header row");
        }
        List<String> names = new ArrayList<>(tok.fieldCount());
        for (int i = 0; i < tok.fieldCount(); i++) {
            names.add(new String(tok.buffer(), tok.start(i), tok.end(i) - tok.start(i), charset).trim());
        }
        return names;
    }

    /** The header. */
    public CsvHeader header() {
        return header;
    }

    /** The current record. */
    public TokenizedRow row() {
        return row;
    }

    /**
     * Makes {@link #next} end before the first record that starts at or after {@code offset}
     * (counted from the tokenizer's first byte): a part of a file read on its own ends where
     * the next part begins. That record is consumed but not returned.
     */
    public void stopAt(long offset) {
        this.stopOffset = offset;
    }

    /** True when {@link #next} ended at the {@link #stopAt} offset rather than at the end of the input. */
    public boolean stoppedAtLimit() {
        return stopped;
    }

    /** The tokenizer, for byte offsets and line counts. */
    public CsvTokenizer tokenizer() {
        return tokenizer;
    }

    /** Data records returned by {@link #next} so far. */
    public long dataLines() {
        return dataLines;
    }

    /**
     * Advances to the next data record. Blank lines and repeated header lines (from files
     * concatenated with their headers) are skipped and logged.
     *
     * @return false at the end of the file
     * @throws InputException when a record has more or fewer fields than the header
     */
    public boolean next(ReadLog log) {
        while (tokenizer.next()) {
            if (tokenizer.recordOffset() >= stopOffset) {
                stopped = true;
                return false;
            }
            if (tokenizer.isBlankLine()) {
                log.skipped(name, tokenizer.recordLine(), "blank line", null, null);
                continue;
            }
            int n = tokenizer.fieldCount();
            int expected = header.size();
            if (n == expected && isRepeatedHeader()) {
                log.skipped(name, tokenizer.recordLine(), "repeated header line", null, null);
                continue;
            }
            if (n < expected) {
                throw new InputException(name, tokenizer.recordLine(), n + 1, header.name(n),
                        "truncated line: it has " + n + " fields, the header has " + expected);
            }
            if (n > expected) {
                throw new InputException(name, tokenizer.recordLine(), expected + 1, null,
                        "line has " + n + " fields, the header has " + expected + " (an unquoted delimiter?)");
            }
            dataLines++;
            return true;
        }
        return false;
    }

    /** Every field equals the header's name (a header in another order is no repeat: it is an error). */
    private boolean isRepeatedHeader() {
        if (!row.equalsIgnoreCase(0, header.name(0))) {
            return false;
        }
        for (int i = 1; i < header.size(); i++) {
            if (!row.text(i).trim().equalsIgnoreCase(header.name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tokenizer.close();
        if (progress != null) {
            progress.finish(name);
        }
    }
}
