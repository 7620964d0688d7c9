package org.cloudcost.core.internal.canonical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.GZIPOutputStream;

/** The canonical CSV fixtures under {@code src/test/resources/canonical/}, and gzip copies of them. */
final class Fixtures {
    private Fixtures() {
    }

    /** The fixture at {@code canonical/<name>} on the test class path. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/canonical/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture canonical/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A gzip copy of {@code source} written to {@code target}. */
    static Path gzip(Path source, Path target) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Shorthand for a UTC date-time in assertions. */
    static LocalDateTime utc(String isoLocal) {
        return LocalDateTime.parse(isoLocal);
    }
}
