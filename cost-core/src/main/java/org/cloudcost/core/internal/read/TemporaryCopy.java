package org.cloudcost.core.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.core.InputException;

/**
 * A stream copied to a temporary file, for a reader that needs a local file (Parquet is read by
 * ranges, not front to back): {@code cloudcost-*.parquet} in {@code java.io.tmpdir}, deleted by
 * the caller once read. It takes as much disk as the stream's bytes.
 *
 * <pre>{@code
 * Path copy = TemporaryCopy.of("s3://billing/exports/data/BILLING_PERIOD=2026-10/e-00001.snappy.parquet", in);
 * try {
 *     read(copy);
 * } finally {
 *     TemporaryCopy.delete(copy);
 * }
 * }</pre>
 */
public final class TemporaryCopy {
    private TemporaryCopy() {
    }

    /**
     * Copies {@code in} to a new temporary file; on any failure the file is deleted.
     *
     * @param name the stream as the user named it, for messages
     * @throws InputException naming {@code name} when the temporary file cannot be made or written (disk full)
     * @throws IOException when reading {@code in} fails
     */
    public static Path of(String name, InputStream in) throws IOException {
        Path copy;
        try {
            copy = Files.createTempFile("cloudcost-", ".parquet");
        } catch (IOException e) {
            throw unwritable(name, Path.of(System.getProperty("java.io.tmpdir")), e);
        }
        boolean copied = false;
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw unwritable(name, copy.getParent(), e);
                }
            }
            copied = true;
            return copy;
        } finally {
            if (!copied) {
                delete(copy);
            }
        }
    }

    /** Deletes a copy; one that cannot be deleted is left in the temporary folder. */
    public static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // left for the system's cleaning of its temporary folder
        }
    }

    private static InputException unwritable(String name, Path folder, IOException e) {
        return InputException.ofFile(name, "is read from a local copy (Parquet is read by ranges), but it cannot be written to "
                + folder + " (" + e.getMessage() + "); set java.io.tmpdir to a folder with room for it,"
                + " e.g. CLOUDCOST_JAVA_OPTS=-Djava.io.tmpdir=/data/tmp");
    }
}
