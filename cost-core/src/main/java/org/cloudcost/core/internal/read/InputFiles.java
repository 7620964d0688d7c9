package org.cloudcost.core.internal.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;

/**
 * Opens an input file for a reader: plain or gzip (recognised by its magic bytes, whatever
 * the name says), with the bytes read from disk reported to a {@link ProgressListener}.
 * Gzip is read by {@link StrictGzipInputStream}: every member of a multi-member file, and an
 * error (never a silent end) for trailing garbage, a damaged member or a truncated file; it is
 * inflated ahead on a thread of its own ({@link ReadAheadInputStream}).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Opens {@code file}; the caller closes the stream.
     *
     * @throws InputException when the file is missing, unreadable, empty or a corrupt gzip stream
     */
    public static InputStream open(Path file, ProgressListener progress) {
        if (!Files.exists(file)) {
            throw InputException.ofFile(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw InputException.ofFile(file, "is a directory; expected a CSV file (plain or .gz)");
        }
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1; // -1: a pipe, e.g. <(zcat bill.csv.gz)
            if (size == 0) {
                throw InputException.ofFile(file, "empty file: expected a header row and data");
            }
            return decompressed(file.toString(), size, Files.newInputStream(file), progress);
        } catch (NoSuchFileException e) {
            throw InputException.ofFile(file, "file not found");
        } catch (java.nio.file.AccessDeniedException e) {
            throw InputException.ofFile(file, "permission denied");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Wraps a stream that is not a local file ({@code s3://bucket/key}, already opened by its
     * source) as {@link #open(Path, ProgressListener)} wraps a file: progress, gzip by magic
     * bytes. The caller closes the returned stream, which closes {@code raw}.
     *
     * @param size its size in bytes, or -1 when unknown
     * @throws InputException when it is empty or a corrupt gzip stream
     */
    public static InputStream open(String name, long size, InputStream raw, ProgressListener progress) {
        if (size == 0) {
            closeQuietly(raw);
            throw InputException.ofFile(name, "empty file: expected a header row and data");
        }
        try {
            return decompressed(name, size, raw, progress);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream decompressed(String name, long size, InputStream source, ProgressListener progress)
            throws IOException {
        progress.start(name, size);
        PushbackInputStream in = new PushbackInputStream(new CountingInputStream(source, progress), 2);
        int b0 = in.read();
        int b1 = in.read();
        if (b1 >= 0) {
            in.unread(b1);
        }
        if (b0 >= 0) {
            in.unread(b0);
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            try {
                // inflating takes about as long as parsing: give it a thread of its own
                return new ReadAheadInputStream(new StrictGzipInputStream(in), name);
            } catch (ZipException | java.io.EOFException e) {
                in.close();
                throw new InputException(name, 0, 0, null, "corrupt gzip stream (" + e.getMessage() + ")");
            }
        }
        return in;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }

    /** Reports every byte read to the listener. */
    private static final class CountingInputStream extends FilterInputStream {
        private final ProgressListener progress;

        CountingInputStream(InputStream in, ProgressListener progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.advance(n);
            }
            return n;
        }
    }
}
