package org.cloudcost.bench.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling that is renamed into place only when the whole body
 * was written, so an interrupted generator never leaves a half file that looks finished.
 *
 * <pre>{@code
 * TempThenRename.write(out, os -> os.write(bytes));
 * }</pre>
 */
public final class TempThenRename {
    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private TempThenRename() {
    }

    /** Writes {@code out} with {@code body} (through a 1 MiB buffer); on a failure the temporary file is deleted. */
    public static void write(Path out, Body body) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            body.writeTo(os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
