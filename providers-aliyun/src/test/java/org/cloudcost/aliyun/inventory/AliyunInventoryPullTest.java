package org.cloudcost.aliyun.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aliyun.inventory.ApiItems.attribute;
import static org.cloudcost.aliyun.inventory.ApiItems.database;
import static org.cloudcost.aliyun.inventory.ApiItems.databases;
import static org.cloudcost.aliyun.inventory.ApiItems.disk;
import static org.cloudcost.aliyun.inventory.ApiItems.disks;
import static org.cloudcost.aliyun.inventory.ApiItems.eip;
import static org.cloudcost.aliyun.inventory.ApiItems.eips;
import static org.cloudcost.aliyun.inventory.ApiItems.instance;
import static org.cloudcost.aliyun.inventory.ApiItems.instances;
import static org.cloudcost.aliyun.inventory.ApiItems.snapshot;
import static org.cloudcost.aliyun.inventory.ApiItems.snapshots;

import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody.DescribeDBInstancesResponseBodyItemsDBInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.InventoryFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class AliyunInventoryPullTest {
    private static final String HEADER = "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,"
            + "AttachedTo,BandwidthMbps,BandwidthBilling,Tags";
    private static final String HZ = "cn-hangzhou";

    @TempDir
    Path dir;

    private final FakeEcsApi ecs = new FakeEcsApi();
    private final FakeVpcApi vpc = new FakeVpcApi();
    private final FakeRdsApi rds = new FakeRdsApi();
    private final AliyunInventoryPull pull = new AliyunInventoryPull(r -> ecs, r -> vpc, r -> rds);

    static Map<String, String> tags(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private List<String> pulled() throws IOException {
        Path file = dir.resolve("inventory.csv");
        pull.pull(List.of(HZ), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        return lines.subList(1, lines.size());
    }

    @Test
    void ecsInstancesBecomeComputeRows() throws IOException {
        ecs.instances.put(HZ + "|null", instances("", instance("i-web-1", "ecs.g7.xlarge", 4, 16384, "Running",
                        "2025-02-01T08:30Z", "PayByBandwidth", 5, tags("env", "prod", "app", "shop")),
                instance("i-batch-1", "ecs.t6-c1m1.large", 2, 512, "Stopped", "2024-11-20T01:02Z", "PayByTraffic", 0,
                        tags()),
                instance("i-api-1", "ecs.c7.2xlarge", 8, 16384, "Running", "2025-03-04T05:06Z", "PayByTraffic", 100,
                        tags("env", "test"))));

        assertThat(pulled()).containsExactly(
                "i-web-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.xlarge,4,16,running,2025-02-01T08:30:00Z,,5,fixed,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"shop\"\"}\"",
                "i-batch-1,Alibaba Cloud,compute,cn-hangzhou,ecs.t6-c1m1.large,2,0.5,stopped,2024-11-20T01:02:00Z,,,,",
                "i-api-1,Alibaba Cloud,compute,cn-hangzhou,ecs.c7.2xlarge,8,16,running,2025-03-04T05:06:00Z,,100,traffic,"
                        + "\"{\"\"env\"\":\"\"test\"\"}\"");
    }

    @Test
    void disksAndSnapshotsBecomeDiskAndSnapshotRows() throws IOException {
        ecs.disks.put(HZ + "|null", disks(null,
                disk("d-free", "cloud_essd", "Available", "", "2024-05-06T07:08:09Z", tags("env", "dev")),
                disk("d-sys", "cloud_efficiency", "In_use", "i-web-1", "2025-02-01T08:30:11Z", tags())));
        ecs.snapshots.put(HZ + "|null", snapshots(null,
                snapshot("s-old", "accomplished", "2023-01-02T03:04:05Z", tags("team", "data"))));

        assertThat(pulled()).containsExactly(
                "d-free,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,available,2024-05-06T07:08:09Z,,,,"
                        + "\"{\"\"env\"\":\"\"dev\"\"}\"",
                "d-sys,Alibaba Cloud,disk,cn-hangzhou,cloud_efficiency,,,in-use,2025-02-01T08:30:11Z,i-web-1,,,",
                "s-old,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2023-01-02T03:04:05Z,,,,"
                        + "\"{\"\"team\"\":\"\"data\"\"}\"");
    }

    @Test
    void eipsBecomeIpRows() throws IOException {
        vpc.pages.put(HZ + "|1", eips(2,
                eip("eip-free", "Available", "", "5", "PayByBandwidth", "2024-06-01T00:00Z", tags("env", "prod")),
                eip("eip-used", "InUse", "i-web-1", "200", "PayByTraffic", "2025-01-02T03:04Z", tags())));

        assertThat(pulled()).containsExactly(
                "eip-free,Alibaba Cloud,ip,cn-hangzhou,,,,available,2024-06-01T00:00:00Z,,5,fixed,"
                        + "\"{\"\"env\"\":\"\"prod\"\"}\"",
                "eip-used,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,2025-01-02T03:04:00Z,i-web-1,200,traffic,");
        assertThat(vpc.calls).containsExactly("DescribeEipAddresses cn-hangzhou 1");
    }

    @Test
    void rdsInstancesBecomeDatabaseRowsWithCpuMemoryAndTags() throws IOException {
        rds.instances.put(HZ + "|null", databases(null, List.of(
                database("rm-1", "rds.mysql.s3.large", "Running", "2024-02-03T04:05:06Z"),
                database("rm-2", "mysql.n2.medium.1", "Stopped", "2024-03-04T05:06:07Z"))));
        rds.attributes.put("rm-1", attribute("rm-1", "4", 8192));
        rds.tags = (ids, token) -> ApiItems.tags("", List.<String[]>of(new String[] {"rm-1", "env", "prod"},
                new String[] {"rm-1", "app", "orders"}));

        assertThat(pulled()).containsExactly(
                "rm-1,Alibaba Cloud,database,cn-hangzhou,rds.mysql.s3.large,4,8,running,2024-02-03T04:05:06Z,,,,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"orders\"\"}\"",
                "rm-2,Alibaba Cloud,database,cn-hangzhou,mysql.n2.medium.1,,,stopped,2024-03-04T05:06:07Z,,,,");
        assertThat(rds.calls).contains("DescribeDBInstanceAttribute rm-1", "DescribeDBInstanceAttribute rm-2");
    }

    @Test
    void followsEveryPageOfEveryList() throws IOException {
        ecs.instances.put(HZ + "|null", instances("i-2", instance("i-a", "ecs.g7.large", 2, 8192, "Running",
                "2025-01-01T00:00Z", "PayByTraffic", 0, tags())));
        ecs.instances.put(HZ + "|i-2", instances("", instance("i-b", "ecs.g7.large", 2, 8192, "Running",
                "2025-01-01T00:00Z", "PayByTraffic", 0, tags())));
        ecs.disks.put(HZ + "|null", disks("d-2", disk("d-a", "cloud_essd", "Available", "", null, tags())));
        ecs.disks.put(HZ + "|d-2", disks(null, disk("d-b", "cloud_essd", "Available", "", null, tags())));
        ecs.snapshots.put(HZ + "|null", snapshots("s-2", snapshot("s-a", "accomplished", null, tags())));
        ecs.snapshots.put(HZ + "|s-2", snapshots("", snapshot("s-b", "accomplished", null, tags())));
        vpc.pages.put(HZ + "|1", eips(3, eip("eip-a", "Available", "", "1", "PayByTraffic", null, tags()),
                eip("eip-b", "Available", "", "1", "PayByTraffic", null, tags())));
        vpc.pages.put(HZ + "|2", eips(3, eip("eip-c", "Available", "", "1", "PayByTraffic", null, tags())));
        rds.instances.put(HZ + "|null", databases("rm-2", List.of(database("rm-a", "rds.mysql.t1.small", "Running", null))));
        rds.instances.put(HZ + "|rm-2", databases(null, List.of(database("rm-b", "rds.mysql.t1.small", "Running", null))));

        assertThat(pulled()).extracting(l -> l.split(",")[0])
                .containsExactly("i-a", "i-b", "d-a", "d-b", "s-a", "s-b", "eip-a", "eip-b", "eip-c", "rm-a", "rm-b");
        assertThat(ecs.calls).containsExactly("DescribeInstances cn-hangzhou null", "DescribeInstances cn-hangzhou i-2",
                "DescribeDisks cn-hangzhou null", "DescribeDisks cn-hangzhou d-2",
                "DescribeSnapshots cn-hangzhou null", "DescribeSnapshots cn-hangzhou s-2");
        assertThat(vpc.calls).containsExactly("DescribeEipAddresses cn-hangzhou 1", "DescribeEipAddresses cn-hangzhou 2");
        assertThat(rds.calls).startsWith("DescribeDBInstances cn-hangzhou null", "DescribeDBInstances cn-hangzhou rm-2");
    }

    @Test
    void anEipInASharedBandwidthPackageHasNoBandwidthOfItsOwn() throws IOException {
        // its bandwidth is the package's (cbwp-…), billed on the package: "fixed" here would price a bill it does not have
        vpc.pages.put(HZ + "|1", eips(2,
                eip("eip-shared", "InUse", "i-web-1", "1000", "PayByBandwidth", null, tags())
                        .setBandwidthPackageId("cbwp-bp1pkg").setBandwidthPackageType("CommonBandwidthPackage")
                        .setBandwidthPackageBandwidth("1000"),
                eip("eip-own", "InUse", "i-web-2", "100", "PayByBandwidth", null, tags())));

        assertThat(pulled()).containsExactly(
                "eip-shared,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,,i-web-1,,,",
                "eip-own,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,,i-web-2,100,fixed,");
    }

    @Test
    void readsRdsTagsFiftyInstancesPerCallAndFollowsTheirPages() throws IOException {
        List<DescribeDBInstancesResponseBodyItemsDBInstance> sixty = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> database("rm-" + i, "rds.mysql.s1.small", "Running", null)).toList();
        rds.instances.put(HZ + "|null", databases(null, sixty));
        rds.tags = (ids, token) -> token == null
                ? ApiItems.tags("more", List.<String[]>of(new String[] {ids.get(0), "env", "prod"}))
                : ApiItems.tags(null, List.<String[]>of(new String[] {ids.get(0), "team", "dba"}));

        List<String> rows = pulled();

        assertThat(rds.tagBatches).extracting(List::size).containsExactly(50, 10);
        assertThat(rds.tagBatches.get(1).get(0)).isEqualTo("rm-51");
        assertThat(rows).hasSize(60);
        assertThat(rows.get(0)).endsWith("\"{\"\"env\"\":\"\"prod\"\",\"\"team\"\":\"\"dba\"\"}\"");
        assertThat(rows.get(50)).startsWith("rm-51,").contains("prod").contains("dba");
        assertThat(rows.get(1)).endsWith(",,,,");
        assertThat(rds.calls).filteredOn(c -> c.startsWith("ListTagResources")).containsExactly(
                "ListTagResources cn-hangzhou 50 null", "ListTagResources cn-hangzhou 50 more",
                "ListTagResources cn-hangzhou 10 null", "ListTagResources cn-hangzhou 10 more");
    }

    @Test
    void noRegionsGiveAHeaderOnlyFileAndNoCalls() throws IOException {
        List<String> asked = new ArrayList<>();
        AliyunInventoryPull none = new AliyunInventoryPull(r -> {
            asked.add(r);
            return ecs;
        }, r -> vpc, r -> rds);
        Path file = dir.resolve("sub/inventory.csv");

        AliyunInventoryPull.Result r = none.pull(List.of(), file);

        assertThat(asked).isEmpty();
        assertThat(r.rows()).isZero();
        assertThat(r.rowsByType()).containsOnlyKeys("compute", "disk", "snapshot", "ip", "database").doesNotContainValue(1L);
        assertThat(Files.readAllLines(file)).containsExactly(HEADER);
        assertThat(CostDataset.read().inventory(file).load().inventory().rowCount()).isZero();
    }

    @Test
    void anEmptyRegionWritesNothingAndEveryRegionGetsItsOwnClients() throws IOException {
        FakeEcsApi shanghai = new FakeEcsApi();
        shanghai.instances.put("cn-shanghai|null", instances(null, instance("i-sh", "ecs.g7.large", 2, 8192, "Running",
                "2025-01-01T00:00Z", "PayByTraffic", 0, tags())));
        List<String> asked = new ArrayList<>();
        AliyunInventoryPull two = new AliyunInventoryPull(r -> {
            asked.add(r);
            return r.equals("cn-shanghai") ? shanghai : ecs;
        }, r -> vpc, r -> rds);
        Path file = dir.resolve("inventory.csv");

        AliyunInventoryPull.Result r = two.pull(List.of(HZ, "cn-shanghai", HZ), file);

        assertThat(asked).containsExactly(HZ, "cn-shanghai");
        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.rowsByType()).containsEntry("compute", 1L).containsEntry("disk", 0L);
        assertThat(Files.readAllLines(file)).hasSize(2).last().asString().startsWith("i-sh,Alibaba Cloud,compute,cn-hangzhou,");
    }

    @Test
    void aResourceListedTwiceIsWrittenOnce() throws IOException {
        ecs.instances.put(HZ + "|null", instances("p2", instance("i-a", "ecs.g7.large", 2, 8192, "Running", null,
                "PayByTraffic", 0, tags())));
        ecs.instances.put(HZ + "|p2", instances(null, instance("i-a", "ecs.g7.large", 2, 8192, "Running", null,
                "PayByTraffic", 0, tags())));

        assertThat(pulled()).hasSize(1);
    }

    @Test
    void aFailedPullLeavesNoFile() {
        ecs.instances.put(HZ + "|null", instances(null, instance("i-a", "ecs.g7.large", 2, 8192, "Running", null,
                "PayByTraffic", 0, tags())));
        AliyunInventoryPull failing = new AliyunInventoryPull(r -> ecs, r -> vpc, r -> {
            throw new CloudcostException("Alibaba Cloud DescribeDBInstances failed: Forbidden.RAM: denied");
        });
        Path file = dir.resolve("inventory.csv");

        assertThatThrownBy(() -> failing.pull(List.of(HZ), file)).isInstanceOf(CloudcostException.class)
                .hasMessageContaining("Forbidden.RAM");

        assertThat(file).doesNotExist();
        assertThat(dir.resolve("inventory.csv.part")).doesNotExist();
    }

    @Test
    void anEmptyPageThatStillCarriesATokenIsFollowed() throws IOException {
        ecs.disks.put(HZ + "|null", disks("d-2"));   // no disks on this page, but more to come
        ecs.disks.put(HZ + "|d-2", disks("", disk("d-late", "cloud_essd", "Available", "", null, tags())));

        assertThat(pulled()).extracting(l -> l.split(",")[0]).containsExactly("d-late");
    }

    @Test
    void aNextTokenThatDoesNotMoveIsAnError() {
        ecs.disks.put(HZ + "|null", disks("same"));
        ecs.disks.put(HZ + "|same", disks("same"));

        assertThatThrownBy(() -> pull.pull(List.of(HZ), dir.resolve("inventory.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeDisks: the NextToken did not change between pages (same)");
    }

    @Test
    void theWrittenFileLoadsAsTheInventoryFrame() throws IOException {
        ecs.instances.put(HZ + "|null", instances(null, instance("i-web-1", "ecs.g7.xlarge", 4, 16384, "Running",
                "2025-02-01T08:30Z", "PayByBandwidth", 5, tags("env", "prod", "app", "shop"))));
        ecs.disks.put(HZ + "|null", disks(null, disk("d-free", "cloud_essd", "Available", "", "2024-05-06T07:08:09Z",
                tags())));
        ecs.snapshots.put(HZ + "|null", snapshots(null, snapshot("s-old", "accomplished", "2023-01-02T03:04:05Z", tags())));
        vpc.pages.put(HZ + "|1", eips(1, eip("eip-used", "InUse", "i-web-1", "200", "PayByTraffic", "2025-01-02T03:04Z",
                tags())));
        rds.instances.put(HZ + "|null", databases(null, List.of(database("rm-1", "rds.mysql.s3.large", "Running",
                "2024-02-03T04:05:06Z"))));
        rds.attributes.put("rm-1", attribute("rm-1", "4", 8192));
        Path file = dir.resolve("inventory.csv");
        pull.pull(List.of(HZ), file);

        InventoryFrame inv = CostDataset.read().inventory(file).load().inventory();

        Table t = inv.table();
        assertThat(t.stringColumn(InventoryFrame.RESOURCE_TYPE).asList())
                .containsExactly("compute", "disk", "snapshot", "ip", "database");
        assertThat(t.stringColumn(InventoryFrame.PROVIDER_NAME).unique().asList()).containsExactly("Alibaba Cloud");
        Row web = t.row(0);
        assertThat(web.getDouble(InventoryFrame.VCPU)).isEqualTo(4.0);
        assertThat(web.getDouble(InventoryFrame.MEMORY_GIB)).isEqualTo(16.0);
        assertThat(web.getDouble(InventoryFrame.BANDWIDTH_MBPS)).isEqualTo(5.0);
        assertThat(web.getString(InventoryFrame.BANDWIDTH_BILLING)).isEqualTo("fixed");
        assertThat(web.getString(InventoryFrame.STATE)).isEqualTo("running");
        assertThat(web.getDateTime(InventoryFrame.CREATED_AT)).isEqualTo(LocalDateTime.parse("2025-02-01T08:30:00"));
        assertThat(web.getString("env")).isEqualTo("prod");
        assertThat(web.getString("app")).isEqualTo("shop");
        Row freeDisk = t.row(1);
        assertThat(freeDisk.getString(InventoryFrame.STATE)).isEqualTo("available");
        assertThat(freeDisk.getString(InventoryFrame.ATTACHED_TO)).isEmpty();
        assertThat(t.row(2).getDateTime(InventoryFrame.CREATED_AT)).isEqualTo(LocalDateTime.parse("2023-01-02T03:04:05"));
        Row ip = t.row(3);
        assertThat(ip.getString(InventoryFrame.STATE)).isEqualTo("in-use");
        assertThat(ip.getString(InventoryFrame.ATTACHED_TO)).isEqualTo("i-web-1");
        assertThat(ip.getDouble(InventoryFrame.BANDWIDTH_MBPS)).isEqualTo(200.0);
        assertThat(ip.getString(InventoryFrame.BANDWIDTH_BILLING)).isEqualTo("traffic");
        Row db = t.row(4);
        assertThat(db.getString(InventoryFrame.SPEC)).isEqualTo("rds.mysql.s3.large");
        assertThat(db.getDouble(InventoryFrame.MEMORY_GIB)).isEqualTo(8.0);
        assertThat(t.doubleColumn(InventoryFrame.VCPU).isMissing().size()).isEqualTo(3);   // disk, snapshot, ip
    }
}
