package org.cloudcost.core;

/**
 * Told how far the readers are through their files, for a progress bar. Called on the reading
 * thread; implementations must be cheap.
 *
 * <pre>{@code
 * CostDataset.read().billing(path)
 *     .progress(new ProgressListener() {
 *         public void start(String file, long totalBytes) { System.err.println("reading " + file); }
 *         public void advance(long bytes) { }
 *         public void finish(String file) { }
 *     })
 *     .load();
 * }</pre>
 */
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String file, long totalBytes) {
        }

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void finish(String file) {
        }
    };

    /**
     * Reading of {@code file} starts; {@code totalBytes} is its size on disk (compressed for
     * .gz), or -1 when unknown (a pipe).
     */
    void start(String file, long totalBytes);

    /** {@code bytes} more bytes of the current file (on disk) were read. */
    void advance(long bytes);

    /** Reading of {@code file} is done. */
    void finish(String file);
}
