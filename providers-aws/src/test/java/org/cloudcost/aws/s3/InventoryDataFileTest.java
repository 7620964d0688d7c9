package org.cloudcost.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Test;

/** {@link InventoryDataFile}: the CSV lines of S3 Inventory data files, plain or gzip, and their faults. */
class InventoryDataFileTest {
    private static final String WHERE = "s3://inv/data/x.csv";
    private static final InventoryManifest MANIFEST = new InventoryManifest("b", "inv", "CSV",
            List.of("Bucket", "Key", "Size", "LastModifiedDate", "StorageClass", "IsDeleteMarker"), List.of("data/x.csv"));

    private static InventoryDataFile.Counts read(StorageGroups groups, String text, boolean gzip) {
        byte[] bytes = gzip ? InventoryReportHttpTest.gzip(text) : text.getBytes(StandardCharsets.UTF_8);
        return new InventoryDataFile(MANIFEST, "s3://inv/manifest.json", groups).read(WHERE, new ByteArrayInputStream(bytes));
    }

    @Test
    void plainAndGzipReadAlike() {
        String text = "\"b\",\"a%20b%2Fc.txt\",\"3\",\"2026-01-01T00:00:00.000Z\",\"STANDARD\",\"false\"\n"
                + "\"b\",\"d/e\",\"\",\"2026-01-02T00:00:00.000Z\",\"STANDARD\",\"true\"\n";
        for (boolean gzip : new boolean[] {false, true}) {
            StorageGroups groups = new StorageGroups(1);
            InventoryDataFile.Counts c = read(groups, text, gzip);
            assertThat(c).isEqualTo(new InventoryDataFile.Counts(1, 1));
            assertThat(groups.rows("b")).containsExactly(
                    new StorageRow("b", "a b/", "STANDARD", 3, 1L, Instant.parse("2026-01-01T00:00:00Z")));
        }
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        assertThat(InventoryDataFile.fields(WHERE, 1, "\"a,b\",\"say \"\"hi\"\"\",bare,")).containsExactly("a,b",
                "say \"hi\"", "bare", "");
        assertThatThrownBy(() -> InventoryDataFile.fields(WHERE, 7, "\"a\",\"open"))
                .isInstanceOf(InputException.class).hasMessage(WHERE + ":7:2: a quote opened at character 5 is not closed");
        assertThatThrownBy(() -> InventoryDataFile.fields(WHERE, 3, "\"a\"x,\"b\""))
                .hasMessage(WHERE + ":3:1: text after a closing quote");
    }

    @Test
    void faultsNameTheFileLineAndColumn() {
        assertThatThrownBy(() -> read(new StorageGroups(1), "\"b\",\"k\",\"1\"\n", false))
                .hasMessage(WHERE + ":1: expected 6 fields (the manifest's fileSchema), found 3");
        assertThatThrownBy(() -> read(new StorageGroups(1),
                "\n\"b\",\"k\",\"1\",\"yesterday\",\"STANDARD\",\"false\"\n", false))
                .hasMessageStartingWith(WHERE + ":2:4 (LastModifiedDate): expected an ISO 8601 time");
        assertThatThrownBy(() -> read(new StorageGroups(1), "\"b\",\"100%\",\"1\",\"2026-01-01T00:00:00Z\",\"STANDARD\",\"false\"\n",
                false)).hasMessage(WHERE + ":1:2 (Key): expected a URL-encoded key, found \"100%\"");
        assertThatThrownBy(() -> read(new StorageGroups(1), "\"b\",\"k\",\"-1\",\"2026-01-01T00:00:00Z\",\"STANDARD\",\"false\"\n",
                false)).hasMessage(WHERE + ":1:3 (Size): expected a size in bytes, found \"-1\"");
        assertThatThrownBy(() -> read(new StorageGroups(1), "\"b\",\"k\",\"1\",\"2026-01-01T00:00:00Z\",\"\",\"false\"\n",
                false)).hasMessage(WHERE + ":1:5 (StorageClass): expected a storage class, found an empty value");
    }

    @Test
    void aSchemaWithoutSizeIsRefusedUpFront() {
        InventoryManifest noSize = new InventoryManifest("b", "inv", "CSV", List.of("Bucket", "Key"), List.of());
        assertThatThrownBy(() -> new InventoryDataFile(noSize, "s3://inv/m.json", new StorageGroups(1)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("s3://inv/m.json: fileSchema \"Bucket, Key\" has no Size;");
    }
}
