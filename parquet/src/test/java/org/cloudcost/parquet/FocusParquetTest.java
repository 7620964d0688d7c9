package org.cloudcost.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudcost.parquet.ParquetFixtures.assertSameFrame;
import static org.cloudcost.parquet.ParquetFixtures.assertSameReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FOCUS file as Parquet reads into the same billing frame and read report as the same data as
 * CSV: typed columns (DOUBLE, DECIMAL, TIMESTAMP WITH TIME ZONE, naive TIMESTAMP), Tags as JSON
 * text or as a MAP, columns the mapper does not read holding types it could not read, and the
 * real FOCUS sample.
 */
class FocusParquetTest {
    /** The core's FOCUS warts fixture (NULL literals, mixed timestamp spellings, enum casing), doubled: rows that group. */
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static final Path WARTS = SharedSamples.repoRoot().resolve("cost-core/src/test/resources/focus/warts-1.0.csv");
    private static final List<String> AMOUNTS = List.of("BilledCost", "EffectiveCost", "ListCost", "PricingQuantity", "ContractedCost");
    private static final List<String> TIMES = List.of("BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd");

    @TempDir
    Path dir;
    Path csv;

    @BeforeEach
    void doubledWarts() throws IOException {
        List<String> lines = Files.readAllLines(WARTS);
        csv = dir.resolve("warts-doubled.csv");
        List<String> doubled = new java.util.ArrayList<>(lines);
        doubled.addAll(lines.subList(1, lines.size()));
        Files.write(csv, doubled);
    }

    private Path parquet(String name, String amountType, String timeType, Map<String, String> more) {
        Map<String, String> types = new HashMap<>(more);
        AMOUNTS.forEach(c -> types.putIfAbsent(c, amountType));
        TIMES.forEach(c -> types.putIfAbsent(c, timeType));
        return ParquetFixtures.copy(csv, dir.resolve(name), ParquetFixtures.header(csv), types, "");
    }

    @Test
    void typedParquetReadsAsTheCsv() {
        Path parquet = parquet("warts.parquet", "DOUBLE", "TIMESTAMPTZ", Map.of());
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        assertSameFrame(fromParquet, fromCsv, 1e-9);
        assertSameReport(fromParquet.readReport(), fromCsv.readReport());
        long wartsLines = CostDataset.read().billing(WARTS).load().readReport().files().get(0).dataLines();
        assertThat(fromParquet.readReport().files().get(0).dataLines()).isEqualTo(2 * wartsLines);
        assertThat(fromParquet.readReport().files().get(0).format()).isEqualTo("focus 1.0 (Parquet)");
        assertThat(fromParquet.spend().reconciliation().reconciled()).isTrue();
    }

    @Test
    void tagsAsAMapDecimalsAndNaiveTimestampsReadAsTheCsv() {
        Path parquet = parquet("warts-map.parquet", "DECIMAL(20,10)", "TIMESTAMP",
                Map.of("Tags", "=TRY_CAST(TRY_CAST(NULLIF(NULLIF(\"Tags\", 'NULL'), '') AS JSON) AS MAP(VARCHAR, VARCHAR))"));
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        assertSameFrame(fromParquet, fromCsv, 1e-9);
        assertSameReport(fromParquet.readReport(), fromCsv.readReport());
        assertThat(fromParquet.billing().table().stringColumn("env").asList()).contains("prod");
    }

    @Test
    void columnsTheMapperDoesNotReadAreNeitherReadNorDecoded() {
        Path parquet = parquet("warts-odd.parquet", "DOUBLE", "TIMESTAMPTZ", Map.of(
                "ChargeDescription", "={'nested': [1, 2, 3], 'text': \"ChargeDescription\"}",
                "AvailabilityZone", "=to_json([1.5, 2.5])",
                "ChargeClass", "=INTERVAL 3 DAYS",
                "ContractedCost", "=CAST('not a number' AS BLOB)"));
        CostDataset fromCsv = CostDataset.read().billing(csv).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        assertSameFrame(fromParquet, fromCsv, 1e-9);
        assertSameReport(fromParquet.readReport(), fromCsv.readReport());
    }

    /** The real FOCUS 1.0 sample (skipped where {@code ../shared} is absent) as Parquet in {@code dir}: amounts DOUBLE, times naive TIMESTAMP. */
    static Path realSampleParquet(Path dir) {
        Path sample = SharedSamples.require("focus-sample-1.0/focus_sample.csv");
        Map<String, String> types = new HashMap<>();
        List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "PricingQuantity", "ConsumedQuantity")
                .forEach(c -> types.put(c, "DOUBLE"));
        List.of("BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd").forEach(c -> types.put(c, "TIMESTAMP"));
        return ParquetFixtures.copy(sample, dir.resolve("focus_sample.parquet"), ParquetFixtures.header(sample), types, "");
    }

    @Test
    void theRealFocusSampleReadsAsItsCsv() {
        Path parquet = realSampleParquet(dir);
        Path sample = SharedSamples.require("focus-sample-1.0/focus_sample.csv");

        CostDataset fromCsv = CostDataset.read().billing(sample).load();
        CostDataset fromParquet = CostDataset.read().billing(parquet).load();

        assertSameFrame(fromParquet, fromCsv, 1e-9);
        assertSameReport(fromParquet.readReport(), fromCsv.readReport());
        assertThat(fromParquet.readReport().files().get(0).dataLines()).isEqualTo(1000);
        assertThat(fromParquet.spend().totalBilledCost()).isEqualByComparingTo(fromCsv.spend().totalBilledCost());
    }

    @Test
    void aMissingBilledCostNamesTheParquetRow() {
        Path parquet = parquet("warts-null.parquet", "DOUBLE", "TIMESTAMPTZ",
                Map.of("BilledCost", "=CASE WHEN \"ChargeCategory\" = 'Tax' THEN NULL ELSE TRY_CAST(\"BilledCost\" AS DOUBLE) END"));

        assertThatThrownBy(() -> CostDataset.read().billing(parquet).load())
                .isInstanceOf(InputException.class)
                .hasMessage(parquet + ":3:2 (BilledCost): expected a decimal number, found an empty value (Parquet row 3)");
    }

    @Test
    void ofManyFailingGroupsTheFirstRowInTheFileIsNamed() {
        // every row but the Tax ones lacks its BilledCost: many groups fail, in whatever order they come
        Path parquet = parquet("warts-nulls.parquet", "DOUBLE", "TIMESTAMPTZ",
                Map.of("BilledCost", "=CASE WHEN \"ChargeCategory\" = 'Tax' THEN TRY_CAST(\"BilledCost\" AS DOUBLE) ELSE NULL END"));

        assertThatThrownBy(() -> CostDataset.read().billing(parquet).load())
                .isInstanceOf(InputException.class)
                .hasMessage(parquet + ":1:2 (BilledCost): expected a decimal number, found an empty value (Parquet row 1)");
    }

    @Test
    void aParquetStreamIsReadFromATemporaryCopyDeletedAfterwards() throws IOException {
        Path local = parquet("warts.parquet", "DOUBLE", "TIMESTAMPTZ", Map.of());
        byte[] bytes = Files.readAllBytes(local);
        Set<Path> before = temporaryCopies();

        CostDataset fromStream = CostDataset.read().billing("s3://bucket/focus.parquet", bytes.length,
                () -> new ByteArrayInputStream(bytes)).load();
        CostDataset fromFile = CostDataset.read().billing(local).load();

        assertSameFrame(fromStream, fromFile, 0);
        assertSameReport(fromStream.readReport(), fromFile.readReport());
        assertThat(fromStream.readReport().files()).extracting(ReadReport.FileRead::file, ReadReport.FileRead::format)
                .containsExactly(tuple("s3://bucket/focus.parquet", fromFile.readReport().files().get(0).format()));
        assertThat(temporaryCopies()).as("copies left in " + TMP).isEqualTo(before);
    }

    /** The temporary copies of Parquet streams now in java.io.tmpdir. */
    private static Set<Path> temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(TMP)) {
            return files.filter(p -> p.getFileName().toString().matches("cloudcost-.*\\.parquet")).collect(Collectors.toSet());
        }
    }

    @Test
    void aGzippedParquetFileIsRefusedInOneLine() throws IOException {
        Path parquet = parquet("warts.parquet", "DOUBLE", "TIMESTAMPTZ", Map.of());
        Path gz = dir.resolve("warts.parquet.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(parquet, out);
        }

        assertThatThrownBy(() -> CostDataset.read().billing(gz).load())
                .isInstanceOf(InputException.class)
                .hasMessage(gz + ": is a compressed Parquet file; Parquet compresses its own columns: decompress it (gunzip)"
                        + " and read the .parquet file");
    }

    @Test
    void aCorruptParquetFileIsNamedInOneLine() throws IOException {
        byte[] good = Files.readAllBytes(parquet("warts.parquet", "DOUBLE", "TIMESTAMPTZ", Map.of()));
        Path corrupt = dir.resolve("corrupt.parquet");
        Files.write(corrupt, java.util.Arrays.copyOf(good, good.length / 2));

        assertThatThrownBy(() -> CostDataset.read().billing(corrupt).load())
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(corrupt + ": cannot be read as Parquet: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void parquetColumnsNoFormatKnowsAreAnUnknownFormat() {
        Path odd = dir.resolve("odd.parquet");
        ParquetFixtures.sql("COPY (SELECT 1 AS a, 'x' AS b) TO '" + odd + "' (FORMAT parquet)");

        assertThatThrownBy(() -> CostDataset.read().billing(odd).load())
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(odd + ": unknown billing format: no known format recognises the Parquet columns \"a,b\"; known formats: ")
                .hasMessageNotContaining("\n");
    }
}
