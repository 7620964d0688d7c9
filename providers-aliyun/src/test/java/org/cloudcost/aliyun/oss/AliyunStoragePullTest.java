package org.cloudcost.aliyun.oss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aliyun.oss.FakeOssApi.object;

import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.StorageFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class AliyunStoragePullTest {
    @TempDir
    Path dir;

    private static BucketStat stat(long standardBytes, long standardObjects, long iaRealBytes, long iaObjects) {
        return new BucketStat().withStandardStorage(standardBytes).withStandardObjectCount(standardObjects)
                .withInfrequentAccessStorage(iaObjects * 65_536).withInfrequentAccessRealStorage(iaRealBytes)
                .withInfrequentAccessObjectCount(iaObjects).withArchiveStorage(0L).withArchiveRealStorage(0L)
                .withArchiveObjectCount(0L);
    }

    private static FakeOssApi eightObjects() {
        return new FakeOssApi().bucket("big", "cn-hangzhou",
                object("a/1", 10, "Standard", "2024-01-01T00:00:00Z"),
                object("a/2", 10, "Standard", "2024-01-02T00:00:00Z"),
                object("a/3", 10, "Standard", "2024-02-01T00:00:00Z"),
                object("b/1", 5, "IA", "2023-05-01T00:00:00Z"),
                object("b/2", 5, "IA", "2023-05-02T00:00:00Z"),
                object("c/1", 10, "Standard", "2024-03-01T00:00:00Z"),
                object("c/2", 10, "Standard", "2024-03-02T00:00:00Z"),
                object("d/1", 5, "IA", "2024-03-03T00:00:00Z"));
    }

    @Test
    void aSmallBucketIsListedWholeIntoGroupsAndReadBackByTheCore() throws IOException {
        FakeOssApi oss = eightObjects();
        Path file = dir.resolve("storage.csv");

        StoragePullReport report = new AliyunStoragePull(oss, StoragePullOptions.defaults().withPageSize(3)).pull(file);

        assertThat(report.truncatedBuckets()).isEmpty();
        assertThat(report.objectsListed()).isEqualTo(8);
        assertThat(report.rowsWritten()).isEqualTo(5);
        assertThat(oss.calls).containsExactly("ListBuckets", "GetBucketLifecycle big", "ListObjectsV2 big null 3",
                "ListObjectsV2 big 3 3", "ListObjectsV2 big 6 3");
        assertThat(Files.readAllLines(file)).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "big,a/,Standard,20,2,2024-01-02T00:00:00Z,",
                "big,a/,Standard,10,1,2024-02-01T00:00:00Z,",
                "big,b/,IA,10,2,2023-05-02T00:00:00Z,",
                "big,c/,Standard,20,2,2024-03-02T00:00:00Z,",
                "big,d/,IA,5,1,2024-03-03T00:00:00Z,");

        Table t = CostDataset.read().storage(file).load().storage().table();
        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).sum()).isEqualTo(65.0);
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).get(2)).isEqualTo(LocalDateTime.parse("2023-05-02T00:00"));
    }

    @Test
    void theBoundedListingStopsAtTheLimitAndTakesTheRestFromBucketStatWithNoAge() throws IOException {
        // listed: a/1..a/3 (30 B Standard), b/1..b/2 (10 B IA); unlisted: c/1, c/2 (20 B Standard), d/1 (5 B IA)
        FakeOssApi oss = eightObjects().stat("big", stat(50, 5, 15, 3));
        Path file = dir.resolve("storage.csv");

        StoragePullReport report = new AliyunStoragePull(oss,
                StoragePullOptions.defaults().withMaxObjectsPerBucket(5).withPageSize(2)).pull(file);

        assertThat(oss.calls).containsExactly("ListBuckets", "GetBucketLifecycle big", "ListObjectsV2 big null 2",
                "ListObjectsV2 big 2 2", "ListObjectsV2 big 4 1", "GetBucketStat big");
        assertThat(report.truncatedBuckets()).containsExactly("big");
        assertThat(report.objectsListed()).isEqualTo(5);
        BucketPullReport big = report.buckets().get(0);
        assertThat(big.unlisted()).isEqualTo(new ClassTotal(25, 3));
        assertThat(big.notes()).anyMatch(n -> n.contains("listing stopped at 5 objects"));
        assertThat(report.lines()).anyMatch(l -> l.startsWith("Listing cut off at 5 objects in [big]"));
        assertThat(Files.readAllLines(file)).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "big,a/,Standard,20,2,2024-01-02T00:00:00Z,",
                "big,a/,Standard,10,1,2024-02-01T00:00:00Z,",
                "big,b/,IA,10,2,2023-05-02T00:00:00Z,",
                "big,,Standard,20,2,,",
                "big,,IA,5,1,,");

        Table t = CostDataset.read().storage(file).load().storage().table();
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).isMissing().size()).isEqualTo(2);
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).sum()).isEqualTo(65.0);
    }

    @Test
    void aBucketOfExactlyTheLimitIsNotTruncatedAndNeedsNoBucketStat() {
        FakeOssApi oss = new FakeOssApi().bucket("five", null,
                object("1", 1, "Standard", "2024-01-01T00:00:00Z"), object("2", 1, "Standard", "2024-01-01T00:00:00Z"),
                object("3", 1, "Standard", "2024-01-01T00:00:00Z"), object("4", 1, "Standard", "2024-01-01T00:00:00Z"),
                object("5", 1, "Standard", "2024-01-01T00:00:00Z"));

        StoragePullReport report = new AliyunStoragePull(oss, StoragePullOptions.defaults().withMaxObjectsPerBucket(5))
                .pull(dir.resolve("storage.csv"));

        assertThat(report.truncatedBuckets()).isEmpty();
        assertThat(oss.calls).doesNotContain("GetBucketStat five").contains("ListObjectsV2 five null 5");
    }

    @Test
    void aBucketStatBehindTheListingFloorsTheRestAtZeroAndSaysSo() throws IOException {
        // the stat counts 20 B of Standard, but 30 B were listed already: nothing is left, and that is noted
        FakeOssApi oss = eightObjects().stat("big", stat(20, 2, 15, 3));
        Path file = dir.resolve("storage.csv");

        StoragePullReport report = new AliyunStoragePull(oss,
                StoragePullOptions.defaults().withMaxObjectsPerBucket(5)).pull(file);

        assertThat(report.buckets().get(0).unlisted()).isEqualTo(new ClassTotal(5, 1));
        assertThat(report.buckets().get(0).notes()).anyMatch(n -> n.contains("counts less Standard than was listed"));
        assertThat(Files.readAllLines(file)).contains("big,,IA,5,1,,").noneMatch(l -> l.startsWith("big,,Standard"));
    }

    @Test
    void lifecycleRulesAreReportedPerBucket() {
        FakeOssApi oss = new FakeOssApi()
                .bucket("with-rules", "cn-hangzhou", object("logs/a", 1, "Standard", "2024-01-01T00:00:00Z"))
                .bucket("without", "cn-hangzhou")
                .lifecycle("with-rules", new LifecycleRule("logs-to-ia", "logs/", LifecycleRule.RuleStatus.Enabled, 30),
                        new LifecycleRule("tmp", "tmp/", LifecycleRule.RuleStatus.Disabled, 7));

        StoragePullReport report = new AliyunStoragePull(oss).pull(dir.resolve("storage.csv"));

        BucketPullReport withRules = report.buckets().get(0);
        assertThat(withRules.hasLifecycleRules()).isTrue();
        assertThat(withRules.lifecycleRules()).isEqualTo(2);
        assertThat(withRules.enabledLifecycleRules()).isEqualTo(1);
        assertThat(report.bucketsWithoutLifecycle()).containsExactly("without");
        assertThat(report.lines()).contains(
                "  with-rules (cn-hangzhou): 1 objects listed, 1 group, lifecycle: 2 rules (1 enabled)",
                "  without (cn-hangzhou): 0 objects listed, 0 groups, lifecycle: none");
    }

    @Test
    void bucketsOfAnotherRegionAreSkippedAndReported() {
        FakeOssApi oss = new FakeOssApi()
                .bucket("here", "cn-hangzhou", object("a", 1, "Standard", "2024-01-01T00:00:00Z"))
                .bucket("there", "cn-shanghai", object("b", 1, "Standard", "2024-01-01T00:00:00Z"));

        StoragePullReport report = new AliyunStoragePull(oss, StoragePullOptions.defaults().withRegion("cn-hangzhou"))
                .pull(dir.resolve("storage.csv"));

        assertThat(report.buckets()).extracting(BucketPullReport::bucket).containsExactly("here");
        assertThat(report.skippedBuckets()).containsExactly("there");
        assertThat(oss.calls).noneMatch(c -> c.contains("there"));
    }

    @Test
    void aFailingCallNamesTheBucket() {
        FakeOssApi oss = new FakeOssApi().bucket("locked", "cn-hangzhou")
                .failListing("locked", "Alibaba Cloud ListObjectsV2 failed: AccessDenied: denied");

        assertThatThrownBy(() -> new AliyunStoragePull(oss).pull(dir.resolve("storage.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("OSS bucket locked: Alibaba Cloud ListObjectsV2 failed: AccessDenied: denied");
    }

    @Test
    void aPullThatFailsOnALaterBucketLeavesNoFileThatReadsAsComplete() {
        FakeOssApi oss = new FakeOssApi()
                .bucket("fine", "cn-hangzhou", object("a/1", 10, "Standard", "2024-01-01T00:00:00Z"))
                .bucket("locked", "cn-hangzhou")
                .failListing("locked", "Alibaba Cloud ListObjectsV2 failed: AccessDenied: denied");
        Path file = dir.resolve("storage.csv");

        assertThatThrownBy(() -> new AliyunStoragePull(oss).pull(file)).isInstanceOf(CloudcostException.class)
                .hasMessageContaining("OSS bucket locked");

        assertThat(file).doesNotExist();   // the rows of "fine" alone would read as the whole account's storage
        assertThat(dir.resolve("storage.csv.part")).doesNotExist();
    }

    @Test
    void optionsRejectValuesTheApiCannotTake() {
        assertThatThrownBy(() -> StoragePullOptions.defaults().withPageSize(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoragePullOptions.defaults().withMaxObjectsPerBucket(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StoragePullOptions.defaults().maxObjectsPerBucket()).isEqualTo(100_000);
        assertThat(List.of(StoragePullOptions.defaults().prefixDepth(), StoragePullOptions.defaults().pageSize()))
                .containsExactly(1, 1000);
    }
}
