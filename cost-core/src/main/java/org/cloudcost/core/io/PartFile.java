package org.cloudcost.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes one output CSV of a provider's pull the way every pull must: the rows go to
 * {@code FILE.part}, which is moved onto {@code FILE} (replacing it) only when the body has
 * finished; when the body throws, the {@code .part} file is deleted and {@code FILE} is left as it
 * was. A failed pull therefore never leaves a partial file that {@code cloudcost analyze} would
 * read as complete.
 *
 * <pre>{@code
 * long rows = PartFile.write(Path.of("out/storage.csv"), CanonicalCsv.STORAGE, out -> {
 *     out.row("app-logs", "logs/", "Standard", "4096", "2", "2024-01-31T23:00:00Z", "");
 *     return out.rows();
 * });
 * }</pre>
 */
public final class PartFile {
    private PartFile() {
    }

    /** What is written into the {@code .part} file; its result is handed back once the file is in place. */
    @FunctionalInterface
    public interface Body<T> {
        T write(CsvFileWriter out) throws IOException;
    }

    /** The {@code .part} sibling of {@code file}. */
    public static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /**
     * Writes {@code columns} and what {@code body} adds to {@code file.part}, then moves it onto
     * {@code file}.
     *
     * @return what {@code body} returned
     * @throws IOException when the file cannot be written or moved (nothing is left behind)
     */
    public static <T> T write(Path file, List<String> columns, Body<T> body) throws IOException {
        Path part = partOf(file);
        try {
            T result;
            try (CsvFileWriter out = CsvFileWriter.create(part, columns)) {
                result = body.write(out);
            }
            publish(part, file);
            return result;
        } finally {
            Files.deleteIfExists(part);   // gone already once moved; a failed write or move leaves nothing
        }
    }

    private static void publish(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
