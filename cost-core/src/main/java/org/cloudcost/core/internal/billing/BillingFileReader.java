package org.cloudcost.core.internal.billing;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.InputFiles;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Reads billing files of any registered format into one {@link BillingFrame}: picks the format
 * (forced, or recognised from the header), streams the records through its mapper into the
 * {@link BillingAggregator}, and keeps the exact source total of the billed-cost column, kept
 * and skipped lines alike, for the reconciliation.
 */
public final class BillingFileReader {
    private final TagColumns tags;
    private final ProgressListener progress;

    /** A reader whose frame carries {@code tags}, reporting bytes to {@code progress}. */
    public BillingFileReader(TagColumns tags, ProgressListener progress) {
        this.tags = tags;
        this.progress = progress;
    }

    /**
     * Reads every file into one frame.
     *
     * @param formatIds per file, a format to force, or empty to recognise the file by its header
     * @throws InputException for the first bad input
     */
    public BillingFrame read(List<Source> sources, List<Optional<String>> formatIds, ReadLog log) {
        BillingAggregator aggregator = new BillingAggregator(tags.columns());
        for (int i = 0; i < sources.size(); i++) {
            readFile(sources.get(i), formatIds.get(i), aggregator, log);
        }
        return aggregator.toFrame();
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

    private void readFile(Source source, Optional<String> formatId, BillingAggregator aggregator, ReadLog log) {
        String file = source.name();
        PushbackInputStream in = new PushbackInputStream(source.open(progress), HeaderSample.SIZE);
        HeaderSample sample;
        try {
            sample = HeaderSample.read(file, in);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
        BillingFormat format = formatId.map(id -> forced(id, file)).orElseGet(() -> detect(file, sample));
        Charset charset = format.charset(sample.bytes());
        int before = aggregator.size();
        try (CsvFile csv = CsvFile.open(file, in, progress, charset)) {
            CsvHeader header = csv.header();
            BillingRowMapper mapper = format.bind(header, new BillingContext(file, tags.columns()));
            BillingLineBuffer line = new BillingLineBuffer(tags);
            int billedColumn = mapper.billedCostColumn();
            while (csv.next(log)) {
                BigDecimal exact = csv.row().exactDecimalOrZero(billedColumn);
                line.reset();
                mapper.map(csv.row(), line);
                String currency = line.dimensions()[BillingLineBuffer.CURRENCY];
                log.sourceBilledCost(currency, exact);
                if (line.skipReason().isPresent()) {
                    log.skipped(file, csv.row().line(), line.skipReason().get(), currency, exact);
                    continue;
                }
                if (line.chargeDay() == Integer.MIN_VALUE) {
                    throw new IllegalStateException(format.id() + " mapper set no charge day at " + file + ":" + csv.row().line());
                }
                if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
                    line.billingPeriodStartDay(firstOfMonth(line.chargeDay()));
                }
                aggregator.add(line);
            }
            String read = mapper.version().isEmpty() ? format.id() : format.id() + " " + mapper.version();
            log.fileRead(file, "billing", read, csv.dataLines(), aggregator.size() - before);
        }
    }

    private static void closeQuietly(java.io.InputStream in) {
        try {
            in.close();
        } catch (java.io.IOException e) {
            // already failing
        }
    }

    private static int firstOfMonth(int epochDay) {
        return (int) java.time.LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).toEpochDay();
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
}
