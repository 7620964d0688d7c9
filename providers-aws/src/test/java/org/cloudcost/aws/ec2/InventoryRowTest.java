package org.cloudcost.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@link InventoryRow}'s cells, and a file of them read back by the core's inventory reader. */
class InventoryRowTest {
    @TempDir
    Path dir;

    @Test
    void cellsAreInTheCanonicalOrderWithUnknownsEmpty() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("env", "prod");
        tags.put("team", "a,b \"c\"");
        InventoryRow row = new InventoryRow("i-1", null, "compute", "us-east-1", "m6i.large", 2.0, 7.5, "running",
                Instant.parse("2026-01-02T03:04:05.678Z"), "", null, null, tags, Map.of("availabilityZone", "us-east-1a"));

        assertThat(row.cells()).containsExactly("i-1", "AWS", "compute", "us-east-1", "m6i.large", "2", "7.5", "running",
                "2026-01-02T03:04:05Z", "", "", "", "{\"env\":\"prod\",\"team\":\"a,b \\\"c\\\"\"}");
        assertThat(row.cells()).hasSize(CanonicalCsv.INVENTORY.size());
        assertThat(row.nativeId()).as("defaults to the resource id").isEqualTo("i-1");
        assertThat(new InventoryRow("b", "b", "bucket", "", "", null, null, "", null, "", null, "", Map.of(), Map.of())
                .cells()[12]).as("no tags: an empty cell").isEmpty();
    }

    @Test
    void onlyTheCanonicalResourceTypes() {
        assertThatThrownBy(() -> new InventoryRow("x", "x", "instance", "", "", null, null, "", null, "", null, "", Map.of(),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"instance\"");
    }

    @Test
    void aFileOfRowsLoadsThroughTheCoreReader() throws Exception {
        Path file = dir.resolve("inventory.csv");
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.INVENTORY)) {
            out.row(new InventoryRow("vol-1", null, "disk", "us-east-1", "gp3", null, null, "available",
                    Instant.parse("2026-03-05T12:00:00Z"), "", null, "", Map.of("env", "prod"), Map.of()).cells());
            out.row(new InventoryRow("arn:aws:ec2:us-east-1:1:elastic-ip/eipalloc-1", "eipalloc-1", "ip", "us-east-1", "",
                    null, null, "associated", null, "i-1", null, "", Map.of("owner", "=cmd|' /C calc'!A0"), Map.of()).cells());
        }

        Table t = CostDataset.read().inventory(file).load().inventory().table();

        assertThat(t.stringColumn(InventoryFrame.RESOURCE_ID).asList())
                .containsExactly("vol-1", "arn:aws:ec2:us-east-1:1:elastic-ip/eipalloc-1");
        assertThat(t.stringColumn(InventoryFrame.PROVIDER_NAME).asSet()).containsExactly("AWS");
        assertThat(t.stringColumn(InventoryFrame.STATE).asList()).containsExactly("available", "associated");
        assertThat(t.stringColumn(InventoryFrame.TAGS).get(1)).isEqualTo("{\"owner\":\"=cmd|' /C calc'!A0\"}");
    }
}
