package org.cloudcost.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real sample files in {@code ../shared/data}, beside the repository. A user's clone has no
 * {@code ../shared}: tests that need a sample call {@link #require} and are skipped with a
 * visible reason where it is absent.
 *
 * <pre>{@code
 * Path cur = SharedSamples.require("focus-sample-1.0/focus_sample.csv");
 * }</pre>
 */
public final class SharedSamples {
    private SharedSamples() {
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code mvnw}. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** {@code ../shared/data/<relative>}, or the test is skipped (aborted) with the reason. */
    public static Path require(String relative) {
        Path file = repoRoot().resolve("../shared/data").resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(file), () -> "skipped: real sample " + file
                + " is absent (../shared is not part of a user's clone)");
        return file;
    }
}
