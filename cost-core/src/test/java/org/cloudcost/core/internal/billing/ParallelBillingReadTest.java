package org.cloudcost.core.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.read.ReadLog;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The parallel reader (byte ranges of one file on several threads, several files at once)
 * gives exactly the frame, read report and errors of a sequential read, wherever the ranges
 * fall: inside quoted fields with line breaks, between a CR and its LF, after a BOM.
 */
class ParallelBillingReadTest {
    private static final String HEADER = "\"BilledCost\",\"BillingAccountId\",\"BillingCurrency\",\"ChargeCategory\","
            + "\"ChargeDescription\",\"ChargePeriodStart\",\"EffectiveCost\",\"ListCost\",\"PricingQuantity\","
            + "\"ProviderName\",\"RegionId\",\"ResourceId\",\"ServiceCategory\",\"ServiceName\",\"SkuId\",\"Tags\"";

    @TempDir
    Path tmp;

    /** A FOCUS file with every wart the ranges must survive, and its BilledCost summed independently. */
    private record Written(Path file, BigDecimal billed, List<Integer> quotedBreakOffsets) {
    }

    private Written write(String name, int lines, String lineEnd, boolean bom, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        if (bom) {
            sb.append('\uFEFF');
        }
        sb.append(HEADER).append(lineEnd);
        BigDecimal billed = BigDecimal.ZERO;
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (i == lines / 3) {
                sb.append(lineEnd); // a blank line, skipped and reported
            }
            if (i == lines / 2) {
                sb.append(HEADER).append(lineEnd); // a repeated header (concatenated files)
            }
            BigDecimal cost = BigDecimal.valueOf(r.nextInt(2_000_000) - 100_000, 1 + r.nextInt(9));
            billed = billed.add(cost);
            String description = switch (i % 5) {
                case 0 -> "\"m5.large, on demand\"";
                case 1 -> "\"two\nlines\"";
                case 2 -> "\"CR LF\r\ninside\"";
                case 3 -> "\"says \"\"hi\"\", then\n\"\"more\"\"\"";
                default -> "plain";
            };
            sb.append(cost.toPlainString()).append(",\"0012345678901\",USD,")
                    .append(i % 17 == 0 ? "Credit" : "Usage").append(',');
            int descriptionAt = sb.length();
            sb.append(description).append(',')
                    .append("2026-10-").append(String.format("%02d", 1 + i % 7)).append("T0").append(i % 10).append(":00:00Z,")
                    .append(cost.multiply(BigDecimal.valueOf(9, 1)).toPlainString()).append(',')
                    .append(cost.multiply(BigDecimal.valueOf(11, 1)).toPlainString()).append(',')
                    .append(r.nextInt(100)).append('.').append(r.nextInt(1000)).append(",AWS,us-east-1,")
                    .append(i % 11 == 0 ? "" : "i-" + (i % 13)).append(",Compute,\"Amazon EC2\",SKU").append(i % 3).append(',')
                    .append(i % 4 == 0 ? "NULL" : "\"{\"\"env\"\": \"\"" + (i % 2 == 0 ? "prod" : "test") + "\"\", \"\"team\"\": \"\"a,b\"\"}\"")
                    .append(lineEnd);
            int nl = description.indexOf('\n');
            if (nl >= 0) {
                breaks.add(descriptionAt + nl); // a char offset; ASCII after the BOM, so bytes = chars + 2 with a BOM
            }
        }
        Path f = tmp.resolve(name);
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        int shift = bom ? 2 : 0; // U+FEFF is 3 bytes, 1 char
        return new Written(f, billed, breaks.stream().map(o -> o + shift).toList());
    }

    private record Read(BillingFrame frame, ReadReport report, int rereads) {
    }

    private static Read read(int threads, long rangeBytes, Path... files) {
        return read(threads, rangeBytes, true, files);
    }

    private static Read read(int threads, long rangeBytes, boolean grouping, Path... files) {
        BillingFileReader reader = new BillingFileReader(CloudcostConfig.defaults().tagColumns(), ProgressListener.NONE,
                threads, rangeBytes, grouping);
        ReadLog log = new ReadLog();
        List<BillingFileReader.Source> sources = new ArrayList<>();
        List<Optional<String>> formats = new ArrayList<>();
        for (Path f : files) {
            sources.add(BillingFileReader.Source.of(f));
            formats.add(Optional.empty());
        }
        BillingFrame frame = reader.read(sources, formats, log);
        return new Read(frame, log.toReport(), reader.rereadRanges());
    }

    private static void assertSameFrame(BillingFrame actual, BillingFrame expected) {
        Table a = actual.table();
        Table e = expected.table();
        assertThat(a.columnNames()).isEqualTo(e.columnNames());
        assertThat(a.rowCount()).isEqualTo(e.rowCount()).isPositive();
        for (int c = 0; c < e.columnCount(); c++) {
            Column<?> ec = e.column(c);
            assertThat(a.column(c).asList()).as(ec.name()).isEqualTo(ec.asList()); // Double.equals: bit for bit
        }
    }

    private static void assertSameReport(ReadReport actual, ReadReport expected) {
        assertThat(actual.files()).isNotEmpty();
        assertThat(actual).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {23, 64, 101, 257, 1000, 4096})
    void rangesAnywhereGiveTheSequentialFrame(long rangeBytes) throws IOException {
        Written w = write("lf.csv", 300, "\n", false, 1);
        Read sequential = read(1, 0, w.file());
        Read parallel = read(2, rangeBytes, w.file());
        assertSameFrame(parallel.frame(), sequential.frame());
        assertSameReport(parallel.report(), sequential.report());
        assertThat(parallel.report().sourceBilledCost().get("USD")).isEqualByComparingTo(w.billed());
    }

    @ParameterizedTest
    @ValueSource(longs = {23, 257, 4096})
    void recordByRecordMappingInRangesGivesTheSequentialFrameToo(long rangeBytes) throws IOException {
        Written w = write("per-record.csv", 300, "\r\n", true, 9);
        Read sequential = read(1, 0, false, w.file());
        Read parallel = read(2, rangeBytes, false, w.file());
        assertSameFrame(parallel.frame(), sequential.frame());
        assertSameReport(parallel.report(), sequential.report());
    }

    /**
     * Grouping records before mapping them changes only how the amounts are rounded to doubles
     * (once per group rather than once per record): the same rows, the same text, the same read
     * report, amounts equal to 10^-9.
     */
    @Test
    void groupedMappingMatchesRecordByRecordMapping() throws IOException {
        assertGroupedMatchesPerRecord(write("grouped.csv", 400, "\n", false, 10).file());
    }

    /** A file wider than the tokenizer's first field arrays (64): a rebuilt record has every column. */
    @Test
    void groupedMappingOfAWideFile() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int c = 0; c < 70; c++) {
            sb.append(",x_Custom").append(c);
        }
        sb.append('\n');
        for (int i = 0; i < 300; i++) {
            sb.append(i % 7).append('.').append(i % 100).append(",\"0012345678901\",USD,Usage,plain,2026-10-0")
                    .append(1 + i % 3).append("T00:00:00Z,1,2,3,AWS,us-east-1,i-").append(i % 5)
                    .append(",Compute,\"Amazon EC2\",SKU1,NULL");
            for (int c = 0; c < 70; c++) {
                sb.append(',').append(c % 2 == 0 ? "" : "v" + i % 3);
            }
            sb.append('\n');
        }
        Path f = tmp.resolve("wide.csv");
        Files.writeString(f, sb);
        assertGroupedMatchesPerRecord(f);
    }

    /**
     * A signature keeps neighbouring text columns as one run of the file's bytes and cuts it into
     * fields again when it maps the group: every way a field can be written inside a run is
     * mapped as a record-by-record read maps it.
     */
    @Test
    void groupedMappingOfRunsWithEveryQuoting() throws IOException {
        String[] resourceIds = {"\"\"", "i-\"7", "\"i-1\n2\"", "\"a,\"\"b\"\"\"", "i-3", "", "\"\"\"\"", "\"i-3\""};
        String[] tags = {"\"{\"\"k\"\": \"\"v\"\"}\"", "NULL", "\"{}\"", "\"{\"\"a,b\"\": \"\"\"\"}\""};
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 240; i++) {
            sb.append(i % 9).append(".0").append(i % 4).append(",\"0012345678901\",USD,Usage,x,2026-10-0").append(1 + i % 2)
                    .append("T00:00:00Z,1,2,3,\"AWS\",us-east-1,").append(resourceIds[i % resourceIds.length])
                    .append(",Compute,\"Amazon EC2\",SKU").append(i % 2).append(',').append(tags[i % tags.length]).append('\n');
        }
        Path f = tmp.resolve("runs.csv");
        Files.writeString(f, sb);
        assertGroupedMatchesPerRecord(f);
    }

    private static void assertGroupedMatchesPerRecord(Path file) {
        Read perRecord = read(1, 0, false, file);
        Read grouped = read(2, 311, true, file);
        assertSameReport(grouped.report(), perRecord.report());
        Table a = grouped.frame().table();
        Table e = perRecord.frame().table();
        assertThat(a.rowCount()).isEqualTo(e.rowCount()).isPositive();
        for (int c = 0; c < e.columnCount(); c++) {
            Column<?> ec = e.column(c);
            if (ec instanceof tech.tablesaw.api.DoubleColumn ed) {
                tech.tablesaw.api.DoubleColumn ad = a.doubleColumn(c);
                for (int r = 0; r < e.rowCount(); r++) {
                    assertThat(ad.getDouble(r)).as(ec.name() + " row " + r).isCloseTo(ed.getDouble(r),
                            org.assertj.core.data.Offset.offset(1e-9));
                }
            } else {
                assertThat(a.column(c).asList()).as(ec.name()).isEqualTo(ec.asList());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {19, 77, 500})
    void crlfAndBom(long rangeBytes) throws IOException {
        Written w = write("crlf.csv", 200, "\r\n", true, 2);
        Read sequential = read(1, 0, w.file());
        Read parallel = read(3, rangeBytes, w.file());
        assertSameFrame(parallel.frame(), sequential.frame());
        assertSameReport(parallel.report(), sequential.report());
        assertThat(parallel.report().sourceBilledCost().get("USD")).isEqualByComparingTo(w.billed());
    }

    @Test
    void aRangeGuessedInsideAQuotedLineBreakIsReadAgainFromTheTrueStart() throws IOException {
        Written w = write("quoted.csv", 60, "\n", false, 3);
        long dataStart = HEADER.length() + 1;
        // the first range's end lands right on a line feed inside a quoted field: the next range
        // is guessed to start after it, inside the field
        long rangeBytes = w.quotedBreakOffsets().get(3) - dataStart + 1;
        Read sequential = read(1, 0, w.file());
        Read parallel = read(2, rangeBytes, w.file());
        assertThat(parallel.rereads()).isPositive();
        assertSameFrame(parallel.frame(), sequential.frame());
        assertSameReport(parallel.report(), sequential.report());
    }

    @Test
    void totalsReconcileToTheCent() throws IOException {
        Written w = write("totals.csv", 500, "\n", false, 4);
        Read parallel = read(2, 997, w.file());
        double frameTotal = parallel.frame().table().doubleColumn(BillingFrame.BILLED_COST).sum();
        assertThat(BigDecimal.valueOf(frameTotal).subtract(w.billed()).abs()).isLessThan(new BigDecimal("0.01"));
    }

    @Test
    void severalFilesAtOnceKeepTheirOrder() throws IOException {
        Written a = write("a.csv", 120, "\n", false, 5);
        Written b = write("b.csv", 80, "\r\n", true, 6);
        Written c = write("c.csv", 150, "\n", false, 7);
        Path gz = tmp.resolve("b.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(b.file()));
        }
        Read sequential = read(1, 0, a.file(), gz, c.file());
        Read parallel = read(2, 300, a.file(), gz, c.file());
        assertSameFrame(parallel.frame(), sequential.frame());
        assertSameReport(parallel.report(), sequential.report());
        assertThat(parallel.report().files()).extracting(ReadReport.FileRead::file)
                .containsExactly(a.file().toString(), gz.toString(), c.file().toString());
    }

    @Test
    void theFirstErrorInFileOrderIsReportedWithItsLine() throws IOException {
        Written w = write("bad.csv", 400, "\n", false, 8);
        String text = Files.readString(w.file());
        // two bad amounts: the first, in a late range, is the one reported
        int first = text.indexOf("\n", text.length() * 2 / 3) + 1;
        int second = text.indexOf("\n", text.length() * 9 / 10) + 1;
        String bad = text.substring(0, first) + "x" + text.substring(first, second) + "y" + text.substring(second);
        Files.writeString(w.file(), bad);
        InputException sequential = catchThrowableOfType(InputException.class, () -> read(1, 0, w.file()));
        InputException parallel = catchThrowableOfType(InputException.class, () -> read(2, 211, w.file()));
        assertThat(sequential).isNotNull();
        assertThat(parallel).isNotNull();
        assertThat(parallel.getMessage()).isEqualTo(sequential.getMessage());
        assertThat(parallel.line()).isEqualTo(sequential.line())
                .isEqualTo(bad.substring(0, first).chars().filter(ch -> ch == '\n').count() + 1);
    }

    /**
     * A record the mapper refuses (no currency), found only when its group is mapped, comes
     * before a record the scan refuses (a bad amount) a few lines further on, in one batch of
     * lookups: the grouped read still folds the records before the bad amount and reports the
     * earlier error, as a record-by-record read does.
     */
    @Test
    void aMappingErrorBeforeAScanErrorIsTheOneReported() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 12; i++) {
            sb.append(i == 9 ? "twelve" : "1.5").append(",\"0012345678901\",").append(i == 3 ? "" : "USD")
                    .append(",Usage,x,2026-10-01T00:00:00Z,1,2,3,AWS,us-east-1,i-").append(i)
                    .append(",Compute,\"Amazon EC2\",SKU1,NULL\n");
        }
        Path f = tmp.resolve("mapping-then-scan.csv");
        Files.writeString(f, sb);
        InputException perRecord = catchThrowableOfType(InputException.class, () -> read(1, 0, false, f));
        InputException grouped = catchThrowableOfType(InputException.class, () -> read(1, 0, true, f));
        assertThat(perRecord).isNotNull();
        assertThat(perRecord.line()).isEqualTo(5);
        assertThat(grouped).isNotNull();
        assertThat(grouped.getMessage()).isEqualTo(perRecord.getMessage());
    }

    /**
     * A group's day is handed to the mapper without parsing its text again; a later group without
     * that day must still fail as its record does, not take the day of the group before it.
     */
    @Test
    void aGroupWithoutAChargeDayAfterOneWithItFails() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 6; i++) {
            sb.append("1.5,\"0012345678901\",USD,Usage,x,").append(i == 4 ? "" : "2026-10-01T00:00:00Z")
                    .append(",1,2,3,AWS,us-east-1,i-").append(i).append(",Compute,\"Amazon EC2\",SKU1,NULL\n");
        }
        Path f = tmp.resolve("no-charge-day.csv");
        Files.writeString(f, sb);
        InputException perRecord = catchThrowableOfType(InputException.class, () -> read(1, 0, false, f));
        InputException grouped = catchThrowableOfType(InputException.class, () -> read(1, 0, true, f));
        assertThat(perRecord).isNotNull();
        assertThat(perRecord.line()).isEqualTo(6);
        assertThat(grouped).isNotNull();
        assertThat(grouped.getMessage()).isEqualTo(perRecord.getMessage());
    }

    @Test
    void realFocusSample() {
        Path sample = SharedSamples.require("focus-sample-1.0/focus_sample.csv");
        Read sequential = read(1, 0, sample);
        for (long rangeBytes : new long[] {4099, 65_537}) {
            Read parallel = read(2, rangeBytes, sample);
            assertSameFrame(parallel.frame(), sequential.frame());
            assertSameReport(parallel.report(), sequential.report());
        }
    }
}
