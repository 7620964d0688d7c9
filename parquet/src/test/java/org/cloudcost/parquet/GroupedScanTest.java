package org.cloudcost.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.billing.BillingAggregator;
import org.cloudcost.core.internal.billing.BillingLineBuffer;
import org.cloudcost.parquet.internal.ParquetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/**
 * The grouped scan (DuckDB sums each mapper's additive columns over the rows that map alike)
 * gives the frame of the row-by-row scan, for each mapper that declares additive columns: the
 * FOCUS mapper and the CUR mapper, on fixtures mixing every line type, signs, NULL and present
 * EffectiveCosts, and hours of one day; and it really groups.
 */
class GroupedScanTest {
    @TempDir
    Path dir;

    /** The frame, the source rows and the exact billed total of one scan; per part, the rows handed and the threads that called it. */
    private record Scanned(Table frame, long sourceRows, long handedRows, BigDecimal billed, long[] handedPerPart,
                           List<Set<Thread>> threadsPerPart) {
    }

    private static Scanned scan(Path parquet, boolean grouped) {
        return scan(parquet, grouped, 1);
    }

    /** Scans with {@code parts} parts, each with a mapper, a line and an aggregator of its own, added up at the end. */
    private static Scanned scan(Path parquet, boolean grouped, int parts) {
        TagColumns tags = TagColumns.defaults();
        try (ParquetTable table = ParquetTable.open(parquet, parquet.toString())) {
            if (!grouped) {
                table.withoutGrouping();
            }
            BillingFormat format = BillingFormats.detect(new CsvHeader("f", table.columnNames())).orElseThrow();
            CsvHeader header = new CsvHeader("f", table.columnNames());
            BillingRowMapper first = format.bind(header, new BillingContext("f", tags.columns()));
            assertThat(first.additiveColumns()).isNotEmpty();
            List<BillingAggregator> aggregators = new ArrayList<>();
            List<Consumer<ColumnarBillingReader.Row>> consumers = new ArrayList<>();
            long[] sourceRows = new long[parts];
            long[] handed = new long[parts];
            BigDecimal[] billed = new BigDecimal[parts];
            List<Set<Thread>> threads = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                BillingRowMapper mapper = p == 0 ? first : format.bind(new CsvHeader("f", table.columnNames()), new BillingContext("f", tags.columns()));
                BillingAggregator aggregator = new BillingAggregator(tags.columns());
                BillingLineBuffer line = new BillingLineBuffer(tags);
                Set<Thread> callers = ConcurrentHashMap.newKeySet();
                aggregators.add(aggregator);
                threads.add(callers);
                billed[p] = BigDecimal.ZERO;
                consumers.add(row -> {
                    callers.add(Thread.currentThread());
                    sourceRows[part] += row.sourceRows();
                    handed[part]++;
                    billed[part] = billed[part].add(row.exactDecimal(mapper.billedCostColumn()));
                    line.reset();
                    mapper.map(row, line);
                    if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
                        line.billingPeriodStartDay((int) java.time.LocalDate.ofEpochDay(line.chargeDay()).withDayOfMonth(1).toEpochDay());
                    }
                    aggregator.add(line);
                });
            }
            table.scan(new ColumnarBillingReader.Scan(header.usedColumns(), first.additiveColumns(), first.dayColumns(),
                    first.billedCostColumn()), consumers);
            BillingAggregator whole = new BillingAggregator(tags.columns());
            aggregators.forEach(whole::addAll);
            return new Scanned(whole.toFrame().table(), LongStream.of(sourceRows).sum(), LongStream.of(handed).sum(),
                    Stream.of(billed).reduce(BigDecimal.ZERO, BigDecimal::add), handed, threads);
        }
    }

    private static void assertGroupedEqualsRowByRow(Path parquet, long rows) {
        Scanned byRow = scan(parquet, false);
        Scanned grouped = scan(parquet, true);

        assertThat(byRow.sourceRows()).isEqualTo(rows);
        assertThat(byRow.handedRows()).isEqualTo(rows);
        assertThat(grouped.sourceRows()).isEqualTo(rows);
        assertThat(grouped.handedRows()).as("the grouped scan hands fewer rows").isLessThan(rows);
        assertThat(grouped.billed()).isEqualByComparingTo(byRow.billed());
        ParquetFixtures.assertSameFrame(grouped.frame(), byRow.frame(), 1e-9);
    }

    @Test
    void focusGroupedEqualsRowByRow() throws IOException {
        Path warts = org.cloudcost.core.testing.SharedSamples.repoRoot().resolve("cost-core/src/test/resources/focus/warts-1.0.csv");
        List<String> lines = Files.readAllLines(warts);
        List<String> doubled = new ArrayList<>(lines);
        doubled.addAll(lines.subList(1, lines.size()));
        Path csv = Files.write(dir.resolve("warts.csv"), doubled);
        Map<String, String> types = new HashMap<>();
        List.of("BilledCost", "EffectiveCost", "ListCost", "PricingQuantity").forEach(c -> types.put(c, "DOUBLE"));
        List.of("BillingPeriodStart", "ChargePeriodStart").forEach(c -> types.put(c, "TIMESTAMPTZ"));
        Path parquet = ParquetFixtures.copy(csv, dir.resolve("warts.parquet"), ParquetFixtures.header(csv), types, "");

        long records = org.cloudcost.core.CostDataset.read().billing(warts).load().readReport().files().get(0).dataLines();
        assertGroupedEqualsRowByRow(parquet, 2 * records);
    }

    @Test
    void groupsFetchedInSlicesOnThreadsOfTheirOwnGiveTheFrameOfOneSlice() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = Cur2ParquetTest.dataExportsParquet(csv, dir.resolve("cur2.parquet"));
        Scanned whole = scan(parquet, true);

        Scanned sliced;
        System.setProperty(ParquetTable.SLICE_GROUPS_PROPERTY, "1");
        try {
            sliced = scan(parquet, true, 2);
        } finally {
            System.clearProperty(ParquetTable.SLICE_GROUPS_PROPERTY);
        }

        assertThat(sliced.handedPerPart()).as("each part has a slice").hasSize(2).doesNotContain(0L);
        assertThat(sliced.threadsPerPart().get(0)).as("the first slice on the calling thread").containsExactly(Thread.currentThread());
        assertThat(sliced.threadsPerPart().get(1)).as("the second on one thread of its own").hasSize(1)
                .doesNotContain(Thread.currentThread());
        assertThat(sliced.handedRows()).isEqualTo(whole.handedRows());
        assertThat(sliced.sourceRows()).isEqualTo(whole.sourceRows());
        assertThat(sliced.billed()).isEqualByComparingTo(whole.billed());
        ParquetFixtures.assertSameFrame(sliced.frame(), whole.frame(), 0);
    }

    @Test
    void aRowByRowScanGoesWholeToTheFirstPartOnTheCallingThread() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = Cur2ParquetTest.dataExportsParquet(csv, dir.resolve("cur2.parquet"));

        System.setProperty(ParquetTable.SLICE_GROUPS_PROPERTY, "1");
        try {
            Scanned byRow = scan(parquet, false, 2);
            assertThat(byRow.handedPerPart()[1]).isZero();
            assertThat(byRow.handedPerPart()[0]).isEqualTo(byRow.sourceRows());
            assertThat(byRow.threadsPerPart().get(0)).containsExactly(Thread.currentThread());
        } finally {
            System.clearProperty(ParquetTable.SLICE_GROUPS_PROPERTY);
        }
    }

    @Test
    void curGroupedEqualsRowByRow() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = Cur2ParquetTest.dataExportsParquet(csv, dir.resolve("cur2.parquet"));

        long records = org.cloudcost.core.CostDataset.read().billing(csv).load().readReport().files().get(0).dataLines();
        assertGroupedEqualsRowByRow(parquet, records);
    }
}
