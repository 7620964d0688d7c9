package org.cloudcost.aws;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cloudcost.aws.cloudwatch.BucketSize;
import org.cloudcost.aws.cloudwatch.CloudWatchUsage;
import org.cloudcost.aws.cloudwatch.MetricTarget;
import org.cloudcost.aws.cloudwatch.S3BucketSizes;
import org.cloudcost.aws.costexplorer.CostExplorerBilling;
import org.cloudcost.aws.costexplorer.CostExplorerReport;
import org.cloudcost.aws.ec2.Ec2Inventory;
import org.cloudcost.aws.ec2.InventoryRow;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.aws.rds.RdsInventory;
import org.cloudcost.aws.s3.BucketStorage;
import org.cloudcost.aws.s3.S3Bucket;
import org.cloudcost.aws.s3.S3Inventory;
import org.cloudcost.aws.s3.StorageRow;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;

/**
 * One month of an AWS account as the files {@code cloudcost analyze} reads, written into one
 * folder: {@code billing.csv} (FOCUS, from Cost Explorer; left out when the account's CUR files
 * are analysed instead), {@code inventory.csv} (EC2 instances, volumes, snapshots, Elastic IPs,
 * NAT gateways, RDS instances, S3 buckets of the regions asked), {@code usage-REGION.csv}
 * (CloudWatch: instances, databases, volumes) and {@code storage-REGION.csv} (S3 Inventory
 * reports, else CloudWatch bucket sizes). The bill is the account's, pulled once; the rest region
 * by region; the month's bounds are UTC. Each file is written to {@code FILE.part} and moved into
 * place once whole, so a failed pull never leaves a partial file behind.
 *
 * <p>Takes built clients ({@link AwsClients}), so an embedding tool controls credentials,
 * endpoints and retries; {@code cloudcost pull aws} builds them from the default chain.
 *
 * <pre>{@code
 * try (AwsClients aws = AwsClients.builder().profile("readonly").build()) {
 *     AwsPull.Report r = new AwsPull(aws).pull(AwsPullRequest.of(YearMonth.of(2026, 10), List.of("us-east-1")),
 *             Path.of("pulled"));
 *     r.lines().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class AwsPull {
    /** The phases, in order, as the {@link PullListener} hears them. */
    public static final String BILLING = "billing", INVENTORY = "inventory", USAGE = "usage", STORAGE = "storage";

    private final AwsClients clients;
    private final Clock clock;
    private final PullListener listener;

    public AwsPull(AwsClients clients) {
        this(clients, Clock.systemUTC(), PullListener.NONE);
    }

    public AwsPull(AwsClients clients, Clock clock, PullListener listener) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * What was written, and what to look at.
     *
     * @param billing the FOCUS file, empty when Cost Explorer was not asked
     * @param bill what Cost Explorer gave, empty when not asked
     * @param inventoryByType inventory rows by ResourceType
     * @param usageRows usage rows by region
     * @param storageRows storage rows by region
     * @param notes what the user should know (resource-level data off, buckets without sizes, …)
     */
    public record Report(YearMonth month, List<String> regions, Optional<Path> billing, Path inventory, List<Path> usage,
                         List<Path> storage, Optional<CostExplorerReport> bill, Map<String, Long> inventoryByType,
                         Map<String, Long> usageRows, Map<String, Long> storageRows, List<String> notes) {
        public Report {
            regions = List.copyOf(regions);
            usage = List.copyOf(usage);
            storage = List.copyOf(storage);
            inventoryByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inventoryByType));
            usageRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(usageRows));
            storageRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(storageRows));
            notes = List.copyOf(notes);
        }

        /** Human-readable lines for the CLI. */
        public List<String> lines() {
            List<String> l = new ArrayList<>();
            l.add(bill.map(CostExplorerReport::toString).orElse("bill " + month
                    + ": not pulled (give analyze the account's CUR files with --billing)"));
            l.add("inventory: " + inventoryByType);
            l.add("usage rows: " + usageRows);
            l.add("storage rows: " + storageRows);
            notes.forEach(n -> l.add("note: " + n));
            return l;
        }

        /** The {@code cloudcost analyze} arguments that read these files ({@code CUR-FILES} stands for the user's own bill). */
        public List<String> analyzeArguments() {
            List<String> a = new ArrayList<>(List.of("--billing", billing.map(Path::toString).orElse("CUR-FILES"),
                    "--inventory", inventory.toString()));
            usage.forEach(u -> a.addAll(List.of("--usage", u.toString())));
            storage.forEach(s -> a.addAll(List.of("--storage", s.toString())));
            return a;
        }
    }

    /**
     * Pulls the month and regions of {@code request} into {@code dir}.
     *
     * @throws CloudcostException in one line when an API call fails, the bill does not add up,
     *         the month has not begun, or a file cannot be written
     */
    public Report pull(AwsPullRequest request, Path dir) {
        YearMonth month = request.month();
        Instant now = clock.instant();
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = monthEnd.isAfter(now) ? now.truncatedTo(ChronoUnit.HOURS) : monthEnd;
        if (!end.isAfter(start)) {
            throw new CloudcostException("the month " + month + " has not begun (it is " + now + ", UTC)");
        }
        List<String> notes = new ArrayList<>();

        Optional<CostExplorerReport> bill = Optional.empty();
        Optional<Path> billingFile = Optional.empty();
        if (request.billing()) {
            listener.phase(BILLING, 1);
            Path file = dir.resolve("billing.csv");
            CostExplorerReport r = new CostExplorerBilling(clients.costExplorer(), request.costExplorer(), clock)
                    .pull(month, file);
            notes.addAll(r.notes());
            bill = Optional.of(r);
            billingFile = Optional.of(file);
            listener.step("Cost Explorer");
            listener.phaseDone(BILLING);
        }

        Inventory inventory = inventory(request, notes);
        Path inventoryFile = dir.resolve("inventory.csv");
        write(inventoryFile, CanonicalCsv.INVENTORY, inventory.rows().stream().map(InventoryRow::cells).toList());

        listener.phase(USAGE, request.regions().size());
        List<Path> usageFiles = new ArrayList<>();
        Map<String, Long> usageRows = new LinkedHashMap<>();
        for (String region : request.regions()) {
            Path file = dir.resolve("usage-" + region + ".csv");
            CloudWatchUsage.Result r = new CloudWatchUsage(clients.cloudWatch(region))
                    .pull(targets(inventory.rows(), region), start, end, file);
            usageFiles.add(file);
            usageRows.put(region, r.rows());
            listener.step(region);
        }
        listener.phaseDone(USAGE);

        listener.phase(STORAGE, request.regions().size());
        List<Path> storageFiles = new ArrayList<>();
        Map<String, Long> storageRows = new LinkedHashMap<>();
        for (String region : request.regions()) {
            List<String> names = inventory.buckets().stream().filter(b -> b.region().equals(region)).map(S3Bucket::name)
                    .toList();
            List<BucketSize> sizes = new S3BucketSizes(clients.cloudWatch(region)).sizes(names, start, end);
            List<String[]> rows = new ArrayList<>();
            for (BucketSize size : sizes) {
                BucketStorage storage = inventory.s3().storage(size.bucket(), size.bytesByStorageType());
                storage.rows().stream().map(StorageRow::cells).forEach(rows::add);
                notes.addAll(storage.notes());
            }
            Path file = dir.resolve("storage-" + region + ".csv");
            write(file, CanonicalCsv.STORAGE, rows);
            storageFiles.add(file);
            storageRows.put(region, (long) rows.size());
            listener.step(region);
        }
        listener.phaseDone(STORAGE);

        return new Report(month, request.regions(), billingFile, inventoryFile, usageFiles, storageFiles, bill,
                inventory.byType(), usageRows, storageRows, notes);
    }

    /** The inventory rows of every region asked, and the buckets in those regions. */
    private record Inventory(List<InventoryRow> rows, List<S3Bucket> buckets, S3Inventory s3) {
        Map<String, Long> byType() {
            Map<String, Long> types = new LinkedHashMap<>();
            rows.forEach(r -> types.merge(r.resourceType(), 1L, Long::sum));
            return types;
        }
    }

    private Inventory inventory(AwsPullRequest request, List<String> notes) {
        List<String> regions = request.regions();
        listener.phase(INVENTORY, regions.size() + 1);
        String account = request.accountId().orElseGet(() -> CallerAccount.of(clients.ec2(regions.get(0))));
        List<InventoryRow> rows = new ArrayList<>();
        for (String region : regions) {
            rows.addAll(new Ec2Inventory(clients.ec2(region), region, account).all());
            rows.addAll(new RdsInventory(clients.rds(region), region).instances());
            listener.step(region);
        }
        S3Inventory s3 = new S3Inventory(clients.s3(regions.get(0)));
        List<S3Bucket> buckets = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (S3Bucket b : s3.buckets()) {
            if (regions.contains(b.region())) {
                buckets.add(b);
                rows.add(b.inventoryRow());
            } else {
                elsewhere.add(b.name() + " (" + (b.region().isEmpty() ? "region unknown" : b.region()) + ")");
            }
        }
        if (!elsewhere.isEmpty()) {
            notes.add(elsewhere.size() + " S3 bucket(s) in regions not pulled are left out: " + String.join(", ", elsewhere));
        }
        listener.step("S3");
        listener.phaseDone(INVENTORY);
        return new Inventory(List.copyOf(rows), List.copyOf(buckets), s3);
    }

    /** What CloudWatch is asked about in {@code region}: its instances, DB instances and volumes. */
    static List<MetricTarget> targets(List<InventoryRow> rows, String region) {
        List<MetricTarget> targets = new ArrayList<>();
        for (InventoryRow r : rows) {
            if (!r.regionId().equals(region)) {
                continue;
            }
            MetricTarget.Kind kind = switch (r.resourceType()) {
                case "compute" -> MetricTarget.Kind.INSTANCE;
                case "database" -> MetricTarget.Kind.DATABASE;
                case "disk" -> MetricTarget.Kind.VOLUME;
                default -> null;
            };
            if (kind != null) {
                targets.add(new MetricTarget(kind, r.resourceId(), r.nativeId()));
            }
        }
        return targets;
    }

    private static void write(Path file, List<String> columns, List<String[]> rows) {
        try {
            PartFile.write(file, columns, out -> {
                for (String[] row : rows) {
                    out.row(row);
                }
                return out.rows();
            });
        } catch (IOException e) {
            throw new CloudcostException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
