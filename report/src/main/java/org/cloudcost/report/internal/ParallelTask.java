package org.cloudcost.report.internal;

import java.io.IOException;
import java.util.Objects;

/**
 * One piece of output work run on its own thread while the caller does another, then joined:
 * its result, or the very exception it threw ({@link IOException}, runtime exception or error),
 * rethrown in the caller's thread. Used to draw the PNG charts on the second core while the
 * workbook is written; the two share only the immutable analysis.
 *
 * <pre>{@code
 * ParallelTask<List<Path>> pngs = ParallelTask.start("cloudcost-charts", () -> charts.writeTo(dir));
 * writeWorkbook();
 * List<Path> written = pngs.join();   // throws what writeTo threw
 * }</pre>
 *
 * @param <T> the result
 */
public final class ParallelTask<T> {

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T call() throws IOException;
    }

    private final Thread thread;
    private T result;
    private Throwable failure;

    private ParallelTask(String threadName, Work<T> work) {
        this.thread = new Thread(() -> run(work), threadName);
        // a daemon: a caller that fails and exits is not held up by a drawing it no longer needs
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named {@code threadName}. */
    public static <T> ParallelTask<T> start(String threadName, Work<T> work) {
        ParallelTask<T> task = new ParallelTask<>(threadName, Objects.requireNonNull(work, "work"));
        task.thread.start();
        return task;
    }

    private void run(Work<T> work) {
        try {
            result = work.call();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * Waits for the work to end.
     *
     * @return its result
     * @throws IOException what the work threw, as thrown
     */
    public T join() throws IOException {
        awaitEnd();
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return result;
    }

    /**
     * Waits for the work to end and ignores its outcome: for a caller that already has a failure
     * of its own to report, and must not leave the work writing files behind its back.
     */
    public void joinQuietly() {
        awaitEnd();
    }

    private void awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                // Thread.join: the fields the work wrote are visible after it returns
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ParallelTask{" + thread.getName() + (thread.isAlive() ? ", running" : ", done") + "}";
    }
}
