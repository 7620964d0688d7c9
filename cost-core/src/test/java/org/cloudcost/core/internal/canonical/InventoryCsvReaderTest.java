package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cloudcost.core.internal.canonical.Fixtures.utc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class InventoryCsvReaderTest {
    private final ReadLog log = new ReadLog();

    private InventoryFrame read(TagColumns tags, Path... files) {
        return InventoryCsvReader.read(List.of(files), tags, log, ProgressListener.NONE);
    }

    private InventoryFrame read(Path... files) {
        return read(TagColumns.defaults(), files);
    }

    private static Row row(InventoryFrame frame, String resourceId) {
        Table t = frame.table();
        int i = t.stringColumn(InventoryFrame.RESOURCE_ID).indexOf(resourceId);
        assertThat(i).as("row of %s", resourceId).isNotNegative();
        return t.row(i);
    }

    @Test
    void readsEveryColumnOfTheHappyFile() {
        InventoryFrame frame = read(Fixtures.path("inventory/happy.csv"));
        Table t = frame.table();

        assertThat(t.columnNames()).containsExactly("ResourceId", "ProviderName", "ResourceType", "RegionId", "Spec",
                "VCpu", "MemoryGiB", "State", "CreatedAt", "AttachedTo", "BandwidthMbps", "BandwidthBilling", "Tags",
                "env", "team", "app");
        assertThat(t.stringColumn(InventoryFrame.RESOURCE_ID).asList())
                .containsExactly("i-abc", "i-ecs1", "vol-1", "eip-1", "lb-1", "snap-1");
        // resource types normalized to FORMATS.md's spelling, state to lower case
        assertThat(t.stringColumn(InventoryFrame.RESOURCE_TYPE).asList())
                .containsExactly("compute", "compute", "disk", "ip", "load-balancer", "snapshot");
        assertThat(t.stringColumn(InventoryFrame.STATE).asList())
                .containsExactly("running", "running", "available", "inuse", "active", "completed");

        Row abc = row(frame, "i-abc");
        assertThat(abc.getString(InventoryFrame.PROVIDER_NAME)).isEqualTo("AWS");
        assertThat(abc.getString(InventoryFrame.REGION_ID)).isEqualTo("us-east-1");
        assertThat(abc.getString(InventoryFrame.SPEC)).isEqualTo("m6i.2xlarge");
        assertThat(abc.getDouble(InventoryFrame.VCPU)).isEqualTo(8.0);
        assertThat(abc.getDouble(InventoryFrame.MEMORY_GIB)).isEqualTo(32.0);
        assertThat(abc.getDateTime(InventoryFrame.CREATED_AT)).isEqualTo(utc("2025-03-01T08:00"));

        // a bare timestamp is UTC, an offset is converted
        assertThat(row(frame, "i-ecs1").getDateTime(InventoryFrame.CREATED_AT)).isEqualTo(utc("2025-04-01T09:30"));
        assertThat(row(frame, "vol-1").getDateTime(InventoryFrame.CREATED_AT)).isEqualTo(utc("2025-01-14T16:00"));

        Row eip = row(frame, "eip-1");
        assertThat(eip.getString(InventoryFrame.ATTACHED_TO)).isEqualTo("i-ecs1");
        assertThat(eip.getDouble(InventoryFrame.BANDWIDTH_MBPS)).isEqualTo(100.0);
        assertThat(eip.getString(InventoryFrame.BANDWIDTH_BILLING)).isEqualTo("fixed");
        assertThat(row(frame, "lb-1").getString(InventoryFrame.BANDWIDTH_BILLING)).isEqualTo("traffic");

        // a quoted field keeps its comma
        assertThat(row(frame, "lb-1").getString(InventoryFrame.SPEC)).isEqualTo("application,internet-facing");
    }

    @Test
    void absentNumbersAndTimestampsAreMissingNotZero() {
        InventoryFrame frame = read(Fixtures.path("inventory/happy.csv"));
        Table t = frame.table();
        int vol = t.stringColumn(InventoryFrame.RESOURCE_ID).indexOf("vol-1");
        int snap = t.stringColumn(InventoryFrame.RESOURCE_ID).indexOf("snap-1");

        assertThat(t.doubleColumn(InventoryFrame.VCPU).isMissing(vol)).isTrue();
        assertThat(t.doubleColumn(InventoryFrame.MEMORY_GIB).isMissing(vol)).isTrue();
        assertThat(t.doubleColumn(InventoryFrame.BANDWIDTH_MBPS).isMissing(vol)).isTrue();
        assertThat(t.dateTimeColumn(InventoryFrame.CREATED_AT).isMissing(snap)).isTrue(); // NULL
        assertThat(t.stringColumn(InventoryFrame.BANDWIDTH_BILLING).get(snap)).isEmpty();
        assertThat(t.doubleColumn(InventoryFrame.VCPU).countMissing()).isEqualTo(4);
    }

    @Test
    void readsAllTagSyntaxesIntoJsonAndTagColumns() {
        InventoryFrame frame = read(Fixtures.path("inventory/happy.csv"));

        // JSON object; a number kept as its text
        assertTags(row(frame, "i-abc"), "{\"env\":\"prod\",\"team\":\"web\",\"cost\":\"42\"}", "prod", "web", "");
        // Alibaba k:v;k:v, split at the first colon so a URL value survives; raw keys Environment/Owner feed env/team
        assertTags(row(frame, "i-ecs1"), "{\"Environment\":\"test\",\"Owner\":\"data\",\"url\":\"http://x\"}",
                "test", "data", "");
        // k=v;k=v; env and stage both feed env: the first wins
        assertTags(row(frame, "vol-1"), "{\"env\":\"dev\",\"stage\":\"qa\",\"app\":\"batch\",\"note\":\"has: colon\"}",
                "dev", "", "batch");
        // Alibaba bill form key:K value:V
        assertTags(row(frame, "eip-1"), "{\"env\":\"prod\",\"team\":\"net\"}", "prod", "net", "");
        // a quoted field with a line break inside a tag value
        assertTags(row(frame, "lb-1"), "{\"env\":\"prod\",\"note\":\"line one\\nline two\"}", "prod", "", "");
        // no tags: an empty object and missing tag columns
        assertTags(row(frame, "snap-1"), "{}", "", "", "");
    }

    private static void assertTags(Row r, String json, String env, String team, String app) {
        assertThat(r.getString(InventoryFrame.TAGS)).isEqualTo(json);
        assertThat(r.getString("env")).isEqualTo(env);
        assertThat(r.getString("team")).isEqualTo(team);
        assertThat(r.getString("app")).isEqualTo(app);
    }

    @Test
    void customTagColumnsComeFromTheConfiguration() {
        TagColumns tags = TagColumns.of(Map.of("costcenter", List.of("note", "cc")));

        InventoryFrame frame = read(tags, Fixtures.path("inventory/happy.csv"));

        assertThat(frame.tagColumns()).containsExactly("costcenter");
        assertThat(frame.table().stringColumn("costcenter").asList())
                .containsExactly("", "", "has: colon", "", "line one\nline two", "");
    }

    @Test
    void optionalColumnsMayBeMissingAndHeaderIsCaseInsensitive() {
        InventoryFrame frame = read(Fixtures.path("inventory/minimal.csv"));
        Table t = frame.table();

        assertThat(t.stringColumn(InventoryFrame.RESOURCE_ID).asList()).containsExactly("logs-prod", "nat-1");
        assertThat(t.stringColumn(InventoryFrame.RESOURCE_TYPE).asList()).containsExactly("bucket", "nat");
        assertThat(t.stringColumn(InventoryFrame.PROVIDER_NAME).asList()).containsExactly("", "");
        assertThat(t.doubleColumn(InventoryFrame.VCPU).countMissing()).isEqualTo(2);
        assertThat(t.dateTimeColumn(InventoryFrame.CREATED_AT).countMissing()).isEqualTo(2);
        assertThat(t.stringColumn(InventoryFrame.TAGS).asList()).containsExactly("{}", "{}");
    }

    @Test
    void readsCrlfFilesWithLineBreaksInQuotedFieldsAndAwsJsonTagLists() throws Exception {
        Path crlf = Fixtures.path("inventory/crlf.csv");
        assertThat(Files.readString(crlf)).contains("\r\n");

        InventoryFrame frame = read(crlf);

        assertThat(frame.table().stringColumn(InventoryFrame.RESOURCE_ID).asList()).containsExactly("i-crlf", "i-crlf2");
        assertTags(row(frame, "i-crlf"), "{\"env\":\"prod\",\"note\":\"first\\r\\nsecond\"}", "prod", "", "");
        assertTags(row(frame, "i-crlf2"), "{\"Environment\":\"staging\"}", "staging", "", "");
        assertThat(row(frame, "i-crlf2").getString(InventoryFrame.RESOURCE_TYPE)).isEqualTo("database");
    }

    @Test
    void acceptsByteOrderMarkWithCrlf() {
        InventoryFrame frame = read(Fixtures.path("inventory/bom-crlf.csv"));

        assertThat(frame.table().stringColumn(InventoryFrame.RESOURCE_ID).asList()).containsExactly("i-bom");
        assertThat(frame.table().stringColumn(InventoryFrame.RESOURCE_TYPE).asList()).containsExactly("cdn");
    }

    @Test
    void readsGzipAndSeveralFilesIntoOneFrame(@TempDir Path dir) {
        Path gz = Fixtures.gzip(Fixtures.path("inventory/happy.csv"), dir.resolve("inventory.csv.gz"));

        InventoryFrame frame = read(gz, Fixtures.path("inventory/minimal.csv"));

        assertThat(frame.rowCount()).isEqualTo(8);
        assertThat(frame.table().stringColumn(InventoryFrame.RESOURCE_ID).get(6)).isEqualTo("logs-prod");
        assertThat(log.toReport().files()).extracting(ReadReport.FileRead::kind, ReadReport.FileRead::format,
                ReadReport.FileRead::dataLines, ReadReport.FileRead::rows).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("inventory", "canonical-inventory", 6L, 6L),
                        org.assertj.core.groups.Tuple.tuple("inventory", "canonical-inventory", 2L, 2L));
    }

    @Test
    void duplicateResourceAcrossFilesNamesBothPlaces(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.csv"), "ResourceId,ResourceType\nvol-1,disk\ni-abc,compute\n");
        Path second = Files.writeString(dir.resolve("second.csv"), "ResourceId,ResourceType\ni-abc,compute\n");

        InputException e = catchThrowableOfType(InputException.class, () -> read(first, second));

        assertThat(e.file()).isEqualTo(second.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("ResourceId i-abc already listed at line 3 of " + first)
                .doesNotContain("\n");
    }
}
