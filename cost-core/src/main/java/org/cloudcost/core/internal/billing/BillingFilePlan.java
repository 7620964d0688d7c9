package org.cloudcost.core.internal.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.csv.ExactDecimalSum;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.FileRangeInputStream;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * One billing file on its way into the frame: its format and header, the tasks that read it
 * (byte ranges of a large plain file, or the whole stream), and the running state that adds
 * their parts to the whole in file order — where the next part must start, how many lines came
 * before it, how many records so far.
 */
final class BillingFilePlan implements AutoCloseable {
    /** Reads one part of the file; runs on a pool thread. */
    interface Task {
        BillingPart read();

        /** Offset where the part ends (the start of the next), or {@code Long.MAX_VALUE} for a whole file. */
        long end();
    }

    private final String name;
    private final BillingFormat format;
    private final Charset charset;
    private final List<String> headerNames;
    private final String version;
    private final TagColumns tags;
    private final ProgressListener progress;
    private final FileChannel channel; // null: the file is read whole from csv
    private final CsvFile csv;
    private final int threads;
    private final List<Task> tasks = new ArrayList<>();

    /** How records are folded before mapping; empty when the mapper is called per record. */
    private final java.util.Optional<GroupLayout> layout;
    /** The file's groups so far, when grouped. */
    private LineGroups groups;
    /** Part groups already merged, emptied for the next parts. */
    private final java.util.Queue<LineGroups> spareGroups = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private long expectedStart;
    private long linesBefore;
    private long dataLines;
    private int rowsBefore = -1;
    private int rereads;

    private BillingFilePlan(String name, BillingFormat format, Charset charset, List<String> headerNames, TagColumns tags,
                            ProgressListener progress, FileChannel channel, CsvFile csv, int threads, boolean grouping) {
        this.threads = threads;
        this.name = name;
        this.format = format;
        this.charset = charset;
        this.headerNames = List.copyOf(headerNames);
        this.tags = tags;
        this.progress = progress;
        this.channel = channel;
        this.csv = csv;
        CsvHeader bound = new CsvHeader(name, headerNames);
        BillingRowMapper mapper = format.bind(bound, new BillingContext(name, tags.columns()));
        this.version = mapper.version(); // a header the format cannot read fails here, before any part runs
        this.layout = grouping ? GroupLayout.of(mapper, bound) : java.util.Optional.empty();
        this.groups = layout.map(l -> new LineGroups(l.additive().length)).orElse(null);
    }

    /** A file read whole from {@code csv}, positioned after its header. */
    static BillingFilePlan whole(String name, CsvFile csv, BillingFormat format, Charset charset, TagColumns tags,
                                 ProgressListener progress, int threads, boolean grouping) {
        BillingFilePlan plan = new BillingFilePlan(name, format, charset, csv.header().names(), tags, progress, null, csv,
                threads, grouping);
        plan.tasks.add(new Task() {
            @Override
            public BillingPart read() {
                return plan.layout.isPresent()
                        ? BillingPart.readGrouped(csv, 0, Long.MAX_VALUE, plan.layout.get(), tags, plan.emptyGroups())
                        : BillingPart.read(csv, 0, Long.MAX_VALUE, plan.bind(), tags, format.id());
            }

            @Override
            public long end() {
                return Long.MAX_VALUE;
            }
        });
        return plan;
    }

    /**
     * A plain local file read in byte ranges of about {@code chunkBytes}; its data starts at
     * {@code dataStart}, after {@code headerLines} lines of header. Closing the plan closes
     * {@code channel}.
     */
    static BillingFilePlan ranges(String name, FileChannel channel, long size, List<String> headerNames, long dataStart,
                                  long headerLines, long chunkBytes, BillingFormat format, Charset charset,
                                  TagColumns tags, ProgressListener progress, int threads, boolean grouping) {
        BillingFilePlan plan = new BillingFilePlan(name, format, charset, headerNames, tags, progress, channel, null, threads,
                grouping);
        plan.expectedStart = dataStart;
        plan.linesBefore = headerLines;
        long[] starts = FileChunks.starts(channel, dataStart, size, chunkBytes);
        for (int i = 0; i < starts.length; i++) {
            long start = starts[i];
            long end = i + 1 < starts.length ? starts[i + 1] : size;
            plan.tasks.add(new Task() {
                @Override
                public BillingPart read() {
                    return plan.readRange(start, end);
                }

                @Override
                public long end() {
                    return end;
                }
            });
        }
        return plan;
    }

    /** Byte ranges read again from their true start. */
    int rereads() {
        return rereads;
    }

    List<Task> tasks() {
        return tasks;
    }

    private BillingRowMapper bind() {
        // a header of its own per part: a format may note which columns its mapper looks up
        return format.bind(new CsvHeader(name, headerNames), new BillingContext(name, tags.columns()));
    }

    private CsvFile rangeFile(long start, long end) {
        int buffer = (int) Math.min(1 << 20, Math.max(4096, end - start + 4096)); // grows for a longer record
        CsvTokenizer tok = CsvTokenizer.continuing(new FileRangeInputStream(channel, start), name, ',', buffer);
        return CsvFile.continuing(name, tok, new CsvHeader(name, headerNames), charset);
    }

    private BillingPart readRange(long start, long end) {
        if (layout.isPresent()) {
            return BillingPart.readGrouped(rangeFile(start, end), start, end, layout.get(), tags, emptyGroups());
        }
        return BillingPart.read(rangeFile(start, end), start, end, bind(), tags, format.id());
    }

    /** Groups for a part to fill: one a merged part gave back, or new. */
    private LineGroups emptyGroups() {
        LineGroups g = spareGroups.poll();
        return g != null ? g : new LineGroups(layout.get().additive().length);
    }

    /** Gives a part's groups, merged into the file's, back for another part. */
    private void reuse(LineGroups merged) {
        merged.clear();
        spareGroups.offer(merged);
    }

    /**
     * Adds a finished part to the whole. A byte range that did not start where the part before
     * it ended (its guessed start fell inside a quoted line break) is read again from there,
     * on this thread. A part that failed throws its error, positioned in the whole file.
     */
    void add(BillingPart part, Task task, boolean last, BillingAggregator aggregator, ReadLog log) {
        if (channel != null && part.start != expectedStart) {
            rereads++;
            part = readRange(expectedStart, task.end());
        }
        long lineOffset = channel != null ? linesBefore : 0;
        if (part.error != null) {
            if (groups != null) {
                // records before the failing one may hold an earlier error, found only when mapped
                groups.addAll(part.groups, lineOffset);
                mapGroups(new BillingAggregator(tags.columns()), new ReadLog());
            }
            throw positioned(part.error, lineOffset);
        }
        if (rowsBefore < 0) {
            rowsBefore = aggregator.size();
        }
        aggregator.addAll(part.aggregator);
        if (groups != null) {
            groups.addAll(part.groups, lineOffset);
            reuse(part.groups);
        }
        log.absorb(part.log, lineOffset);
        for (Map.Entry<String, ExactDecimalSum> e : part.sourceTotals.entrySet()) {
            log.sourceBilledCost(e.getKey(), e.getValue().value());
        }
        dataLines += part.dataLines;
        linesBefore += part.lineBreaks;
        if (channel != null) {
            progress.advance(part.nextRecord - part.start);
        }
        expectedStart = part.nextRecord;
        if (last) {
            spareGroups.clear(); // no part is left to fill them
            if (groups != null) {
                mapGroups(aggregator, log);
                groups = null; // mapped: only the aggregator's keys are needed now
            }
            String read = version.isEmpty() ? format.id() : format.id() + " " + version;
            log.fileRead(name, "billing", read, dataLines, aggregator.size() - rowsBefore);
            if (channel != null) {
                progress.finish(name);
            }
        }
    }

    private void mapGroups(BillingAggregator aggregator, ReadLog log) {
        new GroupMapping(name, layout.get(), new CsvHeader(name, headerNames), charset, this::bind, tags, format.id())
                .map(groups, aggregator, log, threads);
    }

    private static RuntimeException positioned(RuntimeException error, long lineOffset) {
        if (lineOffset == 0 || !(error instanceof InputException e) || e.line() <= 0) {
            return error;
        }
        InputException moved = new InputException(e.file(), e.line() + lineOffset, e.column(), e.columnName().orElse(null),
                e.problem());
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + e.getMessage(), e);
            }
        }
    }
}
