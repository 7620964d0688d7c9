package org.cloudcost.aliyun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cloudcost.aliyun.bss.AliyunBillingPull;
import org.cloudcost.aliyun.bss.BssPullReport;
import org.cloudcost.aliyun.bss.TeaBssApi;
import org.cloudcost.aliyun.internal.AlibabaCloud;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.aliyun.inventory.AliyunInventoryPull;
import org.cloudcost.aliyun.inventory.TeaEcsApi;
import org.cloudcost.aliyun.inventory.TeaRdsApi;
import org.cloudcost.aliyun.inventory.TeaVpcApi;
import org.cloudcost.aliyun.monitor.AliyunMetricsPull;
import org.cloudcost.aliyun.monitor.TeaCmsApi;
import org.cloudcost.aliyun.oss.AliyunStoragePull;
import org.cloudcost.aliyun.oss.SdkOssApi;
import org.cloudcost.aliyun.oss.StoragePullOptions;
import org.cloudcost.aliyun.oss.StoragePullReport;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.InventoryFrame;
import tech.tablesaw.api.Table;

/**
 * One month of an Alibaba Cloud account as the files {@code cloudcost analyze} reads:
 * {@code billing.csv} (FOCUS, from the BSS OpenAPI), {@code inventory.csv} (ECS instances,
 * disks, snapshots, EIPs, RDS), {@code usage-REGION.csv} (CloudMonitor: instances, databases and
 * EIPs) and
 * {@code storage-REGION.csv} (OSS), written into one folder. The bill is the account's, so it is
 * pulled once; the rest region by region. The month's bounds are China time. Takes the clients per region, so an embedding tool
 * controls credentials and endpoints; {@code cloudcost pull aliyun} builds them with
 * {@link AliyunClients}.
 *
 * <pre>{@code
 * AliyunPull.Report report = new AliyunPull(region -> AliyunClients.builder(region).build())
 *         .pull(YearMonth.of(2026, 10), List.of("cn-hangzhou", "cn-shanghai"), Path.of("pulled"));
 * report.lines().forEach(System.out::println);
 * }</pre>
 */
public final class AliyunPull {
    private final Function<String, AliyunClients> clients;
    private final AliyunCalls calls;
    private final StoragePullOptions storage;
    private final Clock clock;
    private final Map<String, AliyunClients> opened = new LinkedHashMap<>();

    /** With throttling retried as {@link AliyunCalls#withDefaults()} and the default OSS listing bounds. */
    public AliyunPull(Function<String, AliyunClients> clientsForRegion) {
        this(clientsForRegion, AliyunCalls.withDefaults(), StoragePullOptions.defaults(), Clock.systemUTC());
    }

    public AliyunPull(Function<String, AliyunClients> clientsForRegion, AliyunCalls calls, StoragePullOptions storage,
                      Clock clock) {
        this.clients = Objects.requireNonNull(clientsForRegion, "clientsForRegion");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was written, and what to look at. */
    public record Report(YearMonth month, List<String> regions, Path billing, Path inventory, List<Path> usage,
                         List<Path> storage, BssPullReport bill, Map<String, Long> inventoryByType,
                         Map<String, Long> usageRows, List<StoragePullReport> storageReports) {

        /** Human-readable lines for the CLI. */
        public List<String> lines() {
            List<String> l = new ArrayList<>();
            l.add("bill " + month + ": " + bill);
            l.add("inventory: " + inventoryByType);
            l.add("usage rows: " + usageRows);
            for (StoragePullReport s : storageReports) {
                l.addAll(s.lines());
            }
            return l;
        }

        /** The {@code cloudcost analyze} arguments that read these files. */
        public List<String> analyzeArguments() {
            List<String> a = new ArrayList<>(List.of("--billing", billing.toString(), "--inventory", inventory.toString()));
            usage.forEach(u -> a.addAll(List.of("--usage", u.toString())));
            storage.forEach(s -> a.addAll(List.of("--storage", s.toString())));
            return a;
        }
    }

    /**
     * Pulls {@code month} for {@code regions} into {@code dir}.
     *
     * @throws CloudcostException in one line when an API call fails, the bill does not reconcile
     *         with QueryBillOverview (a closed month), or a file cannot be written
     */
    public Report pull(YearMonth month, List<String> regions, Path dir) {
        if (regions.isEmpty()) {
            throw new CloudcostException("no region to pull: give at least one region id, e.g. --regions cn-hangzhou");
        }
        YearMonth now = YearMonth.now(clock.withZone(AlibabaCloud.CHINA));
        if (month.isAfter(now)) {
            throw new CloudcostException("the month " + month + " has not started yet (it is " + now + " in China time)");
        }
        try {
            return pullFiles(month, regions, dir, month.equals(now));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            opened.values().forEach(AliyunClients::close);
            opened.clear();
        }
    }

    private Report pullFiles(YearMonth month, List<String> regions, Path dir, boolean current) throws IOException {
        AliyunClients first = clients(regions.get(0));
        AliyunBillingPull billing = new AliyunBillingPull(new TeaBssApi(first.bss()), calls);
        Path billingFile = dir.resolve("billing.csv");
        BssPullReport bill = (current ? billing.reportingMismatch() : billing).pull(month, billingFile);

        Path inventoryFile = dir.resolve("inventory.csv");
        AliyunInventoryPull.Result inventory = new AliyunInventoryPull(
                r -> new TeaEcsApi(clients(r).ecs(), calls), r -> new TeaVpcApi(clients(r).vpc(), calls),
                r -> new TeaRdsApi(clients(r).rds(), calls)).pull(regions, inventoryFile);

        Instant start = month.atDay(1).atStartOfDay(AlibabaCloud.CHINA).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(AlibabaCloud.CHINA).toInstant();
        end = end.isAfter(clock.instant()) ? clock.instant() : end;
        Table inv = CostDataset.read().inventory(inventoryFile).load().inventory().table();
        List<Path> usageFiles = new ArrayList<>();
        Map<String, Long> usageRows = new LinkedHashMap<>();
        List<Path> storageFiles = new ArrayList<>();
        List<StoragePullReport> storageReports = new ArrayList<>();
        for (String region : regions) {
            Path usage = dir.resolve("usage-" + region + ".csv");
            AliyunMetricsPull.Result metrics = new AliyunMetricsPull(new TeaCmsApi(clients(region).cms(), calls))
                    .pull(ids(inv, region, "compute"), ids(inv, region, "database"), ids(inv, region, "ip"), start, end,
                            usage);
            usageFiles.add(usage);
            usageRows.put(region, metrics.rows());
            Path storageFile = dir.resolve("storage-" + region + ".csv");
            storageReports.add(new AliyunStoragePull(new SdkOssApi(clients(region).oss(), calls),
                    storage.withRegion(region)).pull(storageFile));
            storageFiles.add(storageFile);
        }
        return new Report(month, List.copyOf(regions), billingFile, inventoryFile, usageFiles, storageFiles, bill,
                inventory.rowsByType(), usageRows, storageReports);
    }

    private AliyunClients clients(String region) {
        return opened.computeIfAbsent(region, clients);
    }

    /** The ids of the inventory's resources of {@code type} in {@code region}. */
    private static List<String> ids(Table inv, String region, String type) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < inv.rowCount(); r++) {
            if (inv.stringColumn(InventoryFrame.REGION_ID).get(r).equals(region)
                    && inv.stringColumn(InventoryFrame.RESOURCE_TYPE).get(r).equals(type)) {
                ids.add(inv.stringColumn(InventoryFrame.RESOURCE_ID).get(r));
            }
        }
        return ids;
    }
}
