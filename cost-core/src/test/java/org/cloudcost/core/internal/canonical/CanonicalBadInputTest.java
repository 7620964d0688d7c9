package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input of the three canonical CSVs: one line naming file, line and column. */
class CanonicalBadInputTest {

    /** A reader under test. */
    enum Reader {
        USAGE, INVENTORY, STORAGE;

        void read(Path file) {
            ReadLog log = new ReadLog();
            switch (this) {
                case USAGE -> UsageCsvReader.read(List.of(file), log, ProgressListener.NONE);
                case INVENTORY -> InventoryCsvReader.read(List.of(file), TagColumns.defaults(), log, ProgressListener.NONE);
                case STORAGE -> StorageCsvReader.read(List.of(file), log, ProgressListener.NONE);
            }
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // reader, fixture, line, column, what the message says
                Arguments.of(Reader.USAGE, "usage-truncated.csv", 3, 4, "(Value): truncated line: it has 3 fields, the header has 6"),
                Arguments.of(Reader.USAGE, "usage-non-numeric.csv", 3, 4, "(Value): expected a decimal number, found \"twelve\""),
                Arguments.of(Reader.USAGE, "usage-bad-timestamp.csv", 2, 2, "(Timestamp): expected a timestamp (ISO 8601"),
                Arguments.of(Reader.USAGE, "usage-missing-column.csv", 1, 0, "missing mandatory column \"Metric\""),
                Arguments.of(Reader.USAGE, "usage-empty.csv", 0, 0, "empty file"),
                Arguments.of(Reader.USAGE, "usage-unknown-statistic.csv", 4, 5,
                        "(Statistic): unknown statistic \"Minimum\"; expected Average or Maximum"),
                Arguments.of(Reader.USAGE, "usage-bad-period.csv", 2, 6,
                        "(PeriodSeconds): expected a positive whole number of seconds, found \"-60\""),
                Arguments.of(Reader.USAGE, "usage-infinite-value.csv", 2, 4, "(Value): expected a finite decimal number, found \"1e400\""),
                Arguments.of(Reader.INVENTORY, "inventory-bad-type.csv", 3, 3, "(ResourceType): unknown resource type \"vm\"; "
                        + "expected one of compute, database, disk, snapshot, bucket, ip, nat, load-balancer, cdn"),
                Arguments.of(Reader.INVENTORY, "inventory-duplicate.csv", 4, 1, "(ResourceId): ResourceId i-abc already listed at line 2"),
                Arguments.of(Reader.INVENTORY, "inventory-bad-json.csv", 2, 13, "(Tags): malformed JSON tags"),
                Arguments.of(Reader.INVENTORY, "inventory-bad-tag-pairs.csv", 2, 13, "(Tags): malformed tag \"team\"; expected k=v pairs"),
                Arguments.of(Reader.INVENTORY, "inventory-bad-vcpu.csv", 2, 6, "(VCpu): expected a decimal number, found \"eight\""),
                Arguments.of(Reader.INVENTORY, "inventory-bad-billing.csv", 2, 12,
                        "(BandwidthBilling): unknown bandwidth billing \"monthly\"; expected fixed or traffic"),
                Arguments.of(Reader.INVENTORY, "inventory-bad-created.csv", 2, 9, "(CreatedAt): expected a timestamp"),
                Arguments.of(Reader.INVENTORY, "inventory-missing-type-column.csv", 1, 0, "missing mandatory column \"ResourceType\""),
                // the record on lines 2-3 has a CRLF inside quotes: the next one starts on line 4
                Arguments.of(Reader.INVENTORY, "inventory-empty-id-after-multiline.csv", 4, 1,
                        "(ResourceId): expected a resource id, found an empty value"),
                Arguments.of(Reader.STORAGE, "storage-negative-size.csv", 2, 4, "(SizeBytes): expected a number >= 0, found \"-5\""),
                Arguments.of(Reader.STORAGE, "storage-fractional-count.csv", 2, 5, "(ObjectCount): expected a whole number >= 0, found \"1.5\""),
                Arguments.of(Reader.STORAGE, "storage-bad-modified.csv", 2, 6, "(LastModified): expected a timestamp"),
                Arguments.of(Reader.STORAGE, "storage-missing-column.csv", 1, 0, "missing mandatory column \"SizeBytes\""),
                Arguments.of(Reader.STORAGE, "storage-overlong.csv", 3, 8, "line has 8 fields, the header has 7"),
                Arguments.of(Reader.STORAGE, "storage-unterminated-quote.csv", 3, 2, "unterminated quoted field"),
                Arguments.of(Reader.STORAGE, "storage-empty-bucket.csv", 2, 1, "(Bucket): expected a bucket name, found an empty value"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInputs")
    void badInputIsOneLineNamingFileLineAndColumn(Reader reader, String fixture, long line, int column, String says) {
        Path file = Fixtures.path("bad/" + fixture);

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(file));

        assertThat(e).as("InputException for %s", fixture).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.getMessage()).contains(says).contains(fixture).doesNotContain("\n").doesNotContain("\r");
        String position = line == 0 ? file + ": " : column == 0 ? file + ":" + line + ": " : file + ":" + line + ":" + column;
        assertThat(e.getMessage()).startsWith(position);
    }

    @Test
    void corruptGzipIsAnInputError(@TempDir Path dir) throws Exception {
        Path gz = Fixtures.gzip(Fixtures.path("usage/happy.csv"), dir.resolve("cut.csv.gz"));
        byte[] bytes = java.nio.file.Files.readAllBytes(gz);
        java.nio.file.Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        InputException e = catchThrowableOfType(InputException.class, () -> Reader.USAGE.read(gz));

        assertThat(e.getMessage()).contains("cut.csv.gz").contains("gzip").doesNotContain("\n");
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        Path absent = dir.resolve("absent.csv");

        InputException e = catchThrowableOfType(InputException.class, () -> Reader.STORAGE.read(absent));

        assertThat(e.getMessage()).isEqualTo(absent + ": file not found");
    }
}
