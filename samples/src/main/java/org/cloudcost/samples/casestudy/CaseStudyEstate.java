package org.cloudcost.samples.casestudy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The estate of {@code CASE-STUDY.md}, one month of it, as data: what runs, how busy it is and
 * what the month costs by category. Everything the demo analyses comes from this screen;
 * {@link CaseStudyData} turns it into the files a user would have.
 *
 * <p>Loads are in China time (the company's users and staff), CPU in %, traffic in Mbps.
 * Category totals are the case's table; within a category, the lines are priced from the
 * Alibaba Cloud catalog where it has the price (OSS storage, fixed bandwidth, pay-by-traffic,
 * snapshots, idle EIPs) and otherwise from the assumed unit prices below, and the one item per
 * category whose price no catalog states (instances, RDS classes, OSS requests, pay-by-traffic
 * egress of the test accounts) takes what is left of the category's total.
 */
final class CaseStudyEstate {
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final String REGION = "cn-hangzhou";
    static final long SEED = 20261001L;

    // The case's table: monthly spend by FOCUS ServiceCategory, CNY.
    static final BigDecimal COMPUTE = new BigDecimal("850000.00");
    static final BigDecimal DATABASES = new BigDecimal("450000.00");
    static final BigDecimal STORAGE = new BigDecimal("300000.00");
    static final BigDecimal NETWORKING = new BigDecimal("200000.00");

    // 120 production and 80 test instances; CPU in China time, averaging about 22 %.
    static final List<Fleet> FLEETS = List.of(
            new Fleet("web", "prod", 40, "ecs.c7.4xlarge", 16, 32, 200, Load.daily(47, 28, 7, 9, 22, 0.85)),
            new Fleet("api", "prod", 30, "ecs.g7.4xlarge", 16, 64, 300, Load.daily(44, 25, 8, 9, 22, 0.80)),
            new Fleet("worker", "prod", 20, "ecs.g7.8xlarge", 32, 128, 500, Load.daily(40, 33, 27, 8, 20, 0.90)),
            new Fleet("cache", "prod", 10, "ecs.r7.4xlarge", 16, 128, 200, Load.flat(20)),
            new Fleet("data", "prod", 12, "ecs.g7.8xlarge", 32, 128, 1000, Load.daily(55, 38, 22, 8, 23, 0.90)),
            new Fleet("legacy", "prod", 3, "ecs.g7.2xlarge", 8, 32, 200, Load.flat(1)),         // forgotten
            new Fleet("search", "prod", 2, "ecs.g7.2xlarge", 8, 32, 200, Load.daily(80, 76, 68, 8, 23, 1)), // too small
            new Fleet("ops", "prod", 3, "ecs.g7.2xlarge", 8, 32, 200, null),                    // no monitoring agent
            new Fleet("web", "test", 25, "ecs.c7.4xlarge", 16, 32, 200, Load.officeHours(20, 2.5, 9, 19)),
            new Fleet("api", "test", 25, "ecs.g7.4xlarge", 16, 64, 300, Load.officeHours(18, 2.5, 9, 19)),
            new Fleet("worker", "test", 15, "ecs.g7.8xlarge", 32, 128, 500, Load.officeHours(15, 2, 9, 19)),
            new Fleet("cache", "test", 10, "ecs.r7.4xlarge", 16, 128, 200, Load.officeHours(12, 2, 9, 19)),
            new Fleet("perf", "test", 3, "ecs.g7.8xlarge", 32, 128, 500, Load.officeHours(55, 2, 10, 18)),
            new Fleet("legacy", "test", 2, "ecs.g7.2xlarge", 8, 32, 200, Load.flat(0.8)));      // forgotten

    // 5 primaries and 10 read-only replicas, busy by day and idle from 00:00 to 06:00 China time.
    static final List<DatabaseGroup> DATABASES_GROUPS = List.of(
            new DatabaseGroup("primary", List.of("shop", "order", "user", "payment", "inventory"),
                    "mysql.x4.4xlarge.2c", 16, 64, 2.0, Load.daily(35, 20, 2, 8, 23, 0.8),
                    Load.daily(220, 80, 0.5, 8, 23, 0.8), "payment", 5),
            new DatabaseGroup("replica", List.of("shop", "shop", "order", "order", "user", "user", "payment", "payment",
                    "inventory", "inventory"), "mysqlro.x4.2xlarge.1c", 8, 32, 1.0,
                    Load.daily(28, 15, 1.5, 8, 23, 0.8), Load.daily(150, 50, 0, 8, 23, 0.8), "", 0));

    // 500 TiB in OSS Standard: 300 TiB of logs and backups written month by month, 200 TiB in use.
    static final List<ObjectGroups> OBJECTS = List.of(
            new ObjectGroups("corp-app-logs", "logs/", true, 24, MONTH, 6.0, 2_000_000, -1),
            new ObjectGroups("corp-db-backups", "backups/", true, 24, MONTH, 6.5, 3_000, -1),
            new ObjectGroups("corp-media", "images/", false, 1, MONTH, 120.0, 400_000_000, 0),
            new ObjectGroups("corp-media", "videos/", false, 1, MONTH, 30.0, 5_000_000, 0),
            new ObjectGroups("corp-data-lake", "warehouse/", false, 1, YearMonth.of(2026, 5), 50.0, 8_000_000, 3));

    // Public network: 2 Gbps bought as fixed bandwidth, under 500 Mbps on average, evening peak near 2 Gbps.
    static final int BANDWIDTH_MBPS = 2000;
    static final Load TRAFFIC_MBPS = Load.daily(420, 280, 140, 9, 23, 0.9).withPeak(1900, 20, 22);
    static final int LOAD_BALANCERS = 6;
    static final int NAT_GATEWAYS = 2;
    static final int IDLE_EIPS = 5;

    // Leftovers a real estate has: disks nobody attached again, snapshots from a 2025 migration.
    static final int UNATTACHED_DISKS = 12;
    static final int UNATTACHED_DISK_GIB = 500;
    static final int OLD_SNAPSHOTS = 40;
    static final int OLD_SNAPSHOT_GIB = 400;

    // Unit prices no catalog states (ASSUMED; list prices as read from Alibaba's price pages, CNY).
    static final BigDecimal ESSD_PL1_GIB_MONTH = new BigDecimal("1.00");   // ESSD PL1 cloud disk
    static final BigDecimal OSS_EGRESS_PRICE = new BigDecimal("0.50");     // OSS internet outbound, 08:00-24:00, per GB
    static final long OSS_EGRESS_GB = 300_000;                             // GB a month served from corp-media
    static final BigDecimal LOAD_BALANCER_MONTH = new BigDecimal("1800.00"); // CLB instance + LCU
    static final BigDecimal NAT_GATEWAY_MONTH = new BigDecimal("3200.00");   // enhanced NAT gateway + CU

    // The ordinary mess of a bill.
    static final List<BigDecimal> COMPUTE_CREDITS = List.of(new BigDecimal("-3000.00"), new BigDecimal("-1200.00"));
    static final BigDecimal DATABASE_CREDIT = new BigDecimal("-800.00");
    static final BigDecimal NETWORK_TAX = new BigDecimal("960.00");        // VAT line of the overseas (international-site) account

    private CaseStudyEstate() {
    }
}
