package org.cloudcost.core.internal.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the data of a CSV file into byte ranges that can be parsed at the same time: each
 * range after the first starts just after a line feed, found by scanning forward from an evenly
 * spaced offset.
 *
 * <p>A line feed inside a quoted field looks the same as one that ends a record, so a start is
 * only a guess until the range before it has been parsed: that parse ends at the first record
 * starting at or after the guess, and when the two differ the range is parsed again from the
 * true start ({@link BillingFilePlan}). The guess is right unless the scan lands in a quoted
 * field that spans lines, so a re-parse is rare and the result never depends on it.
 */
final class FileChunks {
    private static final int SCAN = 64 * 1024;

    private FileChunks() {
    }

    /**
     * The start offsets of the ranges, strictly increasing, the first being {@code dataStart};
     * each range ends where the next starts, the last at {@code size}.
     */
    static long[] starts(FileChannel channel, long dataStart, long size, long chunkBytes) {
        List<Long> starts = new ArrayList<>();
        starts.add(dataStart);
        ByteBuffer buf = ByteBuffer.allocate(SCAN);
        for (long nominal = dataStart + chunkBytes; nominal < size; nominal += chunkBytes) {
            long after = afterLineFeed(channel, nominal - 1, size, buf);
            if (after < 0 || after >= size) {
                break;
            }
            if (after > starts.get(starts.size() - 1)) {
                starts.add(after);
            }
            nominal = Math.max(nominal, after - 1);
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The offset after the first line feed at or after {@code from}, or -1 when there is none. */
    private static long afterLineFeed(FileChannel channel, long from, long size, ByteBuffer buf) {
        long at = from;
        try {
            while (at < size) {
                buf.clear();
                int n = channel.read(buf, at);
                if (n <= 0) {
                    return -1;
                }
                byte[] b = buf.array();
                for (int i = 0; i < n; i++) {
                    if (b[i] == '\n') {
                        return at + i + 1;
                    }
                }
                at += n;
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
