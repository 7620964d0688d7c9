package org.cloudcost.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.testing.SharedSamples;
import org.cloudcost.parquet.internal.NativeParquetTable;
import org.cloudcost.parquet.internal.ParquetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cloudcost's own Parquet decoder hands the same groups as DuckDB's grouping query: the same
 * source rows, first row, day, text, map JSON and sums per group, compared as sets of rows (the
 * order is free), on the FOCUS and CUR 2.0 fixtures written by DuckDB with each codec it reads,
 * many row groups read on one and on two threads; and what it does not decode goes to DuckDB,
 * which says why.
 */
class NativeParquetTableTest {
    private static final Path WARTS = SharedSamples.repoRoot().resolve("cost-core/src/test/resources/focus/warts-1.0.csv");
    /** Rows of the fixtures copied this many times: enough for several row groups of {@link #ROW_GROUP}. */
    private static final int COPIES = 400;
    private static final int ROW_GROUP = 2048;

    @TempDir
    Path dir;

    private Path focus(String name, String amountType, String timeType, boolean tagsAsMap, String extra, String options) throws IOException {
        Path csv = Cur2ParquetTest.doubled(WARTS, dir);
        Map<String, String> types = new HashMap<>();
        List.of("BilledCost", "EffectiveCost", "ListCost", "PricingQuantity", "ContractedCost").forEach(c -> types.put(c, amountType));
        List.of("BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd").forEach(c -> types.put(c, timeType));
        if (tagsAsMap) {
            types.put("Tags", "=TRY_CAST(TRY_CAST(NULLIF(NULLIF(\"Tags\", 'NULL'), '') AS JSON) AS MAP(VARCHAR, VARCHAR))");
        }
        return ParquetFixtures.copy(csv, dir.resolve(name), ParquetFixtures.header(csv), types, extra, options);
    }

    /** The FOCUS fixture in {@link #COPIES} copies (copy number {@code i}), DOUBLE amounts, some columns' expressions replaced. */
    private Path focusCopies(String name, Map<String, String> overrides) throws IOException {
        return focusCopies(name, overrides, "");
    }

    /** As {@link #focusCopies(String, Map)}, {@code where} after the copies (e.g. {@code " WHERE i % 2 = 0"}). */
    private Path focusCopies(String name, Map<String, String> overrides, String where) throws IOException {
        Path csv = Cur2ParquetTest.doubled(WARTS, dir);
        Map<String, String> types = new HashMap<>();
        List.of("BilledCost", "EffectiveCost", "ListCost", "PricingQuantity", "ContractedCost").forEach(c -> types.put(c, "DOUBLE"));
        List.of("BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd").forEach(c -> types.put(c, "TIMESTAMPTZ"));
        types.putAll(overrides);
        return ParquetFixtures.copy(csv, dir.resolve(name), ParquetFixtures.header(csv), types, MANY + where, ", ROW_GROUP_SIZE " + ROW_GROUP);
    }

    private Path cur2(String name, String extra, String options) throws IOException {
        return cur2(name, extra, options, Map.of());
    }

    /** The CUR 2.0 fixture as Data Exports types it, with some columns' expressions replaced ({@code overrides}). */
    private Path cur2(String name, String extra, String options, Map<String, String> overrides) throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Map<String, String> types = new HashMap<>();
        Cur2ParquetTest.AMOUNTS.forEach(c -> types.put(c, "DOUBLE"));
        Cur2ParquetTest.DATES.forEach(c -> types.put(c, "TIMESTAMPTZ"));
        Cur2ParquetTest.MAPS.forEach(c -> types.put(c, "=TRY_CAST(TRY_CAST(NULLIF(\"" + c + "\", '') AS JSON) AS MAP(VARCHAR, VARCHAR))"));
        types.putAll(overrides);
        return ParquetFixtures.copy(csv, dir.resolve(name), ParquetFixtures.header(csv), types, extra, options);
    }

    /** Copies whose usage start moves by up to two days each: more distinct INT64 timestamps than a small dictionary holds. */
    private Path cur2WithManyTimes(String name) throws IOException {
        return cur2(name, MANY, "", Map.of("line_item_usage_start_date",
                "=TRY_CAST(\"line_item_usage_start_date\" AS TIMESTAMPTZ) + to_hours(i % 48)"));
    }

    private static final String MANY = ", range(" + COPIES + ") AS copies(i)";

    /** The scan the core makes for the format the file's columns are. */
    private static ColumnarBillingReader.Scan scanOf(List<String> names) {
        CsvHeader header = new CsvHeader("f", names);
        BillingFormat format = BillingFormats.detect(header).orElseThrow();
        BillingRowMapper mapper = format.bind(header, new BillingContext("f", TagColumns.defaults().columns()));
        BitSet columns = header.usedColumns();
        columns.set(mapper.billedCostColumn());
        int[] additive = Arrays.stream(mapper.additiveColumns()).filter(columns::get).distinct().toArray();
        return new ColumnarBillingReader.Scan(columns, additive, mapper.dayColumns(), mapper.billedCostColumn());
    }

    /** Each handed row as text: its source rows, line, and each projected column as the mappers can read it; sorted. */
    private static List<String> rows(ColumnarBillingReader.Table table, ColumnarBillingReader.Scan scan) {
        List<String> out = new ArrayList<>();
        BitSet columns = scan.columns();
        List<Integer> additive = Arrays.stream(scan.additive()).boxed().toList();
        table.scan(scan, row -> {
            StringBuilder b = new StringBuilder().append(row.sourceRows()).append(" @").append(row.line());
            for (int c = columns.nextSetBit(0); c >= 0; c = columns.nextSetBit(c + 1)) {
                b.append(" | ");
                if (row.isAbsent(c)) {
                    b.append('-');
                } else if (scan.dayColumns().containsKey(c)) {
                    b.append("day ").append(row.epochDay(c, scan.dayColumns().get(c)));
                } else if (additive.contains(c)) {
                    // sums of binary floating point differ in their last bits with the order of addition
                    try {
                        b.append(row.exactDecimal(c).setScale(c == scan.billedColumn() ? 12 : 6, RoundingMode.HALF_EVEN).toPlainString());
                    } catch (InputException e) { // a sum that is not finite
                        b.append(e.getMessage());
                    }
                } else {
                    b.append(row.text(c));
                }
            }
            out.add(b.toString());
        });
        out.sort(null);
        return out;
    }

    /** The rows of the native scan, asserting it was not handed to DuckDB, against DuckDB's grouped scan of the same file. */
    private static void assertSameAsDuckDb(Path parquet) {
        List<String> expected = duckDbRows(parquet);
        assertThat(nativeRows(parquet)).hasSameSizeAs(expected).isEqualTo(expected);
    }

    /** The rows of DuckDB's grouped scan of {@code parquet}. */
    private static List<String> duckDbRows(Path parquet) {
        try (ParquetTable duck = ParquetTable.open(parquet, "f")) {
            return rows(duck, scanOf(duck.columnNames()));
        }
    }

    /** The rows of cloudcost's own scan of {@code parquet}, asserting it was not handed to DuckDB. */
    private static List<String> nativeRows(Path parquet) {
        try (NativeParquetTable table = NativeParquetTable.open(parquet, "f")) {
            List<String> rows = rows(table, scanOf(table.columnNames()));
            assertThat(table.fallback()).as("why it went to DuckDB").isNull();
            return rows;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", COMPRESSION 'gzip'", ", COMPRESSION 'uncompressed'", ", ROW_GROUP_SIZE " + ROW_GROUP})
    void focusGroupsAsDuckDb(String options) throws IOException {
        assertSameAsDuckDb(focus("focus.parquet", "DOUBLE", "TIMESTAMPTZ", false, MANY, options));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", COMPRESSION 'gzip'", ", ROW_GROUP_SIZE " + ROW_GROUP})
    void focusWithTagsAsAMapExactDecimalsAndNaiveTimestampsGroupsAsDuckDb(String options) throws IOException {
        assertSameAsDuckDb(focus("focus-map.parquet", "DECIMAL(18,6)", "TIMESTAMP", true, MANY, options));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", COMPRESSION 'uncompressed'", ", ROW_GROUP_SIZE " + ROW_GROUP})
    void cur2GroupsAsDuckDb(String options) throws IOException {
        assertSameAsDuckDb(cur2("cur2.parquet", MANY, options));
    }

    @Test
    void billedSumsBeyondALongOfUnitsGroupAsDuckDb() throws IOException {
        // 9,000,000.5 a row is 9.0e18 units of 10^-12: two rows of a group overflow a long, in a row
        // group's own table and again when the row groups' groups are added up
        assertSameAsDuckDb(focusCopies("focus-large.parquet", Map.of("BilledCost", "=(9000000.5 + (i % 3))::DOUBLE")));
    }

    @Test
    void billedAmountsThatAreNotFiniteAreGroupsOfTheirOwnThatTheMapperRefuses() throws IOException {
        // DuckDB's own grouping cannot cast NaN to a decimal, so the reference is the file without those rows:
        // not-finite amounts form groups of their own (their sign class), summed in floating point
        String notFinite = "=CASE WHEN i % 50 = 7 THEN 'NaN'::DOUBLE WHEN i % 50 = 9 THEN 'Infinity'::DOUBLE"
                + " WHEN i % 50 = 11 THEN '-Infinity'::DOUBLE ELSE TRY_CAST(\"BilledCost\" AS DOUBLE) END";
        Path with = focusCopies("focus-not-finite.parquet", Map.of("BilledCost", notFinite));
        Path without = focusCopies("focus-finite.parquet", Map.of("BilledCost", notFinite), " WHERE i % 50 NOT IN (7, 9, 11)");
        List<String> actual = nativeRows(with);
        List<String> refused = actual.stream().filter(r -> r.contains("expected a finite decimal number")).toList();
        assertThat(refused).isNotEmpty().allMatch(r -> r.contains("NaN") || r.contains("Infinity"));
        // the same groups, but their first rows' numbers: the file without the rows numbers them differently
        assertThat(withoutLines(actual.stream().filter(r -> !refused.contains(r)).toList())).isEqualTo(withoutLines(duckDbRows(without)));
    }

    private static List<String> withoutLines(List<String> rows) {
        return rows.stream().map(r -> r.replaceFirst(" @\\d+", "")).sorted().toList();
    }

    @Test
    void theRealFocusSampleGroupsAsDuckDb() {
        assertSameAsDuckDb(FocusParquetTest.realSampleParquet(dir));
    }

    @Test
    void manyRowGroupsOnOneThreadAndOnTwoGiveTheSameGroups() throws IOException {
        Path parquet = cur2("cur2-groups.parquet", MANY, ", ROW_GROUP_SIZE " + ROW_GROUP);
        assertThat(rowGroups(parquet)).isGreaterThan(2);
        List<List<String>> byThreads = new ArrayList<>();
        for (String threads : List.of("1", "2")) {
            String before = System.getProperty(NativeParquetTable.THREADS_PROPERTY);
            System.setProperty(NativeParquetTable.THREADS_PROPERTY, threads);
            try (NativeParquetTable table = NativeParquetTable.open(parquet, "f")) {
                byThreads.add(rows(table, scanOf(table.columnNames())));
            } finally {
                if (before == null) {
                    System.clearProperty(NativeParquetTable.THREADS_PROPERTY);
                } else {
                    System.setProperty(NativeParquetTable.THREADS_PROPERTY, before);
                }
            }
        }
        assertThat(byThreads.get(1)).isEqualTo(byThreads.get(0));
    }

    @Test
    void theFramesAndReportsOfManyRowGroupsEqualTheCsvs() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = cur2("cur2-frame.parquet", "", ", ROW_GROUP_SIZE " + ROW_GROUP);
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        ParquetFixtures.assertSameFrame(fromParquet, fromCsv, 1e-9);
        ParquetFixtures.assertSameReport(fromParquet.readReport(), fromCsv.readReport());
    }

    @ParameterizedTest
    @EnumSource(ParquetJavaCopies.Writer.class)
    void cur2WrittenByParquetJavaGroupsAsDuckDb(ParquetJavaCopies.Writer writer) throws IOException {
        assertSameAsDuckDb(ParquetJavaCopies.copy(cur2("cur2.parquet", MANY, ""), dir.resolve("cur2-pj.parquet"), writer));
    }

    @ParameterizedTest
    @EnumSource(value = ParquetJavaCopies.Writer.class, names = {"V1_SNAPPY", "V1_FALLBACK_SMALL_PAGES", "V2_SNAPPY",
        "V2_FALLBACK_TO_DELTA"})
    void focusWithTagsAsAMapWrittenByParquetJavaGroupsAsDuckDb(ParquetJavaCopies.Writer writer) throws IOException {
        Path duckDbWritten = focus("focus-map.parquet", "DECIMAL(18,6)", "TIMESTAMP", true, MANY, "");
        assertSameAsDuckDb(ParquetJavaCopies.copy(duckDbWritten, dir.resolve("focus-pj.parquet"), writer));
    }

    @Test
    void manyTimestampsInDeltaBinaryPackedPagesGroupAsDuckDb() throws IOException {
        assertSameAsDuckDb(ParquetJavaCopies.copy(cur2WithManyTimes("cur2-times.parquet"), dir.resolve("times.parquet"),
                ParquetJavaCopies.Writer.V2_FALLBACK_TO_DELTA));
    }

    @Test
    void theParquetJavaCopiesHaveTheShapesTheTestsAreFor() throws IOException {
        Path duckDbWritten = cur2("cur2.parquet", MANY, "");
        Path v1 = ParquetJavaCopies.copy(duckDbWritten, dir.resolve("v1.parquet"), ParquetJavaCopies.Writer.V1_SNAPPY);
        Path fallback = ParquetJavaCopies.copy(duckDbWritten, dir.resolve("fallback.parquet"),
                ParquetJavaCopies.Writer.V1_FALLBACK_SMALL_PAGES);
        String resource = "line_item_resource_id";

        assertThat(encodings(v1, resource)).allSatisfy(e -> assertThat(e).contains("PLAIN_DICTIONARY", "BIT_PACKED"));
        // the dictionary outgrew its page: PLAIN pages after dictionary-coded ones in one chunk
        assertThat(encodings(fallback, resource)).anySatisfy(e -> assertThat(e.split(", ")).contains("PLAIN", "PLAIN_DICTIONARY"));
        assertThat(rowGroups(fallback)).isGreaterThan(2);
        Path delta = ParquetJavaCopies.copy(duckDbWritten, dir.resolve("delta.parquet"), ParquetJavaCopies.Writer.V2_FALLBACK_TO_DELTA);
        assertThat(encodings(delta, resource)).anySatisfy(e -> assertThat(e.split(", ")).contains("DELTA_BYTE_ARRAY"));
        Path times = ParquetJavaCopies.copy(cur2WithManyTimes("cur2-times.parquet"), dir.resolve("times.parquet"),
                ParquetJavaCopies.Writer.V2_FALLBACK_TO_DELTA);
        assertThat(encodings(times, "line_item_usage_start_date"))
                .anySatisfy(e -> assertThat(e.split(", ")).contains("DELTA_BINARY_PACKED"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT created_by FROM parquet_file_metadata('" + v1 + "')")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("parquet-mr");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFramesAndReportsOfAParquetJavaFileEqualTheCsvs() throws IOException {
        Path csv = Cur2ParquetTest.doubled(Cur2ParquetTest.CUR2, dir);
        Path parquet = ParquetJavaCopies.copy(cur2("cur2-frame.parquet", "", ""), dir.resolve("cur2-frame-pj.parquet"),
                ParquetJavaCopies.Writer.V1_FALLBACK_SMALL_PAGES);
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        ParquetFixtures.assertSameFrame(fromParquet, fromCsv, 1e-9);
        ParquetFixtures.assertSameReport(fromParquet.readReport(), fromCsv.readReport());
    }

    @Test
    void aCodecItDoesNotDecodeGoesToDuckDbAndReadsTheSame() throws IOException {
        Path parquet = focus("focus-zstd.parquet", "DOUBLE", "TIMESTAMPTZ", false, "", ", COMPRESSION 'zstd'");
        List<String> expected;
        try (ParquetTable duck = ParquetTable.open(parquet, "f")) {
            expected = rows(duck, scanOf(duck.columnNames()));
        }
        try (NativeParquetTable table = NativeParquetTable.open(parquet, "f")) {
            assertThat(rows(table, scanOf(table.columnNames()))).isEqualTo(expected);
            assertThat(table.fallback()).contains("codec 6");
        }
    }

    @Test
    void aColumnOfATypeItDoesNotDecodeGoesToDuckDb() throws IOException {
        // DECIMAL(20,10) is a FIXED_LEN_BYTE_ARRAY
        Path parquet = focus("focus-wide-decimal.parquet", "DECIMAL(20,10)", "TIMESTAMPTZ", false, "", "");
        try (NativeParquetTable table = NativeParquetTable.open(parquet, "f")) {
            List<String> rows = rows(table, scanOf(table.columnNames()));
            assertThat(rows).isNotEmpty();
            assertThat(table.fallback()).contains("BilledCost").contains("physical type 7");
        }
    }

    @Test
    void aDamagedPageIsNamedInOneLine() throws IOException {
        Path parquet = cur2("cur2-damaged.parquet", MANY, "");
        byte[] bytes = Files.readAllBytes(parquet);
        // the data pages lie between the magic at the start and the footer: overwrite the middle third
        Arrays.fill(bytes, bytes.length / 3, bytes.length / 2, (byte) 0x7f);
        Path damaged = Files.write(dir.resolve("damaged.parquet"), bytes);

        assertThatThrownBy(() -> CostDataset.read().billing(damaged).load())
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(damaged + ": cannot be read as Parquet: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDateTooFarForMicrosecondsIsNamedInOneLine() throws IOException {
        // DATE holds days up to the year 5881580; in microseconds that overflows a long
        Path parquet = focus("focus-far.parquet", "DOUBLE", "TIMESTAMPTZ", false, "", "");
        Path far = dir.resolve("focus-far-date.parquet");
        ParquetFixtures.sql("COPY (SELECT * REPLACE (DATE '5881580-07-10' AS ChargePeriodStart)"
                + " FROM read_parquet('" + parquet + "')) TO '" + far + "' (FORMAT parquet)");

        assertThatThrownBy(() -> CostDataset.read().billing(far).load())
                .isInstanceOf(InputException.class)
                .hasMessage(far + ": cannot be read as Parquet: column ChargePeriodStart holds a time out of range (2147483646)");
    }

    /** The encodings DuckDB lists for each chunk of a column ({@code "PLAIN_DICTIONARY, RLE, BIT_PACKED"}). */
    private static List<String> encodings(Path parquet, String column) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT encodings FROM parquet_metadata('" + parquet + "') WHERE path_in_schema = '"
                        + column + "'")) {
            List<String> chunks = new ArrayList<>();
            while (rs.next()) {
                chunks.add(rs.getString(1));
            }
            return chunks;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rowGroups(Path parquet) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + parquet + "')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
