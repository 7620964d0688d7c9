package org.cloudcost.samples.casestudy;

import static org.cloudcost.samples.casestudy.CaseStudyEstate.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudcost.core.catalog.PriceCatalog;

/**
 * Every resource of {@link CaseStudyEstate} with its month's cost: catalog-priced lines at the
 * catalog's price, assumed-priced lines at the estate's assumed prices, and the rest of each
 * category's total spread over the items no catalog prices (instances and RDS classes by their
 * relative price, OSS requests, the test accounts' pay-by-traffic egress).
 */
final class EstateItems {
    static final BigDecimal GIB_PER_TIB = BigDecimal.valueOf(1024);

    final List<Item> items = new ArrayList<>();
    /** Hourly CPU of each instance or database that reports metrics. */
    final Map<String, Load> cpu = new LinkedHashMap<>();
    /** Hourly mean connections of each database. */
    final Map<String, Load> connections = new LinkedHashMap<>();
    /** The database that runs a nightly job, and the hour. */
    final Map<String, Integer> nightlyJob = new LinkedHashMap<>();
    /** Hourly outbound Mbps of the fixed bandwidth. */
    final Map<String, Load> traffic = new LinkedHashMap<>();
    /** Credits and tax: resource id (or "") → amount, with the category. */
    final List<Item> adjustments = new ArrayList<>();

    private final PriceCatalog catalog;

    private EstateItems(PriceCatalog catalog) {
        this.catalog = catalog;
    }

    static EstateItems build(PriceCatalog alibaba) {
        EstateItems e = new EstateItems(alibaba);
        e.compute();
        e.databases();
        e.storage();
        e.networking();
        return e;
    }

    private void compute() {
        List<Item> instances = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Fleet f : FLEETS) {
            for (int n = 1; n <= f.count(); n++) {
                String id = String.format(Locale.ROOT, "i-%s-%s-%02d", f.app(), f.env(), n);
                instances.add(Item.of(id, "Compute", "Elastic Compute Service").bill("ECS Instance", f.spec(), "Hours")
                        .account(account(f.env())).tags(Map.of("env", f.env(), "app", f.app()))
                        .inventory("compute", f.spec(), "running", created(n)).size(f.vcpu(), f.memoryGiB()).build());
                weights.add(f.priceWeight());
                if (f.load() != null) {
                    cpu.put(id, f.load());
                }
            }
        }
        BigDecimal credits = COMPUTE_CREDITS.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        spread(instances, weights, COMPUTE.subtract(credits));
        for (int k = 0; k < COMPUTE_CREDITS.size(); k++) {
            Item target = instances.get(k * 37 % instances.size());
            adjustments.add(Item.of(target.id(), "Compute", target.service()).bill("ECS Instance", "voucher", "Voucher")
                    .account(target.account()).cost(COMPUTE_CREDITS.get(k)).build());
        }
    }

    private void databases() {
        List<Item> dbs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (DatabaseGroup g : DATABASES_GROUPS) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (String app : g.apps()) {
                int n = seen.merge(app, 1, Integer::sum);
                String id = g.role().equals("primary") ? "rm-" + app : String.format(Locale.ROOT, "rr-%s-%d", app, n);
                dbs.add(Item.of(id, "Databases", "ApsaraDB RDS").bill("RDS Instance", g.spec(), "Hours")
                        .tags(Map.of("env", "prod", "app", app, "role", g.role()))
                        .inventory("database", g.spec(), "running", "2024-03-01T00:00:00Z").size(g.cores(), g.memoryGiB())
                        .build());
                weights.add(g.priceWeight());
                cpu.put(id, g.cpu());
                connections.put(id, g.connections());
                if (app.equals(g.nightlyJob())) {
                    nightlyJob.put(id, g.jobHour());
                }
            }
        }
        spread(dbs, weights, DATABASES.subtract(DATABASE_CREDIT));
        adjustments.add(Item.of(dbs.get(0).id(), "Databases", "ApsaraDB RDS").bill("RDS Instance", "voucher", "Voucher")
                .cost(DATABASE_CREDIT).build());
    }

    private void storage() {
        BigDecimal standard = price("storage.Standard.gbMonth");
        BigDecimal snapshot = price("snapshot.gbMonth");
        Map<String, Double> tibByBucket = new LinkedHashMap<>();
        for (ObjectGroups g : OBJECTS) {
            tibByBucket.merge(g.bucket(), g.totalTib(), Double::sum);
        }
        tibByBucket.forEach((bucket, tib) -> items.add(Item.of(bucket, "Storage", "Object Storage Service")
                .bill("Bucket", "oss.standard", "GB-Month").tags(Map.of("env", "prod"))
                .inventory("bucket", "Standard", "available", "2023-01-01T00:00:00Z")
                .cost(Cents.round(BigDecimal.valueOf(tib).multiply(GIB_PER_TIB).multiply(standard))).build()));
        items.add(Item.of("corp-media", "Storage", "Object Storage Service").bill("Bucket", "oss.internet.out", "GB")
                .cost(Cents.round(BigDecimal.valueOf(OSS_EGRESS_GB).multiply(OSS_EGRESS_PRICE))).build());
        for (Item instance : List.copyOf(items.stream().filter(i -> "compute".equals(i.inventoryType())).toList())) {
            Fleet f = fleetOf(instance);
            String disk = "d-" + instance.id().substring(2);
            items.add(Item.of(disk, "Storage", "Elastic Compute Service").bill("Cloud Disk", "cloud_essd.PL1", "GB-Month")
                    .account(instance.account()).tags(instance.tags()).inventory("disk", "cloud_essd.PL1", "in-use",
                            instance.createdAt()).attachedTo(instance.id())
                    .cost(Cents.round(ESSD_PL1_GIB_MONTH.multiply(BigDecimal.valueOf(f.diskGiB())))).build());
            items.add(Item.of("s-" + instance.id().substring(2), "Storage", "Elastic Compute Service")
                    .bill("Snapshot", "snapshot", "GB-Month").account(instance.account()).tags(instance.tags())
                    .inventory("snapshot", "", "available", "2026-10-30T18:00:00Z").attachedTo(disk)
                    .cost(Cents.round(snapshot.multiply(BigDecimal.valueOf(f.diskGiB() / 2)))).build());
        }
        for (int n = 1; n <= UNATTACHED_DISKS; n++) {
            items.add(Item.of(String.format(Locale.ROOT, "d-detached-%02d", n), "Storage", "Elastic Compute Service")
                    .bill("Cloud Disk", "cloud_essd.PL1", "GB-Month").account(TEST_ACCOUNT).tags(Map.of("env", "test"))
                    .inventory("disk", "cloud_essd.PL1", "available", "2026-02-10T00:00:00Z")
                    .cost(Cents.round(ESSD_PL1_GIB_MONTH.multiply(BigDecimal.valueOf(UNATTACHED_DISK_GIB)))).build());
        }
        for (int n = 1; n <= OLD_SNAPSHOTS; n++) {
            items.add(Item.of(String.format(Locale.ROOT, "s-migration-%02d", n), "Storage", "Elastic Compute Service")
                    .bill("Snapshot", "snapshot", "GB-Month").tags(Map.of("env", "prod"))
                    .inventory("snapshot", "", "available", "2025-06-15T02:00:00Z")
                    .cost(Cents.round(snapshot.multiply(BigDecimal.valueOf(OLD_SNAPSHOT_GIB)))).build());
        }
        BigDecimal rest = STORAGE.subtract(categoryTotal("Storage"));
        items.add(Item.of("corp-media", "Storage", "Object Storage Service").bill("Bucket", "oss.requests", "Requests")
                .cost(positive(rest, "OSS requests")).build());
    }

    private void networking() {
        BigDecimal fixed = Cents.round(catalog.price("bandwidth.fixed.mbpsMonth").orElseThrow().cost(BANDWIDTH_MBPS));
        items.add(Item.of("cbwp-internet", "Networking", "Shared Bandwidth").bill("Shared Bandwidth", "cbwp.fixed", "Mbps-Month")
                .tags(Map.of("env", "prod", "app", "web")).inventory("ip", "", "in-use", "2024-01-01T00:00:00Z")
                .bandwidth(BANDWIDTH_MBPS, "fixed").cost(fixed).build());
        traffic.put("cbwp-internet", TRAFFIC_MBPS);
        for (int n = 1; n <= LOAD_BALANCERS; n++) {
            items.add(Item.of(String.format(Locale.ROOT, "lb-web-%02d", n), "Networking", "Server Load Balancer")
                    .bill("Load Balancer", "slb.clb", "Hours").tags(Map.of("env", "prod", "app", "web"))
                    .inventory("load-balancer", "slb.s3.large", "running", "2024-01-01T00:00:00Z").cost(LOAD_BALANCER_MONTH)
                    .build());
        }
        for (int n = 1; n <= NAT_GATEWAYS; n++) {
            items.add(Item.of(String.format(Locale.ROOT, "ngw-prod-%02d", n), "Networking", "NAT Gateway")
                    .bill("NAT Gateway", "nat.enhanced", "Hours").tags(Map.of("env", "prod"))
                    .inventory("nat", "Enhanced", "running", "2024-01-01T00:00:00Z").cost(NAT_GATEWAY_MONTH).build());
        }
        BigDecimal idleHour = price("ip.idle.hour");
        for (int n = 1; n <= IDLE_EIPS; n++) {
            items.add(Item.of(String.format(Locale.ROOT, "eip-spare-%02d", n), "Networking", "Elastic IP Address")
                    .bill("EIP", "eip.instance", "Hours").account(TEST_ACCOUNT).tags(Map.of("env", "test"))
                    .inventory("ip", "", "available", "2026-03-01T00:00:00Z")
                    .cost(Cents.round(idleHour.multiply(BigDecimal.valueOf(MONTH.lengthOfMonth() * 24L)))).build());
        }
        adjustments.add(Item.of("", "Networking", "Tax").bill("", "VAT", "Tax").cost(NETWORK_TAX).build());
        List<Item> egress = new ArrayList<>();
        for (String app : List.of("web", "api", "worker", "cache")) {
            egress.add(Item.of("eip-test-" + app, "Networking", "Elastic IP Address").bill("EIP", "eip.traffic", "GB")
                    .account(TEST_ACCOUNT).tags(Map.of("env", "test", "app", app))
                    .inventory("ip", "", "in-use", "2025-06-01T00:00:00Z").attachedTo("i-" + app + "-test-01")
                    .bandwidth(100, "traffic").build());
        }
        BigDecimal rest = NETWORKING.subtract(categoryTotal("Networking"));
        spread(egress, List.of(4.0, 3.0, 2.0, 1.0), positive(rest, "test egress"));
    }

    /** The month's billed cost of a category: items and adjustments. */
    BigDecimal categoryTotal(String category) {
        return java.util.stream.Stream.concat(items.stream(), adjustments.stream()).filter(i -> i.category().equals(category))
                .map(Item::monthlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void spread(List<Item> targets, List<Double> weights, BigDecimal total) {
        BigDecimal[] parts = Cents.split(total, weights.stream().mapToDouble(Double::doubleValue).toArray());
        for (int i = 0; i < targets.size(); i++) {
            items.add(targets.get(i).withCost(parts[i]));
        }
    }

    private BigDecimal price(String key) {
        return catalog.price(key).orElseThrow(() -> new IllegalStateException("the Alibaba catalog has no " + key))
                .value().round(MathContext.DECIMAL64);
    }

    private static BigDecimal positive(BigDecimal rest, String what) {
        if (rest.signum() <= 0) {
            throw new IllegalStateException("the estate's priced lines exceed its category total: nothing left for " + what);
        }
        return rest;
    }

    private static Fleet fleetOf(Item instance) {
        return FLEETS.stream().filter(f -> f.spec().equals(instance.spec()) && f.env().equals(instance.tags().get("env"))
                && f.app().equals(instance.tags().get("app"))).findFirst().orElseThrow();
    }

    private static String account(String env) {
        return env.equals("prod") ? CaseStudyData.PROD_ACCOUNT : CaseStudyData.TEST_ACCOUNT;
    }

    private static final String TEST_ACCOUNT = CaseStudyData.TEST_ACCOUNT;

    private static String created(int n) {
        return String.format(Locale.ROOT, "2025-%02d-%02dT00:00:00Z", 1 + n % 12, 1 + n % 28);
    }
}
