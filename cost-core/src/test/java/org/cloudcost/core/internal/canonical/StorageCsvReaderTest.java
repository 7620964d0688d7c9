package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.internal.canonical.Fixtures.utc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class StorageCsvReaderTest {
    private final ReadLog log = new ReadLog();

    private StorageFrame read(Path... files) {
        return StorageCsvReader.read(List.of(files), log, ProgressListener.NONE);
    }

    @Test
    void readsEveryColumnOfTheHappyFile() {
        Table t = read(Fixtures.path("storage/happy.csv")).table();

        assertThat(t.columnNames()).isEqualTo(StorageFrame.COLUMNS);
        // a quoted bucket keeps its comma, a quoted prefix its escaped quotes
        assertThat(t.stringColumn(StorageFrame.BUCKET).asList()).containsExactly("logs-prod", "logs-prod", "backup-oss", "media,eu");
        assertThat(t.stringColumn(StorageFrame.PREFIX).asList()).containsExactly("2024/", "2025/", "", "videos/\"raw\"/");
        assertThat(t.stringColumn(StorageFrame.STORAGE_CLASS).asList()).containsExactly("STANDARD", "STANDARD_IA", "Archive", "GLACIER");
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).asList()).containsExactly(1099511627776.0, 5.5e9, 0.0, 42.0);
        assertThat(t.longColumn(StorageFrame.OBJECT_COUNT).asList()).containsExactly(120000L, 3000L, 0L, 1L);
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).asList()).containsExactly(
                utc("2024-12-31T23:59:59"), utc("2025-06-30T12:00"), utc("2023-01-01T00:00"), utc("2022-05-05T05:05:05"));
        // empty and NULL are missing; +08:00 is converted to UTC
        assertThat(t.dateTimeColumn(StorageFrame.LAST_ACCESSED).asList()).containsExactly(
                null, utc("2025-06-30T16:00"), null, utc("2022-06-06T06:06:06"));
        assertThat(log.toReport().files()).containsExactly(new ReadReport.FileRead(
                Fixtures.path("storage/happy.csv").toString(), "storage", "canonical-storage", 4, 4));
    }

    @Test
    void optionalColumnsMayBeMissing() {
        Table t = read(Fixtures.path("storage/minimal.csv")).table();

        assertThat(t.stringColumn(StorageFrame.BUCKET).asList()).containsExactly("cold");
        assertThat(t.stringColumn(StorageFrame.PREFIX).asList()).containsExactly("");
        assertThat(t.stringColumn(StorageFrame.STORAGE_CLASS).asList()).containsExactly("DeepColdArchive");
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).get(0)).isEqualTo(1024.0);
        assertThat(t.longColumn(StorageFrame.OBJECT_COUNT).isMissing(0)).isTrue();
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).isMissing(0)).isTrue();
        assertThat(t.dateTimeColumn(StorageFrame.LAST_ACCESSED).isMissing(0)).isTrue();
    }

    @Test
    void readsCrlfGzipAndSeveralFilesIntoOneFrame(@TempDir Path dir) throws Exception {
        Path crlf = Fixtures.path("storage/crlf.csv");
        assertThat(Files.readString(crlf)).contains("\r\n");
        Path gz = Fixtures.gzip(Fixtures.path("storage/happy.csv"), dir.resolve("storage.csv.gz"));

        Table t = read(crlf, gz).table();

        assertThat(t.rowCount()).isEqualTo(6);
        assertThat(t.stringColumn(StorageFrame.STORAGE_CLASS).asList())
                .containsExactly("IA", "Standard", "STANDARD", "STANDARD_IA", "Archive", "GLACIER");
        // no \r left on the last field of a CRLF line
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).get(1)).isEqualTo(utc("2025-02-01T00:00"));
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).sum()).isEqualTo(10 + 20 + 1099511627776.0 + 5.5e9 + 0 + 42);
    }
}
