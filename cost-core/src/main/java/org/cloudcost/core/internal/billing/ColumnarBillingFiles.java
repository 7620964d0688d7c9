package org.cloudcost.core.internal.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.read.ReadLog;
import org.cloudcost.core.internal.read.TemporaryCopy;

/**
 * Reads a columnar (Parquet) billing file into the aggregator through the
 * {@link ColumnarBillingReader} found on the class path (the optional {@code parquet} module):
 * recognises the format from the column names as CSV does from its header, projects only the
 * columns the bound mapper looked up, and keeps the exact source total, the data-line count and
 * the skipped lines in source rows, whether the reader hands single rows or groups. Groups come
 * in no particular order, so what depends on the order is put back in file order: the skipped
 * lines are reported by the first row of each reason, and of the rows that fail the one
 * reported is the first in the file (the mapper's errors depend only on what a group's rows
 * share, so the group's first row is a failing row).
 *
 * <p>Parquet is read by ranges, so a stream ({@code s3://…}) is first copied to a temporary file
 * (in {@code java.io.tmpdir}), read from there and deleted.
 */
final class ColumnarBillingFiles {
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};

    private final TagColumns tags;
    private final ProgressListener progress;

    ColumnarBillingFiles(TagColumns tags, ProgressListener progress) {
        this.tags = tags;
        this.progress = progress;
    }

    /** Reads a local Parquet file. */
    void read(BillingFileReader.Source source, Optional<String> formatId, BillingAggregator aggregator, ReadLog log) {
        try {
            Path path = localParquet(source);
            read(source.name(), path, formatId, aggregator, log);
            progress.advance(Math.max(0, size(path) - HeaderSample.SIZE));
        } finally {
            progress.finish(source.name());
        }
    }

    /**
     * Reads a Parquet stream, {@code stream} (its progress counted as it is read, its first bytes
     * pushed back), from a temporary copy deleted afterwards; closes {@code stream}.
     */
    void read(BillingFileReader.Source source, InputStream stream, Optional<String> formatId, BillingAggregator aggregator,
            ReadLog log) {
        try (stream) {
            Path copy = TemporaryCopy.of(source.name(), stream);
            try {
                read(source.name(), copy, formatId, aggregator, log);
            } finally {
                TemporaryCopy.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source.name() + ": " + e.getMessage(), e);
        } finally {
            progress.finish(source.name());
        }
    }

    private void read(String file, Path path, Optional<String> formatId, BillingAggregator aggregator, ReadLog log) {
        ColumnarBillingReader reader = reader(file);
        try (ColumnarBillingReader.Table table = reader.open(path, file)) {
            List<String> names = table.columnNames();
            BillingFormat format = formatId.map(id -> forced(id, file)).orElseGet(() -> detect(file, names));
            CsvHeader header = new CsvHeader(file, names);
            BillingRowMapper mapper = format.bind(header, new BillingContext(file, tags.columns()));
            int billedColumn = mapper.billedCostColumn();
            BitSet columns = header.usedColumns();
            columns.set(billedColumn);
            int[] additive = Arrays.stream(mapper.additiveColumns()).filter(columns::get).distinct().toArray();
            int before = aggregator.size();
            long[] dataLines = {0};
            BillingLineBuffer line = new BillingLineBuffer(tags);
            Skips skips = new Skips();
            InputException[] firstError = {null};
            ColumnarBillingReader.Scan scan = new ColumnarBillingReader.Scan(columns, additive, mapper.dayColumns(), billedColumn);
            table.scan(scan, row -> {
                dataLines[0] += row.sourceRows();
                if (firstError[0] != null && firstError[0].line() < row.line()) {
                    return;
                }
                try {
                    add(format, mapper, row, line, aggregator, log, skips);
                } catch (InputException e) {
                    firstError[0] = e;
                }
            });
            if (firstError[0] != null) {
                throw firstError[0];
            }
            skips.report(file, log);
            String read = (mapper.version().isEmpty() ? format.id() : format.id() + " " + mapper.version()) + " (Parquet)";
            log.fileRead(file, "billing", read, dataLines[0], aggregator.size() - before);
        }
    }

    private static void add(BillingFormat format, BillingRowMapper mapper, ColumnarBillingReader.Row row,
            BillingLineBuffer line, BillingAggregator aggregator, ReadLog log, Skips skips) {
        BigDecimal exact = row.exactDecimal(mapper.billedCostColumn());
        line.reset();
        mapper.map(row, line);
        String currency = line.dimensions()[BillingLineBuffer.CURRENCY];
        log.sourceBilledCost(currency, exact);
        if (line.skipReason().isPresent()) {
            skips.add(line.skipReason().get(), row.line(), row.sourceRows(), currency, exact);
            return;
        }
        if (line.chargeDay() == Integer.MIN_VALUE) {
            throw new IllegalStateException(format.id() + " mapper set no charge day at " + row.file() + ":" + row.line());
        }
        if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
            line.billingPeriodStartDay(firstOfMonth(line.chargeDay()));
        }
        aggregator.add(line, row, mapper.billedCostColumn());
    }

    /** The skipped lines of one file by reason, reported in file order whatever order the groups came in. */
    private static final class Skips {
        private final Map<String, Skip> byReason = new HashMap<>();

        private static final class Skip {
            long firstLine = Long.MAX_VALUE;
            long count;
            final Map<String, BigDecimal> cost = new LinkedHashMap<>();
        }

        void add(String reason, long line, long sourceRows, String currency, BigDecimal billedCost) {
            Skip s = byReason.computeIfAbsent(reason, r -> new Skip());
            s.firstLine = Math.min(s.firstLine, line);
            s.count += sourceRows;
            if (billedCost.signum() != 0) {
                s.cost.merge(currency, billedCost, BigDecimal::add);
            }
        }

        /** Reports each reason once, at its first line, the reasons in the order of their first lines. */
        void report(String file, ReadLog log) {
            byReason.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().firstLine)).forEach(e -> {
                Skip s = e.getValue();
                long count = s.count;
                if (s.cost.isEmpty()) {
                    log.skipped(file, s.firstLine, e.getKey(), null, null, count);
                }
                for (Map.Entry<String, BigDecimal> c : s.cost.entrySet()) {
                    log.skipped(file, s.firstLine, e.getKey(), c.getKey(), c.getValue(), count);
                    count = 0;
                }
            });
        }
    }

    /** The local file of a Parquet source, read in place, by ranges; a gzipped one is refused. */
    private static Path localParquet(BillingFileReader.Source source) {
        try (InputStream in = Files.newInputStream(source.file())) {
            if (!Arrays.equals(in.readNBytes(PARQUET_MAGIC.length), PARQUET_MAGIC)) {
                throw InputException.ofFile(source.name(), "is a compressed Parquet file; Parquet compresses its own"
                        + " columns: decompress it (gunzip) and read the .parquet file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source.name() + ": " + e.getMessage(), e);
        }
        return source.file();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static ColumnarBillingReader reader(String file) {
        return ServiceLoader.load(ColumnarBillingReader.class, ColumnarBillingFiles.class.getClassLoader()).findFirst()
                .or(() -> ServiceLoader.load(ColumnarBillingReader.class).findFirst())
                .orElseThrow(() -> InputException.ofFile(file,
                        "is a Parquet file; reading Parquet needs the cloudcost parquet module on the class path"));
    }

    private static BillingFormat forced(String id, String file) {
        return BillingFormats.byId(id).orElseThrow(() -> InputException.ofFile(file,
                "unknown billing format \"" + id + "\"; known formats: " + BillingFormats.describeAll()));
    }

    private static BillingFormat detect(String file, List<String> names) {
        CsvHeader header = new CsvHeader(file, names);
        for (BillingFormat f : BillingFormats.available()) {
            if (f.matches(header)) {
                return f;
            }
        }
        String shown = String.join(",", names.subList(0, Math.min(6, names.size()))) + (names.size() > 6 ? ",…" : "");
        throw InputException.ofFile(file, "unknown billing format: no known format recognises the Parquet columns \""
                + shown + "\"; known formats: " + BillingFormats.describeAll());
    }

    private static int firstOfMonth(int epochDay) {
        return (int) java.time.LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).toEpochDay();
    }
}
