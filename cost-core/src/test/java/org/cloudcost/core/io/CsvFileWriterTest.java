package org.cloudcost.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudcost.core.CostDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written with the canonical layouts read back through the real readers. */
class CsvFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenFilesReadBackThroughTheReaders() throws IOException {
        Path billing = dir.resolve("out/billing.csv");
        try (CsvFileWriter out = CsvFileWriter.create(billing, CanonicalCsv.FOCUS_BILLING)) {
            out.row("10.50", "10.50", "12.00", "CNY", "acct", "sub", "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z",
                    "2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "Usage", "Compute", "Elastic Compute Service",
                    "Alibaba Cloud", "cn-hangzhou", "i-1", "ECS Instance", "ecs.g7.xlarge", "24", "Hours",
                    "{\"env\":\"prod\",\"team\":\"a, b\"}");
            assertThat(out.rows()).isEqualTo(1);
        }
        Path inventory = dir.resolve("inventory.csv");
        try (CsvFileWriter out = CsvFileWriter.create(inventory, CanonicalCsv.INVENTORY)) {
            out.row("i-1", "Alibaba Cloud", "compute", "cn-hangzhou", "ecs.g7.xlarge", "4", "16", "running",
                    "2025-02-01T00:00:00Z", null, null, null, "env:prod;note:say \"hi\"");
        }
        Path usage = dir.resolve("usage.csv");
        try (CsvFileWriter out = CsvFileWriter.create(usage, CanonicalCsv.USAGE)) {
            out.row("i-1", "2026-10-01T00:00:00Z", "cpu_percent", "3.1", "Average", "300");
        }
        Path storage = dir.resolve("storage.csv");
        try (CsvFileWriter out = CsvFileWriter.create(storage, CanonicalCsv.STORAGE)) {
            out.row("b", "logs/", "Standard", "1073741824", "10", "2025-01-01T00:00:00Z", "");
        }
        CostDataset ds = CostDataset.read().billing(billing).inventory(inventory).usage(usage).storage(storage).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("10.50");
        assertThat(ds.billing().table().stringColumn("team").get(0)).isEqualTo("a, b");
        assertThat(ds.inventory().table().stringColumn("Tags").get(0)).isEqualTo("{\"env\":\"prod\",\"note\":\"say \\\"hi\\\"\"}");
        assertThat(ds.usage().rowCount()).isEqualTo(1);
        assertThat(ds.storage().rowCount()).isEqualTo(1);
        assertThat(Files.readString(usage)).isEqualTo("ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds\n"
                + "i-1,2026-10-01T00:00:00Z,cpu_percent,3.1,Average,300\n");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() throws IOException {
        try (CsvFileWriter out = CsvFileWriter.create(dir.resolve("u.csv"), CanonicalCsv.USAGE)) {
            assertThatThrownBy(() -> out.row("i-1", "2026-10-01T00:00:00Z"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a row of 2 cells for the 6 columns");
        }
        assertThat(CsvFileWriter.quoted("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(CsvFileWriter.quoted("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
