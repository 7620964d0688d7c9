package org.cloudcost.core.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a file from an offset to its end, read with positional reads of a channel that
 * other threads read at other offsets at the same time. Closing it leaves the channel open.
 */
public final class FileRangeInputStream extends InputStream {
    private final FileChannel channel;
    private long position;

    /** Reads {@code channel} from {@code start}. */
    public FileRangeInputStream(FileChannel channel, long start) {
        this.channel = channel;
        this.position = start;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, len), position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }
}
