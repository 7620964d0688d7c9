package org.cloudcost.aliyun.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.UsageFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class AliyunMetricsPullTest {
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-10-01T02:00:00Z");

    @TempDir
    Path dir;

    /** One data point as CloudMonitor writes it inside the Datapoints string. */
    static String point(String id, String time, String average, String maximum) {
        long ms = Instant.parse(time).toEpochMilli();
        return "{\"timestamp\":" + ms + ",\"userId\":\"120886317861\",\"instanceId\":\"" + id + "\""
                + (average == null ? "" : ",\"Average\":" + average)
                + (maximum == null ? "" : ",\"Maximum\":" + maximum) + ",\"Minimum\":0}";
    }

    static String points(String... points) {
        return "[" + String.join(",", points) + "]";
    }

    @Test
    void mapsEveryMetricToItsCanonicalNameWithAverageAndMaximumRows() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("CPUUtilization", null, points(point("i-1", "2026-10-01T00:05:00Z", "12.5", "40")), null)
                .page("InternetOutRate", null, points(point("i-1", "2026-10-01T00:05:00Z", "8000000", "2.5E7")), null)
                .page("InternetInRate", null, points(point("i-1", "2026-10-01T00:05:00Z", "1000", null)), null)
                .page("memory_usedutilization", null, points(point("i-1", "2026-10-01T00:05:00Z", "61", "70")), null)
                .page("CpuUsage", null, points(point("rm-1", "2026-10-01T00:05:00Z", "3", "9")), null)
                .page("ConnectionUsage", null, points(point("rm-1", "2026-10-01T00:05:00Z", "1.5", "2")), null);
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of("i-1"), List.of("rm-1"), START, END, file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds",
                "i-1,2026-10-01T00:05:00Z,cpu_percent,12.5,Average,300",
                "i-1,2026-10-01T00:05:00Z,cpu_percent,40,Maximum,300",
                "i-1,2026-10-01T00:05:00Z,net_out_bps,8000000,Average,300",
                "i-1,2026-10-01T00:05:00Z,net_out_bps,25000000,Maximum,300",
                "i-1,2026-10-01T00:05:00Z,net_in_bps,1000,Average,300",
                "i-1,2026-10-01T00:05:00Z,memory_percent,61,Average,300",
                "i-1,2026-10-01T00:05:00Z,memory_percent,70,Maximum,300",
                "rm-1,2026-10-01T00:05:00Z,cpu_percent,3,Average,300",
                "rm-1,2026-10-01T00:05:00Z,cpu_percent,9,Maximum,300",
                "rm-1,2026-10-01T00:05:00Z,db_connection_percent,1.5,Average,300",
                "rm-1,2026-10-01T00:05:00Z,db_connection_percent,2,Maximum,300");
        assertThat(r.rows()).isEqualTo(11);
        assertThat(r.file()).isEqualTo(file);
        assertThat(cms.calls).extracting(FakeCmsApi.Call::metricName).containsExactly("CPUUtilization",
                "VPC_PublicIP_InternetOutRate", "InternetOutRate", "VPC_PublicIP_InternetInRate", "InternetInRate",
                "memory_usedutilization", "CpuUsage", "MemoryUsage", "ConnectionUsage");
        assertThat(cms.calls).extracting(FakeCmsApi.Call::namespace).containsOnly("acs_ecs_dashboard", "acs_rds_dashboard");
        FakeCmsApi.Call first = cms.calls.get(0);
        assertThat(first.start()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(first.end()).isEqualTo("2026-10-01T02:00:00Z");
        assertThat(first.period()).isEqualTo("300");
        assertThat(first.length()).isEqualTo("1000");
        assertThat(first.dimensions()).isEqualTo("[{\"instanceId\":\"i-1\"}]");
    }

    @Test
    void followsNextTokenToTheLastPage() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("CPUUtilization", null, points(point("i-1", "2026-10-01T00:05:00Z", "10", null)), "tok-2")
                .page("CPUUtilization", "tok-2", points(point("i-1", "2026-10-01T00:10:00Z", "20", null)), "tok-3")
                .page("CPUUtilization", "tok-3", points(point("i-1", "2026-10-01T00:15:00Z", "30", null)), "");
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of("i-1"), List.of(), START, END, file);

        assertThat(cms.callsFor("CPUUtilization")).extracting(FakeCmsApi.Call::nextToken)
                .containsExactly(null, "tok-2", "tok-3");
        assertThat(Files.readAllLines(file)).filteredOn(l -> l.contains("cpu_percent"))
                .extracting(l -> l.split(",")[3]).containsExactly("10", "20", "30");
        assertThat(r.pointsByMetric()).containsEntry("acs_ecs_dashboard/CPUUtilization", 3L);
    }

    @Test
    void batchesInstancesFiftyPerCall() throws IOException {
        List<String> ids = IntStream.rangeClosed(1, 120).mapToObj(i -> "i-" + i).toList();
        FakeCmsApi cms = new FakeCmsApi();

        new AliyunMetricsPull(cms).pull(ids, List.of(), START, END, dir.resolve("usage.csv"));

        List<FakeCmsApi.Call> cpu = cms.callsFor("CPUUtilization");
        assertThat(cpu).hasSize(3);
        assertThat(cpu.get(0).dimensions()).startsWith("[{\"instanceId\":\"i-1\"},").endsWith("{\"instanceId\":\"i-50\"}]");
        assertThat(cpu.get(2).dimensions()).startsWith("[{\"instanceId\":\"i-101\"},").endsWith("{\"instanceId\":\"i-120\"}]");
        assertThat(cms.calls).hasSize(3 * CmsMetric.ECS.size());
    }

    @Test
    void aMissingMemoryMetricWritesNoRowsAndIsReportedAsZeroPoints() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("CPUUtilization", null, points(point("i-1", "2026-10-01T00:05:00Z", "10", "11")), null)
                .page("memory_usedutilization", null, new DescribeMetricListResponseBody().setCode("200")
                        .setSuccess(true).setPeriod("300"));   // no Datapoints at all: no agent
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of("i-1"), List.of(), START, END, file);

        assertThat(Files.readString(file)).doesNotContain("memory_percent");
        assertThat(r.pointsByMetric()).containsEntry("acs_ecs_dashboard/memory_usedutilization", 0L)
                .containsEntry("acs_ecs_dashboard/CPUUtilization", 1L)
                .containsEntry("acs_rds_dashboard/CpuUsage", 0L);
        assertThat(r.rows()).isEqualTo(2);
    }

    @Test
    void noInstancesMakeNoCallsAndAHeaderOnlyFile() throws IOException {
        FakeCmsApi cms = new FakeCmsApi();
        Path file = dir.resolve("sub/usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of(), List.of(), START, END, file);

        assertThat(cms.calls).isEmpty();
        assertThat(r.rows()).isZero();
        assertThat(Files.readAllLines(file)).containsExactly("ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds");
        assertThat(CostDataset.read().usage(file).load().usage().rowCount()).isZero();
    }

    @Test
    void theResponsePeriodWinsAndAnotherRequestedPeriodIsSent() throws IOException {
        FakeCmsApi cms = new FakeCmsApi().page("CpuUsage", null, new DescribeMetricListResponseBody().setCode("200")
                .setPeriod("900").setDatapoints(points(point("rm-1", "2026-10-01T00:15:00Z", "5", null))));
        Path file = dir.resolve("usage.csv");

        new AliyunMetricsPull(cms, 600).pull(List.of(), List.of("rm-1"), START, END, file);

        assertThat(cms.calls).extracting(FakeCmsApi.Call::period).containsOnly("600");
        assertThat(Files.readAllLines(file)).contains("rm-1,2026-10-01T00:15:00Z,cpu_percent,5,Average,900");
    }

    @Test
    void refusesBadPeriodsWindowsAndTokensThatDoNotMove() {
        assertThatThrownBy(() -> new AliyunMetricsPull(new FakeCmsApi(), 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliyunMetricsPull(new FakeCmsApi(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliyunMetricsPull(new FakeCmsApi()).pull(List.of("i-1"), List.of(), END, START,
                dir.resolve("u.csv"))).isInstanceOf(IllegalArgumentException.class);
        FakeCmsApi stuck = new FakeCmsApi().page("CPUUtilization", null, "[]", "same")
                .page("CPUUtilization", "same", "[]", "same");
        assertThatThrownBy(() -> new AliyunMetricsPull(stuck).pull(List.of("i-1"), List.of(), START, END, dir.resolve("u.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeMetricList acs_ecs_dashboard/CPUUtilization: the NextToken did not change"
                        + " between pages (same)");
    }

    @Test
    void aFailedPullLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path file = dir.resolve("usage.csv");
        Files.writeString(file, "ResourceId,Timestamp,Metric,Value\n");
        FakeCmsApi cms = new FakeCmsApi()
                .page("CPUUtilization", null, points(point("i-1", "2026-10-01T00:05:00Z", "10", null)), null)
                .page("InternetOutRate", null, "{not json", null);

        assertThatThrownBy(() -> new AliyunMetricsPull(cms).pull(List.of("i-1"), List.of(), START, END, file))
                .isInstanceOf(CloudcostException.class);

        assertThat(Files.readString(file)).isEqualTo("ResourceId,Timestamp,Metric,Value\n");
        assertThat(dir.resolve("usage.csv.part")).doesNotExist();
    }

    @Test
    void theWrittenFileLoadsAsHourlyUsage() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("CPUUtilization", null, points(
                        point("i-1", "2026-10-01T00:05:00Z", "10", "30"),
                        point("i-1", "2026-10-01T00:10:00Z", "20", "50"),
                        point("i-2", "2026-10-01T01:05:00Z", "70", "90")), null)
                .page("InternetOutRate", null, points(point("i-1", "2026-10-01T00:05:00Z", "8000000", null)), null)
                .page("ConnectionUsage", null, points(point("rm-1", "2026-10-01T00:05:00Z", "4", null)), null);
        Path file = dir.resolve("usage.csv");
        new AliyunMetricsPull(cms).pull(List.of("i-1", "i-2"), List.of("rm-1"), START, END, file);

        UsageFrame usage = CostDataset.read().usage(file).load().usage();

        Table t = usage.table();
        assertThat(t.rowCount()).isEqualTo(6);   // i-1 and i-2 cpu Average + Maximum, i-1 net_out, rm-1 connections
        Row cpuAvg = only(t, "i-1", "cpu_percent", "Average");
        assertThat(cpuAvg.getDouble(UsageFrame.VALUE)).isEqualTo(15.0);
        assertThat(cpuAvg.getInt(UsageFrame.SAMPLES)).isEqualTo(2);
        assertThat(cpuAvg.getDateTime(UsageFrame.TIMESTAMP)).isEqualTo(LocalDateTime.parse("2026-10-01T00:00:00"));
        assertThat(only(t, "i-1", "cpu_percent", "Maximum").getDouble(UsageFrame.VALUE)).isEqualTo(50.0);
        assertThat(only(t, "i-2", "cpu_percent", "Average").getDateTime(UsageFrame.TIMESTAMP))
                .isEqualTo(LocalDateTime.parse("2026-10-01T01:00:00"));
        assertThat(only(t, "i-1", "net_out_bps", "Average").getDouble(UsageFrame.VALUE)).isEqualTo(8_000_000.0);
        assertThat(only(t, "rm-1", "db_connection_percent", "Average").getDouble(UsageFrame.VALUE)).isEqualTo(4.0);
    }

    /** A data point of a metric with an {@code ip} dimension (VPC_PublicIP_*: one series per public IP). */
    static String ipPoint(String id, String ip, String time, String average, String maximum) {
        return point(id, time, average, maximum).replace("\"instanceId\"", "\"ip\":\"" + ip + "\",\"instanceId\"");
    }

    @Test
    void aVpcInstanceTakesItsPublicBandwidthFromTheIpMetricSummedOverItsAddresses() throws IOException {
        // InternetOutRate is the classic network's metric; a VPC instance reports VPC_PublicIP_InternetOutRate per IP
        FakeCmsApi cms = new FakeCmsApi()
                .page("VPC_PublicIP_InternetOutRate", null, points(
                        ipPoint("i-vpc", "47.96.1.10", "2026-10-01T00:05:00Z", "1000", "3000"),
                        ipPoint("i-vpc", "47.96.1.11", "2026-10-01T00:05:00Z", "500", "1000")), "p2")
                .page("VPC_PublicIP_InternetOutRate", "p2", points(
                        ipPoint("i-vpc", "47.96.1.10", "2026-10-01T00:10:00Z", "200", null)), null)
                .page("InternetOutRate", null, points(
                        point("i-vpc", "2026-10-01T00:05:00Z", "0", "0"),
                        point("i-classic", "2026-10-01T00:05:00Z", "7000", "9000")), null);
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of("i-vpc", "i-classic"), List.of(), START, END,
                file);

        assertThat(Files.readAllLines(file)).filteredOn(l -> l.contains("net_out_bps")).containsExactly(
                "i-classic,2026-10-01T00:05:00Z,net_out_bps,7000,Average,300",
                "i-classic,2026-10-01T00:05:00Z,net_out_bps,9000,Maximum,300",
                "i-vpc,2026-10-01T00:05:00Z,net_out_bps,1500,Average,300",
                "i-vpc,2026-10-01T00:05:00Z,net_out_bps,4000,Maximum,300",
                "i-vpc,2026-10-01T00:10:00Z,net_out_bps,200,Average,300");
        assertThat(r.pointsByMetric()).containsEntry("acs_ecs_dashboard/VPC_PublicIP_InternetOutRate", 3L)
                .containsEntry("acs_ecs_dashboard/InternetOutRate", 2L);
        assertThat(cms.callsFor("VPC_PublicIP_InternetInRate")).hasSize(1);
    }

    @Test
    void eipsGetTheirBandwidthFromTheEipNamespace() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("net_tx.rate", null, points(point("eip-1", "2026-10-01T00:05:00Z", "1.9E9", "2E9")), null)
                .page("net_rx.rate", null, points(point("eip-1", "2026-10-01T00:05:00Z", "1000", null)), null);
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms).pull(List.of(), List.of(), List.of("eip-1"), START, END,
                file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds",
                "eip-1,2026-10-01T00:05:00Z,net_out_bps,1900000000,Average,300",
                "eip-1,2026-10-01T00:05:00Z,net_out_bps,2000000000,Maximum,300",
                "eip-1,2026-10-01T00:05:00Z,net_in_bps,1000,Average,300");
        assertThat(cms.calls).extracting(FakeCmsApi.Call::namespace).containsOnly("acs_vpc_eip");
        assertThat(cms.calls.get(0).dimensions()).isEqualTo("[{\"instanceId\":\"eip-1\"}]");
        assertThat(r.pointsByMetric()).containsEntry("acs_vpc_eip/net_tx.rate", 1L);
    }

    @Test
    void rdsMemoryIsReadAsMemoryPercent() throws IOException {
        FakeCmsApi cms = new FakeCmsApi()
                .page("MemoryUsage", null, points(point("rm-1", "2026-10-01T00:05:00Z", "72.5", "80")), null);
        Path file = dir.resolve("usage.csv");

        new AliyunMetricsPull(cms).pull(List.of(), List.of("rm-1"), START, END, file);

        assertThat(Files.readAllLines(file)).contains("rm-1,2026-10-01T00:05:00Z,memory_percent,72.5,Average,300");
        assertThat(cms.callsFor("MemoryUsage")).extracting(FakeCmsApi.Call::namespace).containsExactly("acs_rds_dashboard");
    }

    /** The one frame row of a resource, metric and statistic. */
    static Row only(Table t, String id, String metric, String statistic) {
        Table rows = t.where(t.stringColumn(UsageFrame.RESOURCE_ID).isEqualTo(id)
                .and(t.stringColumn(UsageFrame.METRIC).isEqualTo(metric))
                .and(t.stringColumn(UsageFrame.STATISTIC).isEqualTo(statistic)));
        assertThat(rows.rowCount()).as(id + " " + metric + " " + statistic).isEqualTo(1);
        return rows.row(0);
    }
}
