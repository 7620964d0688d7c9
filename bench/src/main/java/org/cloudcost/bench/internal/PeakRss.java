package org.cloudcost.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's peak resident set size, {@code VmHWM} of {@code /proc/self/status} (Linux):
 * the most physical memory it held at any moment, heap, metaspace, thread stacks and native
 * allocations (DuckDB's buffers) alike. Read just before exit, it is the process's peak.
 *
 * <pre>{@code
 * long kb = PeakRss.kilobytes();   // -1 where /proc is missing (not Linux)
 * }</pre>
 */
public final class PeakRss {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {
    }

    /** Peak RSS in KiB, or -1 when {@code /proc/self/status} cannot be read. */
    public static long kilobytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
