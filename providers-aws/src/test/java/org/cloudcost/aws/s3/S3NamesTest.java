package org.cloudcost.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.aws.cloudwatch.S3StorageTypes;
import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Test;

/**
 * The small translations of this package: {@code s3://} locations, the CUR keys of a month, the
 * manifests' JSON, CloudWatch storage types and the lifecycle summary.
 */
class S3NamesTest {
    @Test
    void locations() {
        assertThat(S3Location.parse("s3://billing/cur/")).isEqualTo(new S3Location("billing", "cur/"));
        assertThat(S3Location.parse("S3://billing")).isEqualTo(new S3Location("billing", ""));
        assertThat(S3Location.parse("s3://billing/cur").toString()).isEqualTo("s3://billing/cur");
        for (String bad : new String[] {"billing/cur", "s3://", "s3:///cur", "https://billing.s3.amazonaws.com/"}) {
            assertThatThrownBy(() -> S3Location.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("expected s3://bucket/prefix/");
        }
    }

    @Test
    void curKeysOfAMonth() {
        CurKeys k = new CurKeys(YearMonth.of(2026, 12));
        assertThat(k.legacyFolder()).isEqualTo("20261201-20270101");
        assertThat(k.isLegacyManifest("cur/r/20261201-20270101/r-Manifest.json")).isTrue();
        assertThat(k.isLegacyManifest("cur/r/20261201-20270101/asm/r-Manifest.json")).as("an assembly's copy").isFalse();
        assertThat(k.isLegacyManifest("cur/r/20261101-20261201/r-Manifest.json")).isFalse();
        assertThat(k.isDataFile("cur/r/20261201-20270101/asm/r-1.CSV.GZ")).isTrue();
        assertThat(k.isDataFile("e/data/BILLING_PERIOD=2026-12/e-00001.csv")).isTrue();
        assertThat(k.isDataFile("e/data/BILLING_PERIOD=2026-11/e-00001.csv")).isFalse();
        assertThat(k.isDataFile("e/metadata/BILLING_PERIOD=2026-12/e-Manifest.json")).isFalse();
        assertThat(k.isUnreadDataFile("cur/r/20261201-20270101/asm/r-1.csv.zip")).isTrue();
        assertThat(k.isDataFile("e/data/BILLING_PERIOD=2026-12/e-00001.snappy.parquet")).isTrue();
        assertThat(k.isDataFile("e/data/BILLING_PERIOD=2026-12/e-00002.PARQUET")).isTrue();
        assertThat(k.isUnreadDataFile("e/data/BILLING_PERIOD=2026-12/e-00001.snappy.parquet")).isFalse();
    }

    @Test
    void manifestsOrAOneLineFault() {
        CurManifest m = CurManifest.parse("s3://b/m.json", "{\"reportKeys\":[\"k1\",\"k2\"]}".getBytes(StandardCharsets.UTF_8), "b");
        assertThat(m).isEqualTo(new CurManifest("b", List.of("k1", "k2")));
        assertThatThrownBy(() -> CurManifest.parse("s3://b/m.json", "{\"reportKeys\":[1]}".getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(InputException.class).hasMessage("s3://b/m.json: \"reportKeys\" holds 1; expected object keys");
        assertThatThrownBy(() -> CurManifest.parse("s3://b/m.json", "{oops".getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("s3://b/m.json: not a JSON CUR manifest (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        InventoryManifest inv = InventoryManifest.parse("s3://i/manifest.json", ("{\"sourceBucket\":\"b\","
                + "\"destinationBucket\":\"arn:aws:s3:::i\",\"fileFormat\":\"csv\",\"fileSchema\":\"Bucket, Key ,Size\","
                + "\"files\":[{\"key\":\"d/1.csv.gz\"}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(inv).isEqualTo(new InventoryManifest("b", "i", "CSV", List.of("Bucket", "Key", "Size"), List.of("d/1.csv.gz")));
        assertThat(inv.column("size")).isEqualTo(2);
        assertThatThrownBy(() -> InventoryManifest.parse("s3://i/manifest.json",
                "{\"sourceBucket\":\"b\",\"files\":[]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("s3://i/manifest.json: no \"fileSchema\"; expected an S3 Inventory manifest");
    }

    @Test
    void cloudWatchStorageTypesSumIntoTheirClassesAndNothingIsDroppedSilently() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("IntelligentTieringFAStorage", 10L);
        sizes.put("IntelligentTieringAIAStorage", 5L);
        sizes.put("DeepArchiveS3ObjectOverhead", 8L);
        sizes.put("FutureTierStorage", 3L);
        sizes.put("AllStorageTypes", 99L);
        List<String> notes = new ArrayList<>();

        List<StorageRow> rows = S3Inventory.byClass("b", sizes, notes);

        assertThat(rows).extracting(StorageRow::storageClass, StorageRow::sizeBytes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FutureTierStorage", 3L),
                org.assertj.core.groups.Tuple.tuple("INTELLIGENT_TIERING", 15L),
                org.assertj.core.groups.Tuple.tuple("STANDARD", 8L));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("FutureTierStorage is not a known one"))
                .anySatisfy(n -> assertThat(n).contains("AllStorageTypes counts objects"));
        assertThatThrownBy(() -> S3Inventory.byClass("b", Map.of("StandardStorage", -1L), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(S3StorageTypes.storageClass("GlacierInstantRetrievalSizeOverhead")).contains("GLACIER_IR");
    }

    @Test
    void everyStorageTypeAskedOfCloudWatchHasAStorageClass() {
        assertThat(S3StorageTypes.BUCKET_SIZE).hasSize(22).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(S3StorageTypes.storageClass(t)).as(t).isPresent());
        assertThat(S3StorageTypes.storageClass("GlacierS3ObjectOverhead")).contains("STANDARD");
        assertThat(S3StorageTypes.storageClass(S3StorageTypes.ALL_STORAGE_TYPES)).isEmpty();
    }

    @Test
    void lifecycleSummaries() {
        assertThat(BucketLifecycle.NONE.describe()).isEqualTo("none");
        assertThat(new BucketLifecycle(1, 1, List.of(), true).describe()).isEqualTo("1 rule (1 enabled): expiration");
        assertThat(new BucketLifecycle(3, 0, List.of(), false).describe()).isEqualTo("3 rules (0 enabled)");
        assertThatThrownBy(() -> new BucketLifecycle(1, 2, List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
