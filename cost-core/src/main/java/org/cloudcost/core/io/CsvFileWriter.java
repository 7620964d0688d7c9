package org.cloudcost.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes one CSV file (UTF-8, RFC 4180 quoting, {@code \n} line ends) with a fixed header, and
 * checks that every row has one cell per column: the input files {@code cloudcost analyze}
 * reads, written by a provider's {@code pull} or any tool. Not thread-safe.
 *
 * <pre>{@code
 * try (CsvFileWriter out = CsvFileWriter.create(dir.resolve("inventory.csv"), CanonicalCsv.INVENTORY)) {
 *     out.row("i-1", "Alibaba Cloud", "compute", "cn-hangzhou", "ecs.g7.xlarge", "4", "16", "running",
 *             "2025-02-01T00:00:00Z", "", "", "", "{\"env\":\"prod\"}");
 * }
 * }</pre>
 */
public final class CsvFileWriter implements Closeable {
    private final Path file;
    private final List<String> header;
    private final BufferedWriter out;
    private long rows;

    private CsvFileWriter(Path file, List<String> header, BufferedWriter out) {
        this.file = file;
        this.header = List.copyOf(header);
        this.out = out;
    }

    /**
     * Creates (or replaces) {@code file}, creating its folder, and writes the header.
     *
     * @throws IOException when the file cannot be written
     */
    public static CsvFileWriter create(Path file, List<String> header) throws IOException {
        Objects.requireNonNull(file, "file");
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV file needs at least one column");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CsvFileWriter w = new CsvFileWriter(file, header, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        w.line(header);
        return w;
    }

    /**
     * Writes one row; {@code null} cells are written empty.
     *
     * @throws IllegalArgumentException when the row does not have one cell per column
     * @throws IOException when the file cannot be written
     */
    public CsvFileWriter row(String... cells) throws IOException {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(file + ": a row of " + cells.length + " cells for the " + header.size()
                    + " columns " + header);
        }
        line(java.util.Arrays.asList(cells));
        rows++;
        return this;
    }

    /** Data rows written so far. */
    public long rows() {
        return rows;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    /** A cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break, quotes doubled. */
    static String quoted(String cell) {
        String v = cell == null ? "" : cell;
        for (int i = 0; i < v.length(); i++) { // one pass: half a million usage rows go through here
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + v.replace("\"", "\"\"") + '"';
            }
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
