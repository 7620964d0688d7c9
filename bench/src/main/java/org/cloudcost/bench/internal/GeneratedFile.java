package org.cloudcost.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * What a generator wrote, kept next to the file as {@code FILE.expected}: the generator and its
 * version, the data lines, the bytes, the exact billed-cost total and, where the generator counts
 * them, the groups, computed while writing and independently of every reader under test. A file
 * whose sidecar matches the generator, the lines and the size on disk is not written again.
 *
 * <pre>{@code
 * GeneratedFile g = GeneratedFile.readFor(Path.of("cur-1000000.csv"));
 * if (g != null && g.matches("CurCsvGenerator/1", 1_000_000, file)) { ... keep it ... }
 * }</pre>
 *
 * @param generator  {@code Name/version}, e.g. {@code CurCsvGenerator/1}
 * @param lines      data lines (records, not counting the header; a quoted line break does not make a record)
 * @param bytes      the file's size
 * @param billedCost the exact sum of the billed-cost column
 * @param groups     distinct (resource, service, charge day) the generator made, when it counts them
 *                   ({@code FocusCsvGenerator} does)
 */
public record GeneratedFile(String generator, long lines, long bytes, BigDecimal billedCost, OptionalLong groups) {

    /** Checks that nothing is missing. */
    public GeneratedFile {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(billedCost, "billedCost");
        Objects.requireNonNull(groups, "groups");
    }

    /** A file whose generator does not count groups. */
    public GeneratedFile(String generator, long lines, long bytes, BigDecimal billedCost) {
        this(generator, lines, bytes, billedCost, OptionalLong.empty());
    }

    /** The sidecar of {@code file}: {@code FILE.expected}. */
    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".expected");
    }

    /** Writes the sidecar of {@code file}: by hand, not {@code Properties.store}, which adds a date. */
    public void writeFor(Path file) throws IOException {
        String text = "# written by " + generator + " while writing " + file.getFileName() + "\n"
                + "generator=" + generator + "\n"
                + "lines=" + lines + "\n"
                + "bytes=" + bytes + "\n"
                + "billedCostTotal=" + billedCost.toPlainString() + "\n"
                + (groups.isPresent() ? "groups=" + groups.getAsLong() + "\n" : "");
        Files.writeString(sidecar(file), text, StandardCharsets.ISO_8859_1);
    }

    /** The sidecar of {@code file}, or null when there is none or it lacks a key. */
    public static GeneratedFile readFor(Path file) {
        Path p = sidecar(file);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String generator = props.getProperty("generator");
        String lines = props.getProperty("lines");
        String bytes = props.getProperty("bytes");
        String total = props.getProperty("billedCostTotal");
        if (generator == null || lines == null || bytes == null || total == null) {
            return null;
        }
        String groups = props.getProperty("groups");
        return new GeneratedFile(generator, Long.parseLong(lines), Long.parseLong(bytes), new BigDecimal(total),
                groups == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(groups)));
    }

    /** True when this sidecar says {@code file} is what {@code generator} writes for {@code lines}, and its size agrees. */
    public boolean matches(String generator, long lines, Path file) throws IOException {
        return this.generator.equals(generator) && this.lines == lines && Files.isRegularFile(file)
                && Files.size(file) == bytes;
    }
}
