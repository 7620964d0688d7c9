package org.cloudcost.core.internal.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
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

/**
 * Reads a columnar (Parquet) billing file into the aggregator through the
 * {@link ColumnarBillingReader} found on the class path (the optional {@code parquet} module):
 * recognises the format from the column names as CSV does from its header, projects only the
 * columns the bound mapper looked up, and keeps the exact source total, the data-line count and
 * the skipped lines in source rows, whether the reader hands single rows or groups. The scan is
 * cut into one {@link ColumnarPart} per thread, each with a mapper of its own, which the reader
 * may feed on threads of its own; the parts are added up afterwards. Groups come in no
 * particular order, so what depends on the order is put back in file order: the skipped lines
 * are reported by the first row of each reason, and of the rows that fail the one reported is
 * the first in the file (the mapper's errors depend only on what a group's rows share, so the
 * group's first row is a failing row).
 */
final class ColumnarBillingFiles {
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};

    private final TagColumns tags;
    private final ProgressListener progress;
    private final int threads;

    /** @param threads how many parts the scan may be cut into, each mapped with a mapper of its own */
    ColumnarBillingFiles(TagColumns tags, ProgressListener progress, int threads) {
        this.tags = tags;
        this.progress = progress;
        this.threads = Math.max(1, threads);
    }

    void read(BillingFileReader.Source source, Optional<String> formatId, BillingAggregator aggregator, ReadLog log) {
        String file = source.name();
        Path path = localParquet(source);
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
            List<ColumnarPart> parts = new ArrayList<>();
            parts.add(new ColumnarPart(format, mapper, tags));
            for (int t = 1; t < threads; t++) {
                parts.add(new ColumnarPart(format, format.bind(new CsvHeader(file, names), new BillingContext(file, tags.columns())), tags));
            }
            table.scan(new ColumnarBillingReader.Scan(columns, additive, mapper.dayColumns(), billedColumn), parts);
            ColumnarPart.addTo(parts, aggregator, log, file);
            long dataLines = parts.stream().mapToLong(ColumnarPart::dataLines).sum();
            progress.advance(Math.max(0, size(path) - HeaderSample.SIZE));
            String read = (mapper.version().isEmpty() ? format.id() : format.id() + " " + mapper.version()) + " (Parquet)";
            log.fileRead(file, "billing", read, dataLines, aggregator.size() - before);
        } finally {
            progress.finish(file);
        }
    }

    /** The local file of a Parquet source: Parquet is read in place, by ranges, never as a stream. */
    private static Path localParquet(BillingFileReader.Source source) {
        if (source.file() == null) {
            throw InputException.ofFile(source.name(), "is a Parquet file; Parquet is read from a local file, not"
                    + " a stream: download it first (e.g. aws s3 cp) and read the local copy");
        }
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
}
