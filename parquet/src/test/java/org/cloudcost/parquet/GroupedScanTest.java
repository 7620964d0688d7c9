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

    /** The frame, the source rows and the exact billed total of one scan. */
    private record Scanned(Table frame, long sourceRows, long handedRows, BigDecimal billed) {
    }

    private static Scanned scan(Path parquet, boolean grouped) {
        TagColumns tags = TagColumns.defaults();
        try (ParquetTable table = ParquetTable.open(parquet, parquet.toString())) {
            if (!grouped) {
                table.withoutGrouping();
            }
            BillingFormat format = BillingFormats.detect(new CsvHeader("f", table.columnNames())).orElseThrow();
            CsvHeader header = new CsvHeader("f", table.columnNames());
            BillingRowMapper mapper = format.bind(header, new BillingContext("f", tags.columns()));
            assertThat(mapper.additiveColumns()).isNotEmpty();
            BillingAggregator aggregator = new BillingAggregator(tags.columns());
            BillingLineBuffer line = new BillingLineBuffer(tags);
            long[] counts = {0, 0};
            BigDecimal[] billed = {BigDecimal.ZERO};
            table.scan(new ColumnarBillingReader.Scan(header.usedColumns(), mapper.additiveColumns(), mapper.dayColumns(),
                    mapper.billedCostColumn()), row -> {
                counts[0] += row.sourceRows();
                counts[1]++;
                billed[0] = billed[0].add(row.exactDecimal(mapper.billedCostColumn()));
                line.reset();
                mapper.map(row, line);
                if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
                    line.billingPeriodStartDay((int) java.time.LocalDate.ofEpochDay(line.chargeDay()).withDayOfMonth(1).toEpochDay());
                }
                aggregator.add(line);
            });
            return new Scanned(aggregator.toFrame().table(), counts[0], counts[1], billed[0]);
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
    void curGroupedEqualsRowByRow() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = Cur2ParquetTest.dataExportsParquet(csv, dir.resolve("cur2.parquet"));

        long records = org.cloudcost.core.CostDataset.read().billing(csv).load().readReport().files().get(0).dataLines();
        assertGroupedEqualsRowByRow(parquet, records);
    }
}
