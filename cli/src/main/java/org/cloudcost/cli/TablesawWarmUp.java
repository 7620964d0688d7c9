package org.cloudcost.cli;

import java.util.List;

import org.cloudcost.core.frame.BillingFrame;

/**
 * Starts Tablesaw's one-time initialization on a background thread at launch, so that it
 * overlaps the argument parsing, the configuration and (for {@code demo}) the writing of the
 * input files instead of adding to them. The first use of Tablesaw's {@code Table} runs its
 * static initializer, which scans the whole class path with ClassGraph for its file readers and
 * writers: on the shaded jar (78,000 entries) that is about 1 s of the demo's run
 * (docs/performance.md, "Demo end to end").
 *
 * <pre>{@code
 * TablesawWarmUp.start();   // first thing in main; the commands then use Tablesaw as usual
 * }</pre>
 *
 * <p>The thread builds the same empty billing table that cost-core's reader builds first
 * ({@link BillingFrame#emptyTable(List)}), so it and the main thread initialize Tablesaw's
 * classes in the same order (two threads initializing classes that need each other in opposite
 * orders could deadlock). A failure here is left for the main thread to meet and report where it
 * uses Tablesaw.
 */
final class TablesawWarmUp {
    private TablesawWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread thread = new Thread(TablesawWarmUp::run, "cloudcost-tablesaw-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            BillingFrame.emptyTable(List.of());
        } catch (RuntimeException | LinkageError e) {
            // the main thread meets the same failure where it first uses Tablesaw, and reports it there
        }
    }
}
