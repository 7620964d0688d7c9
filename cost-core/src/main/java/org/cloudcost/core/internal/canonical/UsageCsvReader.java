package org.cloudcost.core.internal.canonical;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.csv.TokenizedRow;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Reads usage CSVs in the canonical long form of FORMATS.md §2,
 * {@code ResourceId,Timestamp,Metric,Value[,Statistic][,PeriodSeconds]}, in one streaming pass
 * into hourly buckets ({@link UsageAggregator}). A line without a value is left out and logged:
 * the absence of data is not zero. The read report credits each frame row to the file that
 * first contributed to it.
 *
 * <pre>{@code
 * UsageFrame usage = UsageCsvReader.read(List.of(Path.of("usage.csv.gz")), log, ProgressListener.NONE);
 * }</pre>
 */
public final class UsageCsvReader {
    /** The format id in the read report. */
    static final String FORMAT = "canonical-usage";
    /** Why a line without a value is left out. */
    static final String NO_VALUE = "no value (absence of data is not zero)";
    /** The sample period when the file does not give one. */
    static final int DEFAULT_PERIOD_SECONDS = 300;

    private UsageCsvReader() {
    }

    /**
     * Reads the files into one frame.
     *
     * @throws org.cloudcost.core.InputException for the first bad input, naming file, line and column
     */
    public static UsageFrame read(List<Path> files, ReadLog log, ProgressListener progress) {
        return readBuckets(files, log, progress).get();
    }

    /**
     * Reads the files into hourly buckets without using Tablesaw, and returns the step that
     * builds the frame from them: the reading may then run on a thread of its own while only the
     * caller's thread builds Tablesaw frames (two threads first using Tablesaw's classes in
     * different orders could deadlock in their initialization).
     *
     * <pre>{@code
     * Supplier<UsageFrame> buckets = UsageCsvReader.readBuckets(files, log, progress);  // any thread
     * UsageFrame usage = buckets.get();                                                 // the frames' thread
     * }</pre>
     *
     * @throws org.cloudcost.core.InputException for the first bad input, naming file, line and column
     */
    public static Supplier<UsageFrame> readBuckets(List<Path> files, ReadLog log, ProgressListener progress) {
        UsageAggregator aggregator = new UsageAggregator();
        for (Path file : files) {
            readFile(file, aggregator, log, progress);
        }
        return aggregator::toFrame;
    }

    private static void readFile(Path file, UsageAggregator aggregator, ReadLog log, ProgressListener progress) {
        try (CsvFile csv = CsvFile.open(file, progress)) {
            UsageColumns c = UsageColumns.of(csv.header());
            TokenizedRow row = csv.row();
            int rowsBefore = aggregator.size();
            while (csv.next(log)) {
                String resourceId = Cells.required(row, c.resourceId(), "a resource id");
                long epochSecond = row.epochSecond(c.timestamp(), ZoneOffset.UTC);
                String metric = Cells.required(row, c.metric(), "a metric name");
                UsageStatistic statistic = UsageStatistic.of(row, c.statistic());
                int period = periodSeconds(row, c.periodSeconds());
                if (row.isAbsent(c.value())) {
                    log.skipped(file.toString(), row.line(), NO_VALUE, null, null);
                    continue;
                }
                aggregator.add(resourceId, metric, statistic, epochSecond, period, Cells.finite(row, c.value()));
            }
            log.fileRead(file.toString(), "usage", FORMAT, csv.dataLines(), aggregator.size() - rowsBefore);
        }
    }

    private static int periodSeconds(TokenizedRow row, int column) {
        if (!Cells.present(row, column)) {
            return DEFAULT_PERIOD_SECONDS;
        }
        double v = row.decimal(column);
        if (!(v >= 1 && v <= Integer.MAX_VALUE && v == Math.rint(v))) {
            throw row.error(column, "expected a positive whole number of seconds, found \"" + Cells.shown(row, column) + "\"");
        }
        return (int) v;
    }
}
