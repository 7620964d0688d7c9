package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.core.internal.canonical.Fixtures.utc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class UsageCsvReaderTest {
    private final ReadLog log = new ReadLog();

    private UsageFrame read(Path... files) {
        return UsageCsvReader.read(List.of(files), log, ProgressListener.NONE);
    }

    /** One frame row as a comparable record. */
    record UsageRow(String resource, java.time.LocalDateTime timestamp, String metric, double value, String statistic,
                    int period, int samples) {
        static UsageRow of(Row r) {
            return new UsageRow(r.getString(UsageFrame.RESOURCE_ID), r.getDateTime(UsageFrame.TIMESTAMP),
                    r.getString(UsageFrame.METRIC), r.getDouble(UsageFrame.VALUE), r.getString(UsageFrame.STATISTIC),
                    r.getInt(UsageFrame.PERIOD_SECONDS), r.getInt(UsageFrame.SAMPLES));
        }
    }

    static List<UsageRow> rows(UsageFrame frame) {
        Table t = frame.table();
        List<UsageRow> out = new java.util.ArrayList<>();
        for (Row r : t) {
            out.add(UsageRow.of(r));
        }
        return out;
    }

    @Test
    void aggregatesSamplesIntoHourBucketsSortedByResourceMetricStatisticTime() {
        UsageFrame frame = read(Fixtures.path("usage/happy.csv"));

        assertThat(frame.table().columnNames()).isEqualTo(UsageFrame.COLUMNS);
        assertThat(rows(frame)).containsExactly(
                // (5 s x 60 + 15 s x 240) / 300: averages are weighted by period
                new UsageRow("db-1", utc("2026-10-01T13:00"), "cpu_percent", (5.0 * 60 + 15.0 * 240) / 300, "Average", 3600, 2),
                // a daily sample keeps its own period and timestamp
                new UsageRow("i-abc", utc("2026-10-01T00:00"), "cpu_percent", 12.5, "Average", 86400, 1),
                // three 5-minute samples (the third bare = UTC, default statistic and period) -> their mean
                new UsageRow("i-abc", utc("2026-10-01T13:00"), "cpu_percent", (10.0 + 20 + 45) / 3, "Average", 3600, 3),
                new UsageRow("i-abc", utc("2026-10-01T14:00"), "cpu_percent", 60.0, "Average", 3600, 1),
                // Maximum keeps the max; statistic spelling normalized
                new UsageRow("i-abc", utc("2026-10-01T13:00"), "cpu_percent", 80.0, "Maximum", 3600, 2),
                // 22:10+08:00 is 14:10 UTC
                new UsageRow("i-abc", utc("2026-10-01T14:00"), "cpu_percent", 55.0, "Maximum", 3600, 1));
    }

    @Test
    void absentValuesAreSkippedAndLoggedNeverZero() {
        UsageFrame frame = read(Fixtures.path("usage/happy.csv"));

        // i-nodata has only an empty value, i-abc's memory only NULL: both unknown, not 0
        assertThat(frame.table().stringColumn(UsageFrame.RESOURCE_ID).asList()).doesNotContain("i-nodata");
        assertThat(frame.table().stringColumn(UsageFrame.METRIC).asList()).doesNotContain("memory_percent");
        assertThat(frame.table().doubleColumn(UsageFrame.VALUE).asList()).doesNotContain(0.0);

        ReadReport report = log.toReport();
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("no value (absence of data is not zero)");
            assertThat(s.count()).isEqualTo(2);
            assertThat(s.firstLine()).isEqualTo(10);
            assertThat(s.billedCost()).isEmpty();
        });
        assertThat(report.files()).containsExactly(new ReadReport.FileRead(
                Fixtures.path("usage/happy.csv").toString(), "usage", "canonical-usage", 12, 6));
    }

    @Test
    void resourceWithoutUsageRowsIsAbsentNotZero() {
        UsageFrame usage = read(Fixtures.path("usage/happy.csv"));
        InventoryFrame inventory = InventoryCsvReader.read(List.of(Fixtures.path("inventory/happy.csv")),
                TagColumns.defaults(), new ReadLog(), ProgressListener.NONE);

        // every inventory resource but i-abc has no usage line: no rows at all, not rows of 0
        List<String> withUsage = usage.table().stringColumn(UsageFrame.RESOURCE_ID).unique().asList();
        assertThat(withUsage).containsExactlyInAnyOrder("db-1", "i-abc");
        assertThat(inventory.table().stringColumn(InventoryFrame.RESOURCE_ID).asList())
                .filteredOn(id -> !id.equals("i-abc"))
                .hasSize(5)
                .allSatisfy(id -> assertThat(withUsage).doesNotContain(id));
    }

    @Test
    void zeroIsAValueAbsenceIsNot(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("zero.csv"), "ResourceId,Timestamp,Metric,Value\n"
                + "i-idle,2026-10-01T03:00:00Z,cpu_percent,0\n"
                + "i-unknown,2026-10-01T03:00:00Z,cpu_percent,\n");

        assertThat(rows(read(f))).containsExactly(
                new UsageRow("i-idle", utc("2026-10-01T03:00"), "cpu_percent", 0.0, "Average", 3600, 1));
    }

    @Test
    void reportsProgressPerFile(@TempDir Path dir) {
        List<String> events = new java.util.ArrayList<>();
        long[] bytes = {0};
        ProgressListener progress = new ProgressListener() {
            @Override
            public void start(String file, long totalBytes) {
                events.add("start " + Path.of(file).getFileName() + " " + totalBytes);
            }

            @Override
            public void advance(long n) {
                bytes[0] += n;
            }

            @Override
            public void finish(String file) {
                events.add("finish " + Path.of(file).getFileName());
            }
        };
        Path happy = Fixtures.path("usage/happy.csv");
        Path bom = Fixtures.path("usage/bom.csv");

        UsageCsvReader.read(List.of(happy, bom), log, progress);

        long happySize = happy.toFile().length();
        long bomSize = bom.toFile().length();
        assertThat(events).containsExactly("start happy.csv " + happySize, "finish happy.csv",
                "start bom.csv " + bomSize, "finish bom.csv");
        assertThat(bytes[0]).isEqualTo(happySize + bomSize);
    }

    @Test
    void optionalColumnsDefaultAndHeaderIsCaseInsensitive() {
        UsageFrame frame = read(Fixtures.path("usage/minimal.csv"));

        assertThat(rows(frame)).containsExactly(
                new UsageRow("i-abc", utc("2026-10-01T13:00"), "cpu_percent", 35.0, "Average", 3600, 1),
                // 23:59:59 and the next midnight fall in different hours
                new UsageRow("i-xyz", utc("2026-10-01T23:00"), "net_in_bps", 1e6, "Average", 3600, 1),
                new UsageRow("i-xyz", utc("2026-10-02T00:00"), "net_in_bps", 3e6, "Average", 3600, 1));
    }

    @Test
    void severalFilesFoldIntoOneFrame() {
        UsageFrame frame = read(Fixtures.path("usage/happy.csv"), Fixtures.path("usage/minimal.csv"));

        Table t = frame.table();
        Table bucket = t.where(t.stringColumn(UsageFrame.RESOURCE_ID).isEqualTo("i-abc")
                .and(t.stringColumn(UsageFrame.STATISTIC).isEqualTo("Average"))
                .and(t.dateTimeColumn(UsageFrame.TIMESTAMP).isEqualTo(utc("2026-10-01T13:00"))));
        assertThat(bucket.rowCount()).isEqualTo(1);
        // 10, 20, 45 from happy.csv and 35 from minimal.csv, all 300 s
        assertThat(bucket.doubleColumn(UsageFrame.VALUE).get(0)).isCloseTo((10.0 + 20 + 45 + 35) / 4, within(1e-12));
        assertThat(bucket.intColumn(UsageFrame.SAMPLES).get(0)).isEqualTo(4);
        assertThat(t.rowCount()).isEqualTo(8);
        // rows are credited to the file that first made them: 6 + 2 = the frame's 8
        assertThat(log.toReport().files()).extracting(ReadReport.FileRead::rows).containsExactly(6L, 2L);
        assertThat(log.toReport().files()).extracting(ReadReport.FileRead::dataLines).containsExactly(12L, 3L);
    }

    @Test
    void readsGzipLikePlain(@TempDir Path dir) {
        Path gz = Fixtures.gzip(Fixtures.path("usage/happy.csv"), dir.resolve("usage.csv.gz"));
        Path disguised = Fixtures.gzip(Fixtures.path("usage/happy.csv"), dir.resolve("usage.csv"));

        List<UsageRow> plain = rows(read(Fixtures.path("usage/happy.csv")));
        assertThat(rows(read(gz))).isEqualTo(plain).hasSize(6);
        assertThat(rows(read(disguised))).isEqualTo(plain); // recognised by its magic bytes
    }

    @Test
    void acceptsUtf8ByteOrderMark() throws Exception {
        Path bom = Fixtures.path("usage/bom.csv");
        assertThat(Files.readAllBytes(bom)).startsWith(0xEF, 0xBB, 0xBF);

        assertThat(rows(read(bom))).containsExactly(
                new UsageRow("i-bom", utc("2026-10-01T08:00"), "cpu_percent", 7.5, "Average", 3600, 1));
    }

    @Test
    void skipsBlankAndRepeatedHeaderLinesOfConcatenatedFiles() {
        UsageFrame frame = read(Fixtures.path("usage/concatenated.csv"));

        assertThat(rows(frame)).containsExactly(
                new UsageRow("i-cat", utc("2026-10-01T13:00"), "cpu_percent", 2.0, "Average", 3600, 2));
        assertThat(log.toReport().skipped()).extracting(ReadReport.SkippedLines::reason, ReadReport.SkippedLines::firstLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("blank line", 3L),
                        org.assertj.core.groups.Tuple.tuple("repeated header line", 4L));
    }

    @Test
    void headerOnlyFileGivesAnEmptyFrame(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("header-only.csv"), "ResourceId,Timestamp,Metric,Value\n");

        UsageFrame frame = read(f);

        assertThat(frame.rowCount()).isZero();
        assertThat(frame.table().columnNames()).isEqualTo(UsageFrame.COLUMNS);
    }
}
