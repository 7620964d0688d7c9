package org.cloudcost.parquet.internal;

import java.sql.SQLException;
import java.util.function.Function;

/**
 * Runs the slices of a scan at once: slice 0 on the calling thread, each other one on a thread
 * of its own, and returns when all have ended. A failure does not stop the other slices (they
 * are short, and the table they read must outlive them); the first failure by slice is rethrown.
 *
 * <pre>{@code
 * Slices.run(2, slice -> fetch(slice), e -> unreadable(name, e));
 * }</pre>
 */
final class Slices {

    /** One slice's work. */
    interface Task {
        void run(int slice) throws SQLException;
    }

    private Slices() {
    }

    /**
     * Runs {@code task} for slices {@code 0 … count - 1}.
     *
     * @param failure turns a slice's {@link SQLException} into the exception to throw
     */
    static void run(int count, Task task, Function<SQLException, RuntimeException> failure) {
        Throwable[] failures = new Throwable[count];
        Thread[] threads = new Thread[count];
        for (int s = 1; s < count; s++) {
            int slice = s;
            threads[s] = new Thread(() -> failures[slice] = attempt(task, slice), "cloudcost-parquet-slice-" + s);
            threads[s].setDaemon(true);
            threads[s].start();
        }
        failures[0] = attempt(task, 0);
        boolean interrupted = false;
        for (int s = 1; s < count; s++) {
            while (true) {
                try {
                    threads[s].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the slices read a table that is closed after them: wait for them
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable t : failures) {
            if (t instanceof SQLException e) {
                throw failure.apply(e);
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    private static Throwable attempt(Task task, int slice) {
        try {
            task.run(slice);
            return null;
        } catch (SQLException | RuntimeException | Error e) {
            return e;
        }
    }
}
