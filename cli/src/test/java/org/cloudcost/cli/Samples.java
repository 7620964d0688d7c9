package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The project's own sample files, found from the cli module folder (where Surefire runs). */
final class Samples {
    private Samples() {
    }

    /** {@code samples/data/focus-small.csv}: FOCUS 1.2, CNY, 2026-10, billed total 2070.180195. */
    static Path focusSmall() {
        Path file = Path.of("..", "samples", "data", "focus-small.csv").toAbsolutePath().normalize();
        assertThat(file).as("the sample FOCUS file").isRegularFile();
        return file;
    }
}
