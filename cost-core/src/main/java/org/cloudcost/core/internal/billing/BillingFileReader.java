package org.cloudcost.core.internal.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.read.BackgroundRead;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.FileRangeInputStream;
import org.cloudcost.core.internal.read.InputFiles;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Reads billing files of any registered format into one {@link BillingFrame}: picks the format
 * (forced, or recognised from the header), streams the records through its mapper into a
 * {@link BillingAggregator}, and keeps the exact source total of the billed-cost column, kept
 * and skipped lines alike, for the reconciliation.
 *
 * <p>It uses every core. A large plain local file is split into byte ranges
 * ({@link FileChunks}) parsed on a pool of threads; other files (gzip, streams, small files)
 * are parsed whole, several at a time, gzip inflated on a thread of its own. The parts are
 * added to the whole in file order — a range whose guessed start proves wrong is parsed again
 * from the true one, line numbers are moved to count from the top of the file, and the first
 * error in file order is the one reported — and the sums are exact ({@link ExactSum}), so the
 * frame, the read report and every error are those of a sequential read.
 */
public final class BillingFileReader {
    /** Smallest byte range worth a task of its own; a file under two of these is read whole. */
    static final long MIN_CHUNK_BYTES = 8L << 20;
    /** Largest byte range: bounds the memory of the parts waiting to be added (measured in docs/performance.md). */
    static final long MAX_CHUNK_BYTES = 64L << 20;
    /** System property: the number of parsing threads (default: the available processors, at most 8). */
    public static final String THREADS_PROPERTY = "cloudcost.readThreads";
    /** System property: the byte range size (default: from the file size); for tests and benchmarks. */
    public static final String RANGE_BYTES_PROPERTY = "cloudcost.readRangeBytes";

    private final TagColumns tags;
    private final ProgressListener progress;
    private final int threads;
    private final long chunkBytes;
    private final boolean grouping;
    private int rereads;

    /** A reader whose frame carries {@code tags}, reporting bytes to {@code progress}. */
    public BillingFileReader(TagColumns tags, ProgressListener progress) {
        this(tags, progress, intProperty(THREADS_PROPERTY, Math.min(8, Runtime.getRuntime().availableProcessors())),
                intProperty(RANGE_BYTES_PROPERTY, 0), true);
    }

    /**
     * As above with a given number of threads (1: everything on the calling thread), byte range
     * size (0: chosen from the file size), and whether records may be grouped before mapping
     * ({@link LineGroups}; tests compare with record-by-record mapping).
     */
    BillingFileReader(TagColumns tags, ProgressListener progress, int threads, long chunkBytes, boolean grouping) {
        this.grouping = grouping;
        this.tags = tags;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.chunkBytes = chunkBytes;
    }

    private static int intProperty(String name, int fallback) {
        String forced = System.getProperty(name);
        if (forced == null || forced.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(1, Integer.parseInt(forced.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + forced + "\"");
        }
    }

    /** Byte ranges parsed again because their guessed start was inside a quoted field (for tests). */
    int rereadRanges() {
        return rereads;
    }

    /**
     * Reads every file into one frame.
     *
     * @param formatIds per file, a format to force, or empty to recognise the file by its header
     * @throws InputException for the first bad input, in file order
     */
    public BillingFrame read(List<Source> sources, List<Optional<String>> formatIds, ReadLog log) {
        BillingAggregator aggregator = new BillingAggregator(tags.columns());
        ProgressListener shared = threads > 1 ? new SynchronizedProgress(progress) : progress;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, BillingFileReader::daemon) : null;
        Deque<Pending> window = new ArrayDeque<>();
        List<BillingFilePlan> plans = new ArrayList<>();
        try {
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                BillingFilePlan plan = plan(source, formatIds.get(i), shared, aggregator, log, window);
                if (plan == null) {
                    continue; // a columnar file, already read
                }
                plans.add(plan);
                List<BillingFilePlan.Task> tasks = plan.tasks();
                for (int t = 0; t < tasks.size(); t++) {
                    while (window.size() >= 2 * threads) {
                        complete(window.poll(), aggregator, log);
                    }
                    window.add(new Pending(plan, tasks.get(t), t == tasks.size() - 1, submit(pool, tasks.get(t))));
                }
            }
            while (!window.isEmpty()) {
                complete(window.poll(), aggregator, log);
            }
        } finally {
            window.forEach(p -> p.future.cancel(true));
            if (pool != null) {
                pool.shutdownNow();
            }
            plans.forEach(BillingFilePlan::close);
            rereads += plans.stream().mapToInt(BillingFilePlan::rereads).sum();
        }
        return aggregator.toFrame();
    }

    private BillingFilePlan plan(Source source, Optional<String> formatId, ProgressListener shared,
                                 BillingAggregator aggregator, ReadLog log, Deque<Pending> window) {
        String file = source.name();
        FileChannel channel = rangeable(source);
        PushbackInputStream in;
        if (channel != null) {
            in = new PushbackInputStream(new FileRangeInputStream(channel, 0), HeaderSample.SIZE);
        } else {
            in = new PushbackInputStream(source.open(shared), HeaderSample.SIZE);
        }
        try {
            HeaderSample sample = HeaderSample.read(file, in);
            if (sample.isParquet()) {
                closeQuietly(channel);
                while (!window.isEmpty()) { // the read report lists files in the order given
                    complete(window.poll(), aggregator, log);
                }
                if (source.file() == null) {
                    new ColumnarBillingFiles(tags, shared).read(source, in, formatId, aggregator, log); // closes in
                } else {
                    closeQuietly(in);
                    new ColumnarBillingFiles(tags, shared).read(source, formatId, aggregator, log);
                }
                return null;
            }
            BillingFormat format = formatId.map(id -> forced(id, file)).orElseGet(() -> detect(file, sample));
            Charset charset = format.charset(sample.bytes());
            if (channel == null) {
                return BillingFilePlan.whole(file, CsvFile.open(file, in, shared, charset), format, charset, tags, shared,
                        threads, grouping);
            }
            long size = channel.size();
            shared.start(file, size);
            try (CsvFile head = CsvFile.open(file, in, ProgressListener.NONE, charset)) {
                long dataStart = head.tokenizer().offset();
                long headerLines = head.tokenizer().lineBreaks();
                return BillingFilePlan.ranges(file, channel, size, head.header().names(), dataStart, headerLines,
                        rangeBytes(size), format, charset, tags, shared, threads, grouping);
            }
        } catch (IOException e) {
            closeQuietly(in);
            closeQuietly(channel);
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * An open channel when {@code source} is a plain local file large enough to split into byte
     * ranges (and there is more than one thread); null when it is read as a stream.
     */
    private FileChannel rangeable(Source source) {
        if (threads < 2 || source.file() == null || !Files.isRegularFile(source.file())) {
            return null;
        }
        try {
            long size = Files.size(source.file());
            if (size < 2 * minRangeBytes()) {
                return null;
            }
            FileChannel channel = FileChannel.open(source.file(), StandardOpenOption.READ);
            ByteBuffer magic = ByteBuffer.allocate(2);
            channel.read(magic, 0);
            if (magic.get(0) == (byte) 0x1F && magic.get(1) == (byte) 0x8B) {
                channel.close();
                return null; // gzip: inflated as a stream
            }
            return channel;
        } catch (IOException e) {
            return null; // the stream path reports it with the file's name
        }
    }

    private long minRangeBytes() {
        return chunkBytes > 0 ? chunkBytes : MIN_CHUNK_BYTES;
    }

    /** About four ranges per thread, between the two bounds, unless a size was forced. */
    private long rangeBytes(long size) {
        if (chunkBytes > 0) {
            return chunkBytes;
        }
        return Math.max(MIN_CHUNK_BYTES, Math.min(MAX_CHUNK_BYTES, size / (4L * threads)));
    }

    private static Future<BillingPart> submit(ExecutorService pool, BillingFilePlan.Task task) {
        if (pool != null) {
            return pool.submit(task::read);
        }
        FutureTask<BillingPart> now = new FutureTask<>(task::read);
        now.run();
        return now;
    }

    /** Adds a finished part to the whole, after checking (and if need be redoing) where it started. */
    private void complete(Pending p, BillingAggregator aggregator, ReadLog log) {
        BillingPart part = await(p.future);
        p.plan.add(part, p.task, p.last, aggregator, log);
    }

    private static BillingPart await(Future<BillingPart> future) {
        return BackgroundRead.await(future, "reading billing files");
    }

    private record Pending(BillingFilePlan plan, BillingFilePlan.Task task, boolean last, Future<BillingPart> future) {
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "cloudcost-billing-reader");
        t.setDaemon(true);
        return t;
    }

    /**
     * One billing input: a local file, or a stream named by text ({@code s3://bucket/key}) and
     * opened when it is read.
     *
     * @param name    what messages and the read report call it
     * @param file    the local file, or null for a stream
     * @param size    the stream's size in bytes, -1 when unknown (unused for a file)
     * @param opener  opens the stream's raw bytes (null for a file)
     */
    public record Source(String name, Path file, long size, Supplier<InputStream> opener) {
        /** A local file. */
        public static Source of(Path file) {
            return new Source(file.toString(), file, -1, null);
        }

        /** A stream that is not a local file. */
        public static Source of(String name, long size, Supplier<InputStream> opener) {
            return new Source(name, null, size, java.util.Objects.requireNonNull(opener, "opener"));
        }

        InputStream open(ProgressListener progress) {
            return file != null ? InputFiles.open(file, progress) : InputFiles.open(name, size, opener.get(), progress);
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // already failing
        }
    }

    private static BillingFormat forced(String id, String file) {
        return BillingFormats.byId(id).orElseThrow(() -> InputException.ofFile(file,
                "unknown billing format \"" + id + "\"; known formats: " + BillingFormats.describeAll()));
    }

    private static BillingFormat detect(String file, HeaderSample sample) {
        for (BillingFormat f : BillingFormats.available()) {
            if (f.matches(sample.header(file, f.charset(sample.bytes())))) {
                return f;
            }
        }
        List<String> names = sample.header(file, java.nio.charset.StandardCharsets.UTF_8).names();
        String shown = String.join(",", names.subList(0, Math.min(6, names.size()))) + (names.size() > 6 ? ",…" : "");
        throw new InputException(file, 1, 0, null, "unknown billing format: no known format recognises the header \""
                + shown + "\"; known formats: " + BillingFormats.describeAll());
    }

    /** A listener several threads may call. */
    private record SynchronizedProgress(ProgressListener delegate) implements ProgressListener {
        @Override
        public synchronized void start(String file, long totalBytes) {
            delegate.start(file, totalBytes);
        }

        @Override
        public synchronized void advance(long bytes) {
            delegate.advance(bytes);
        }

        @Override
        public synchronized void finish(String file) {
            delegate.finish(file);
        }
    }
}
