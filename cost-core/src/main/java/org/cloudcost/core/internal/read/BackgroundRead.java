package org.cloudcost.core.internal.read;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A read that runs on a daemon thread of its own while the caller reads something else: its
 * result, or its failure rethrown as it was thrown, comes from {@link #join}. Failures keep
 * the order of a sequential read as long as the caller reads first what comes first and joins
 * after: the caller's own failure is met before this one's.
 *
 * <pre>{@code
 * BackgroundRead<Supplier<UsageFrame>> usage = BackgroundRead.start("cloudcost-usage-reader",
 *         () -> UsageCsvReader.readBuckets(files, usageLog, later));
 * try {
 *     billing = readBilling();
 * } catch (RuntimeException | Error e) {
 *     usage.cancel();
 *     throw e;
 * }
 * UsageFrame frame = usage.join().get();
 * }</pre>
 *
 * @param <T> what the read gives
 */
public final class BackgroundRead<T> {
    private final FutureTask<T> task;

    private BackgroundRead(Callable<T> read) {
        this.task = new FutureTask<>(read);
    }

    /** Starts {@code read} on a new daemon thread named {@code threadName}. */
    public static <T> BackgroundRead<T> start(String threadName, Callable<T> read) {
        BackgroundRead<T> r = new BackgroundRead<>(read);
        Thread thread = new Thread(r.task, threadName);
        thread.setDaemon(true);
        thread.start();
        return r;
    }

    /** Waits for the read: its result, or what it threw (a runtime exception or an error) thrown again. */
    public T join() {
        return await(task, "a read");
    }

    /**
     * Waits for {@code future}: its result, or what it threw (a runtime exception or an error)
     * thrown again as it was; interrupted, it is cancelled and the interrupt kept.
     *
     * @param what what is waited for, for the message of an interrupt ("reading billing files")
     */
    public static <T> T await(Future<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    /** Stops the read (its thread is interrupted); its result and failure are dropped. */
    public void cancel() {
        task.cancel(true);
    }
}
