package org.cloudcost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudcost.aws.cur.internal.CurColumn;
import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.bench.internal.ResultLine;
import org.cloudcost.core.CostDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two measured programs and the Parquet copies, on small generated files: same totals, typed as AWS exports. */
class IngestVersusDuckDbTest {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @TempDir
    static Path dir;
    static Path cur;
    static Path focus;
    static GeneratedFile curGenerated;
    static BigDecimal focusTotal;

    @BeforeAll
    static void generate() throws Exception {
        cur = dir.resolve("cur-20000.csv");
        focus = dir.resolve("focus-20000.csv");
        curGenerated = new CurCsvGenerator(20_000, CurCsvGenerator.DEFAULT_SEED, 800).write(cur);
        GeneratedFile e = new FocusCsvGenerator(20_000, FocusCsvGenerator.DEFAULT_SEED, 800, true).write(focus);
        focusTotal = e.billedCost();
    }

    @Test
    void cloudcostAndDuckDbAgreeWithTheGeneratorOnBothCsvs() throws Exception {
        for (Path f : new Path[] {cur, focus}) {
            BigDecimal exact = f == cur ? curGenerated.billedCost() : focusTotal;
            ResultLine duck = DuckDbGroupBy.run(f);
            Map<String, BigDecimal> ours = IngestBilling.billedByCurrency(CostDataset.read().billing(f).load().billing());
            assertThat(duck.totals().keySet()).containsExactly("USD");
            assertThat(duck.totals().get("USD")).isCloseTo(exact, org.assertj.core.data.Offset.offset(CENT));
            assertThat(ours.get("USD")).isCloseTo(exact, org.assertj.core.data.Offset.offset(CENT));
            assertThat(duck.rows()).as("groups of %s", f.getFileName()).isGreaterThan(1_000);
        }
    }

    @Test
    void cur2ParquetHasTheNamesAndTypesOfADataExportAndTheSameTotal() throws Exception {
        Path out = dir.resolve("cur2-20000.parquet");
        assertThat(ParquetCopies.write(ParquetCopies.cur2Select(cur), out)).isEqualTo(20_000);
        Map<String, String> types = describe(out);
        for (CurColumn c : new CurColumn[] {CurColumn.LINE_ITEM_TYPE, CurColumn.USAGE_START_DATE, CurColumn.UNBLENDED_COST,
            CurColumn.CURRENCY_CODE, CurColumn.BILLING_PERIOD_START_DATE, CurColumn.PAYER_ACCOUNT_ID,
            CurColumn.USAGE_ACCOUNT_ID, CurColumn.PRODUCT_CODE, CurColumn.REGION_CODE, CurColumn.RESOURCE_ID,
            CurColumn.USAGE_AMOUNT, CurColumn.PRICING_UNIT, CurColumn.PUBLIC_ON_DEMAND_COST, CurColumn.PRODUCT,
            CurColumn.RESOURCE_TAGS}) {
            assertThat(types).as("CUR 2.0 name of %s", c).containsKey(c.cur2Names().get(0));
        }
        assertThat(types).containsEntry("line_item_unblended_cost", "DOUBLE")
                .containsEntry("line_item_usage_start_date", "TIMESTAMP")
                .containsEntry("bill_billing_period_start_date", "TIMESTAMP")
                .containsEntry("bill_payer_account_id", "VARCHAR")
                .containsEntry("resource_tags", "MAP(VARCHAR, VARCHAR)");
        assertThat(DuckDbGroupBy.run(out).totals().get("USD"))
                .isCloseTo(curGenerated.billedCost(), org.assertj.core.data.Offset.offset(CENT));
        assertThat(scalar("SELECT count(*) FROM read_parquet(" + DuckDbGroupBy.literal(out) + ") "
                + "WHERE resource_tags['user_env'] = 'prod'")).isNotEqualTo("0");
        assertThat(scalar("SELECT count(*) FROM read_parquet(" + DuckDbGroupBy.literal(out) + ") "
                + "WHERE length(line_item_usage_account_id) <> 12")).as("account ids keep their zeros").isEqualTo("0");
        assertSameFrameAsCsv(out, cur);
    }

    /** cloudcost's Parquet reader (the parquet module) takes the copy for the same data as its CSV. */
    private static void assertSameFrameAsCsv(Path parquet, Path csv) {
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        assertThat(fromParquet.billing().rowCount()).isEqualTo(fromCsv.billing().rowCount());
        assertThat(fromParquet.readReport().sourceBilledCost().get("USD"))
                .isEqualByComparingTo(fromCsv.readReport().sourceBilledCost().get("USD"));
        assertThat(IngestBilling.billedByCurrency(fromParquet.billing()))
                .isEqualTo(IngestBilling.billedByCurrency(fromCsv.billing()));
    }

    @Test
    void focusParquetIsTypedAsTheAwsFocusExportAndHasTheSameTotal() throws Exception {
        Path out = dir.resolve("focus-20000.parquet");
        assertThat(ParquetCopies.write(ParquetCopies.focusSelect(focus), out)).isEqualTo(20_000);
        Map<String, String> types = describe(out);
        assertThat(types).containsEntry("BilledCost", "DOUBLE").containsEntry("ChargePeriodStart", "TIMESTAMP")
                .containsEntry("BillingPeriodStart", "TIMESTAMP").containsEntry("SubAccountId", "VARCHAR")
                .containsEntry("Tags", "MAP(VARCHAR, VARCHAR)");
        assertThat(DuckDbGroupBy.run(out).totals().get("USD")).isCloseTo(focusTotal, org.assertj.core.data.Offset.offset(CENT));
        assertThat(scalar("SELECT count(*) FROM read_parquet(" + DuckDbGroupBy.literal(out) + ") WHERE Tags['team'] IS NOT NULL"))
                .isNotEqualTo("0");
        assertSameFrameAsCsv(out, focus);
    }

    @Test
    void duckDbQueryGroupsByTheFramesDimensionsAndTheDay() {
        String sql = DuckDbGroupBy.query(BillingSchema.CUR2, "t");
        assertThat(sql).contains("\"line_item_resource_id\"", "\"line_item_usage_account_id\"", "\"product_region_code\"",
                "date_trunc('day', \"line_item_usage_start_date\")", "sum(\"line_item_unblended_cost\")", "GROUP BY ALL");
        assertThat(BillingSchema.of(java.util.List.of("BilledCost", "x"))).isEqualTo(BillingSchema.FOCUS);
        assertThat(BillingSchema.of(CurCsvGenerator.COLUMNS)).isEqualTo(BillingSchema.CUR);
    }

    private static Map<String, String> describe(Path parquet) throws Exception {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDbGroupBy.literal(parquet) + ")")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    private static String scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
