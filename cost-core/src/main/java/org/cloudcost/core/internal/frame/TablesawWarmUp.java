package org.cloudcost.core.internal.frame;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cloudcost.core.frame.BillingFrame;

/**
 * Starts Tablesaw's one-time initialization on a background thread, so that it overlaps other
 * work instead of adding to it. The first use of Tablesaw's {@code Table} runs its static
 * initializer, which scans the whole class path with ClassGraph for its file readers and
 * writers: on the shaded jar (78,000 entries) that is about 1 s (docs/performance.md, "Demo end
 * to end"). The CLI starts it first thing in {@code main}; {@code CostDataset.read()...load()}
 * starts it before reading (a no-op when already started), so the scan overlaps the reading of
 * the billing files, which need Tablesaw only when their frame is built.
 *
 * <pre>{@code
 * TablesawWarmUp.start();   // returns at once; later uses of Tablesaw wait for it if need be
 * }</pre>
 *
 * <p>The thread builds the same empty billing table that cost-core's reader builds first
 * ({@link BillingFrame#emptyTable(List)}), so it and the main thread initialize Tablesaw's
 * classes in the same order (two threads initializing classes that need each other in opposite
 * orders could deadlock). A failure here is left for the main thread to meet and report where it
 * uses Tablesaw.
 */
public final class TablesawWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TablesawWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, once per JVM, and returns at once. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
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
