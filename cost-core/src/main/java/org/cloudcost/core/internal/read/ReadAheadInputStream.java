package org.cloudcost.core.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own, so the work of producing its bytes (inflating
 * gzip) runs on one core while the reader parses them on another. Blocks of
 * {@value #BLOCK} bytes, at most {@value #BLOCKS_AHEAD} ahead: memory stays bounded. An
 * {@link IOException} of the source reaches the reader, unchanged, where its bytes would have.
 *
 * <pre>{@code
 * try (InputStream in = new ReadAheadInputStream(new GZIPInputStream(raw), "bill.csv.gz")) {
 *     in.read(buffer);   // decompressed on the read-ahead thread
 * }
 * }</pre>
 */
public final class ReadAheadInputStream extends InputStream {
    static final int BLOCK = 1 << 20;
    static final int BLOCKS_AHEAD = 4;

    private static final Block END = new Block(new byte[0], 0, null);

    private final InputStream source;
    private final BlockingQueue<Block> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private Block current;
    private int pos;

    private record Block(byte[] bytes, int length, IOException error) {
    }

    /** Starts reading {@code source} ahead; {@code name} names the thread. */
    public ReadAheadInputStream(InputStream source, String name) {
        this.source = source;
        this.thread = new Thread(this::fill, "cloudcost-read-ahead " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void fill() {
        try {
            while (!closed) {
                byte[] b = new byte[BLOCK];
                int n = source.readNBytes(b, 0, b.length);
                if (n > 0) {
                    blocks.put(new Block(b, n, null));
                }
                if (n < b.length) {
                    blocks.put(END);
                    return;
                }
            }
        } catch (IOException e) {
            putQuietly(new Block(null, 0, e));
        } catch (RuntimeException e) {
            putQuietly(new Block(null, 0, new IOException(e.getMessage(), e)));
        } catch (InterruptedException e) {
            // closed while waiting for room
        }
    }

    private void putQuietly(Block b) {
        try {
            blocks.put(b);
        } catch (InterruptedException e) {
            // closed: nobody reads any more
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current.bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        if (!advance()) {
            return -1;
        }
        return current.bytes[pos++] & 0xFF;
    }

    /** Makes {@code current} a block with bytes left; false at the end. */
    private boolean advance() throws IOException {
        while (current == null || pos >= current.length) {
            if (current == END) {
                return false;
            }
            try {
                current = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading ahead");
            }
            pos = 0;
            if (current.error != null) {
                IOException e = current.error;
                current = END;
                throw e;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        thread.interrupt();
        source.close();
    }
}
