package org.cloudcost.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.parquet.ParquetFixtures.assertSameFrame;
import static org.cloudcost.parquet.ParquetFixtures.assertSameReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AWS CUR 2.0 export as Parquet, as Data Exports writes it (amounts DOUBLE, dates TIMESTAMP
 * WITH TIME ZONE, {@code product} and {@code resource_tags} as MAP(VARCHAR, VARCHAR)), reads into
 * the same frame and read report as the same data as CSV.
 */
class Cur2ParquetTest {
    /** providers-aws' CUR 2.0 fixture: every line item type, Savings Plan and RI columns; doubled so rows group. */
    static final Path CUR2 = SharedSamples.repoRoot().resolve("providers-aws/src/test/resources/org/cloudcost/aws/cur/cur2-2026-10.csv");
    static final List<String> AMOUNTS = List.of("line_item_usage_amount", "line_item_unblended_cost",
            "pricing_public_on_demand_cost", "savings_plan_savings_plan_effective_cost", "savings_plan_total_commitment_to_date",
            "savings_plan_used_commitment", "reservation_effective_cost");
    static final List<String> DATES = List.of("bill_billing_period_start_date", "line_item_usage_start_date");
    static final List<String> MAPS = List.of("product", "resource_tags", "cost_category");

    @TempDir
    Path dir;
    Path csv;

    @BeforeEach
    void doubledCur2() throws IOException {
        csv = doubled(CUR2, dir);
    }

    static Path doubled(Path source, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(source);
        List<String> doubled = new ArrayList<>(lines);
        doubled.addAll(lines.subList(1, lines.size()));
        return Files.write(dir.resolve("cur2-doubled.csv"), doubled);
    }

    /** The Data Exports Parquet form of {@code csv}. */
    static Path dataExportsParquet(Path csv, Path parquet) {
        Map<String, String> types = new HashMap<>();
        AMOUNTS.forEach(c -> types.put(c, "DOUBLE"));
        DATES.forEach(c -> types.put(c, "TIMESTAMPTZ"));
        MAPS.forEach(c -> types.put(c, "=TRY_CAST(TRY_CAST(NULLIF(\"" + c + "\", '') AS JSON) AS MAP(VARCHAR, VARCHAR))"));
        return ParquetFixtures.copy(csv, parquet, ParquetFixtures.header(csv), types, "");
    }

    @Test
    void dataExportsParquetReadsAsTheCsv() {
        Path parquet = dataExportsParquet(csv, dir.resolve("cur2.parquet"));
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        assertSameFrame(fromParquet, fromCsv, 1e-9);
        assertSameReport(fromParquet.readReport(), fromCsv.readReport());
        assertThat(fromParquet.readReport().files().get(0).format()).isEqualTo("aws-cur2 (Parquet)");
        assertThat(fromParquet.billing().table().stringColumn("env").asList()).contains("prod", "staging");
        assertThat(fromParquet.spend().totalEffectiveCost()).isEqualByComparingTo(fromCsv.spend().totalEffectiveCost());
    }
}
