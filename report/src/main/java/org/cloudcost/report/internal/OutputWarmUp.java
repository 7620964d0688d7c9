package org.cloudcost.report.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudcost.report.charts.ChartSet;
import org.cloudcost.report.xlsx.internal.WorkbookWarmUp;

/**
 * Loads and initializes the libraries the outputs use (POI for the workbook, XChart, Java2D,
 * fonts and the PNG encoder for the charts) on a background thread, by writing a small workbook
 * and drawing a small chart to no file: in a cold JVM that is about 0.7 s of the first write of
 * the outputs (docs/performance.md, "Demo end to end"), which can run on a second core while the
 * analysis runs on the first. The real writes call {@link #await()} first, so the warm-up and
 * they never initialize the same classes at the same time.
 *
 * <pre>{@code
 * OutputWarmUp.start();            // Report.warmUp(): returns at once
 * AnalysisResult result = dataset.analyze();
 * OutputWarmUp.await();            // Report's writes: waits for the warm-up if it is still running
 * }</pre>
 *
 * <p>A failure here is left for the real write to meet and report.
 */
public final class OutputWarmUp {
    private static final AtomicReference<Thread> STARTED = new AtomicReference<>();

    private OutputWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, once per JVM, and returns at once. */
    public static void start() {
        if (STARTED.get() != null) {
            return;
        }
        Thread thread = new Thread(OutputWarmUp::run, "cloudcost-report-warm-up");
        thread.setDaemon(true);
        if (STARTED.compareAndSet(null, thread)) {
            thread.start();
        }
    }

    /** Waits until a started warm-up has ended; returns at once when none was started. */
    public static void await() {
        Thread thread = STARTED.get();
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            WorkbookWarmUp.write();
            ChartSet.warmUp();
        } catch (IOException | RuntimeException | LinkageError e) {
            // the real write meets the same failure and reports it
        }
    }
}
