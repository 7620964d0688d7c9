package org.cloudcost.core.internal.read;

import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.ProgressListener;

/**
 * The progress of a read that runs beside another ({@link BackgroundRead}): held back until
 * {@link #live()}, then replayed and passed on as it comes. A progress bar follows one file at
 * a time; this keeps the second read's files after the first's.
 *
 * <pre>{@code
 * DeferredProgress later = new DeferredProgress(progress);
 * BackgroundRead<T> side = BackgroundRead.start("reader", () -> read(files, later));
 * readOthers(progress);
 * later.live();                 // the side read's files show from here
 * T result = side.join();
 * }</pre>
 */
public final class DeferredProgress implements ProgressListener {
    private final ProgressListener delegate;
    private final List<Runnable> held = new ArrayList<>();
    private boolean live;

    /** Progress for {@code delegate}, held until {@link #live()}. */
    public DeferredProgress(ProgressListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void start(String file, long totalBytes) {
        pass(() -> delegate.start(file, totalBytes));
    }

    @Override
    public synchronized void advance(long bytes) {
        pass(() -> delegate.advance(bytes));
    }

    @Override
    public synchronized void finish(String file) {
        pass(() -> delegate.finish(file));
    }

    /** Replays what was held, in order, and passes everything after it on at once. */
    public synchronized void live() {
        live = true;
        held.forEach(Runnable::run);
        held.clear();
    }

    private void pass(Runnable event) {
        if (live) {
            event.run();
        } else {
            held.add(event);
        }
    }
}
