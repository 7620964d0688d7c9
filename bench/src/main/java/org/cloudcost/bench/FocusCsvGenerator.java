package org.cloudcost.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.cloudcost.bench.internal.ExactTotal;
import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.bench.internal.LongSet;
import org.cloudcost.bench.internal.SplitMix;
import org.cloudcost.bench.internal.TempThenRename;

/**
 * Writes a synthetic FOCUS 1.2 CSV of a month of AWS line items, byte for byte the same for the
 * same arguments: 28 columns in the alphabetical order AWS Data Exports uses, strings quoted,
 * numbers bare with ten decimals, {@code NULL} for missing values, a JSON {@code Tags} column
 * (quotes doubled, some values with commas), charge descriptions with commas, and a
 * Marketplace service name with a comma, escaped quotes and non-ASCII letters.
 *
 * <p>The estate: {@value #DEFAULT_RESOURCES} resources of twelve services in eight regions and
 * forty linked accounts, ~{@value #SKUS_PER_REGION} SKUs per region (a few hundred in all), one
 * billing month of 30 days with hourly charge periods; the file is in charge-period order.
 * About 98.5% of lines are usage, the rest tax (on the whole month), credits, Savings Plans
 * fees, Marketplace charges and corrections, with negative amounts among them. Resources are
 * drawn with a skew (a few are busy, most are not), so the number of distinct
 * (ResourceId, ServiceName, charge day) groups grows with the lines and flattens out near
 * resources × 30.
 *
 * <p>With {@code quotedNewlines} (the issue 8 inputs, {@code --quoted-newlines}), one usage line
 * in {@value #NEWLINE_EVERY} has a line break inside its quoted ChargeDescription, which a reader
 * splitting the file at byte offsets must not take for a record end; every other byte is the same
 * as without it, and the sidecar names the variant ({@code FocusCsvGenerator/1+newlines}).
 *
 * <p>Next to the file it writes {@code FILE.expected} (a properties file): lines, bytes, the exact
 * BilledCost total and the number of (ResourceId, ServiceName, charge day) groups, computed
 * here while writing, independently of every parser under test.
 *
 * <pre>
 * java -cp cloudcost-bench.jar org.cloudcost.bench.FocusCsvGenerator --lines 1000000 --out focus-1m.csv
 * </pre>
 */
public final class FocusCsvGenerator {
    /** Bumped whenever the bytes written for the same arguments change. */
    public static final String VERSION = "1";
    /** The sidecar's generator id of the plain variant. */
    public static final String GENERATOR = "FocusCsvGenerator/" + VERSION;
    /** The sidecar's generator id of the variant with quoted line breaks. */
    public static final String GENERATOR_NEWLINES = GENERATOR + "+newlines";
    /** With quoted line breaks, one usage line in this many has one in its description. */
    public static final int NEWLINE_EVERY = 50_000;
    public static final long DEFAULT_SEED = 20250901L;
    public static final int DEFAULT_RESOURCES = 20_000;
    static final int SKUS_PER_REGION = 39;

    /** The header, alphabetical as AWS writes FOCUS. */
    public static final List<String> COLUMNS = List.of(
            "BilledCost", "BillingAccountId", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart",
            "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd",
            "ChargePeriodStart", "ConsumedQuantity", "ContractedCost", "EffectiveCost", "InvoiceId", "ListCost",
            "PricingCurrency", "PricingQuantity", "PricingUnit", "ProviderName", "RegionId", "ResourceId",
            "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "SubAccountId", "Tags");

    private static final int DAYS = 30;
    private static final int HOURS = DAYS * 24;
    private static final String PERIOD_START = "2025-09-01T00:00:00Z";
    private static final String PERIOD_END = "2025-10-01T00:00:00Z";
    private static final long SCALE = 10_000_000_000L; // amounts are written with ten decimals
    private static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
        "ap-northeast-1", "ap-southeast-1", "sa-east-1"};
    private static final String MARKETPLACE_SERVICE = "Contoso Analytics, Inc. \"Pro\" \u2013 \u00dcberwachung";
    private static final String[] ENVS = {"prod", "prod", "prod", "staging", "dev", "test"};
    private static final String[] ENV_KEYS = {"env", "Environment", "stage"};

    /** One AWS service as the generator models it. */
    private record Service(String name, String category, String resourceType, String arnService, String idPrefix,
                           String unit, String secondaryUnit, double weight, double minCost, double maxCost, int skus) {
    }

    private static final Service[] SERVICES = {
        new Service("Amazon Elastic Compute Cloud", "Compute", "Instance", "ec2", "instance/i-0", "Hours", "GB", 0.35, 0.005, 2.5, 12),
        new Service("Amazon Elastic Compute Cloud", "Storage", "Volume", "ec2", "volume/vol-0", "GB-Mo", null, 0.20, 0.0005, 0.05, 4),
        new Service("Amazon Relational Database Service", "Databases", "DB Instance", "rds", "db:db-", "Hours", "GB-Mo", 0.05, 0.02, 6.0, 6),
        new Service("Amazon Simple Storage Service", "Storage", "Bucket", "s3", "bucket-", "GB-Mo", "Requests", 0.10, 0.00001, 0.5, 3),
        new Service("AWS Lambda", "Compute", "Function", "lambda", "function:fn-", "Lambda-GB-Second", "Requests", 0.10, 0.000001, 0.2, 2),
        new Service("Amazon DynamoDB", "Databases", "Table", "dynamodb", "table/tbl-", "ReadCapacityUnit-Hrs", null, 0.04, 0.0001, 0.8, 2),
        new Service("Elastic Load Balancing", "Networking", "LoadBalancer", "elasticloadbalancing", "loadbalancer/app/lb-", "LCU-Hours", null, 0.04, 0.001, 0.3, 1),
        new Service("Amazon Virtual Private Cloud", "Networking", "NatGateway", "ec2", "natgateway/nat-0", "Hours", "GB", 0.02, 0.045, 1.2, 1),
        new Service("Amazon ElastiCache", "Databases", "Cache Node", "elasticache", "cluster:cache-", "Hours", null, 0.03, 0.017, 3.0, 4),
        new Service("Amazon Simple Queue Service", "Integration", "Queue", "sqs", "queue-", "Requests", null, 0.03, 0.0000004, 0.05, 1),
        new Service("Amazon CloudFront", "Networking", "Distribution", "cloudfront", "distribution/E", "GB", "Requests", 0.02, 0.001, 1.5, 2),
        new Service("Amazon Elastic Kubernetes Service", "Compute", "Cluster", "eks", "cluster/eks-", "Hours", null, 0.02, 0.1, 0.1, 1),
    };

    /** A SKU: id, description (with commas) and unit price range in amount units. */
    private record Sku(String id, String description, String unit, long minCost, long maxCost) {
    }

    /** A resource: everything constant over the month. */
    private record Resource(String id, Service service, int region, String subAccount, String tagsField,
                            Sku primary, Sku secondary, boolean savingsPlanCovered) {
    }

    private final long lines;
    private final boolean quotedNewlines;
    private final SplitMix rnd;
    private final String[] subAccounts = new String[40];
    private final Sku[][][] skus; // [service][region][k]
    private final Resource[] resources;
    private final String[] hourStarts = new String[HOURS + 1];
    private final String[] savingsPlans = new String[4];
    private final String[] marketplaceResources = new String[10];
    private final java.util.Map<String, String> quotedCache = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> groupIds = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> groupNames = new java.util.HashMap<>();
    /** Bounds the cache of {@link #quoted}; the estate's distinct strings number a few ten thousand. */
    private static final int MAX_QUOTED_CACHE = 200_000;

    /** Sets up the estate for {@code lines} lines from {@code seed}, without quoted line breaks; nothing is written yet. */
    public FocusCsvGenerator(long lines, long seed, int resourceCount) {
        this(lines, seed, resourceCount, false);
    }

    /** Sets up the estate for {@code lines} lines from {@code seed}; nothing is written yet. */
    public FocusCsvGenerator(long lines, long seed, int resourceCount, boolean quotedNewlines) {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be positive: " + lines);
        }
        this.lines = lines;
        this.quotedNewlines = quotedNewlines;
        this.rnd = new SplitMix(seed);
        for (int h = 0; h <= HOURS; h++) {
            hourStarts[h] = String.format(Locale.ROOT, "2025-%02d-%02dT%02d:00:00Z",
                    h < HOURS ? 9 : 10, h < HOURS ? 1 + h / 24 : 1, h % 24);
        }
        for (int i = 0; i < subAccounts.length; i++) {
            subAccounts[i] = String.format(Locale.ROOT, "%012d", rnd.nextLong(1_000_000_000_000L));
        }
        for (int i = 0; i < savingsPlans.length; i++) {
            savingsPlans[i] = "arn:aws:savingsplans::123456789012:savingsplan/" + uuid();
        }
        for (int i = 0; i < marketplaceResources.length; i++) {
            marketplaceResources[i] = "mp-contoso-" + hex(8);
        }
        skus = new Sku[SERVICES.length][REGIONS.length][];
        for (int s = 0; s < SERVICES.length; s++) {
            Service svc = SERVICES[s];
            for (int r = 0; r < REGIONS.length; r++) {
                skus[s][r] = new Sku[svc.skus() + (svc.secondaryUnit() == null ? 0 : 1)];
                for (int k = 0; k < svc.skus(); k++) {
                    skus[s][r][k] = sku(svc, svc.unit(), r, k);
                }
                if (svc.secondaryUnit() != null) {
                    skus[s][r][svc.skus()] = sku(svc, svc.secondaryUnit(), r, svc.skus());
                }
            }
        }
        resources = new Resource[resourceCount];
        double[] cumulative = new double[SERVICES.length];
        double acc = 0;
        for (int s = 0; s < SERVICES.length; s++) {
            acc += SERVICES[s].weight();
            cumulative[s] = acc;
        }
        for (int i = 0; i < resourceCount; i++) {
            double u = rnd.nextDouble() * acc;
            int s = 0;
            while (s < SERVICES.length - 1 && u >= cumulative[s]) {
                s++;
            }
            Service svc = SERVICES[s];
            int region = rnd.nextInt(REGIONS.length);
            String account = subAccounts[rnd.nextInt(subAccounts.length)];
            String id = "arn:aws:" + svc.arnService() + ":" + REGIONS[region] + ":" + account + ":" + svc.idPrefix() + hex(16);
            Sku[] regionSkus = skus[s][region];
            Sku primary = regionSkus[rnd.nextInt(svc.skus())];
            Sku secondary = svc.secondaryUnit() == null ? null : regionSkus[svc.skus()];
            resources[i] = new Resource(id, svc, region, account, tags(), primary, secondary,
                    svc.category().equals("Compute") && rnd.nextDouble() < 0.4);
        }
    }

    private Sku sku(Service svc, String unit, int region, int k) {
        String id = alnum(16);
        long unitCost = Math.max(1, (long) ((svc.minCost() + (svc.maxCost() - svc.minCost()) * rnd.nextDouble()) * SCALE));
        String what = switch (svc.resourceType()) {
            case "Instance" -> "On Demand Linux " + new String[]{"m5", "c6g", "r6i", "t3"}[k % 4] + "."
                    + new String[]{"large", "xlarge", "2xlarge"}[k % 3] + " Instance Hour";
            default -> svc.resourceType() + " " + unit.toLowerCase(Locale.ROOT) + " (tier " + (k + 1) + ")";
        };
        String description = "USD " + plain(unitCost) + " per " + what + ", " + REGIONS[region] + ", " + svc.name();
        return new Sku(id, description, unit, unitCost / 2, unitCost * 3 / 2);
    }

    private String tags() {
        double u = rnd.nextDouble();
        if (u < 0.25) {
            return "NULL";
        }
        StringBuilder json = new StringBuilder("{");
        json.append('"').append(ENV_KEYS[rnd.nextInt(ENV_KEYS.length)]).append("\": \"")
                .append(ENVS[rnd.nextInt(ENVS.length)]).append('"');
        if (rnd.nextDouble() < 0.8) {
            json.append(", \"team\": \"team-").append(rnd.nextInt(30)).append('"');
        }
        if (rnd.nextDouble() < 0.7) {
            json.append(", \"").append(rnd.nextDouble() < 0.5 ? "app" : "application").append("\": \"app-")
                    .append(rnd.nextInt(60)).append('"');
        }
        if (rnd.nextDouble() < 0.15) {
            json.append(", \"cost-center\": \"R&D, EU ").append(rnd.nextInt(5)).append('"');
        }
        json.append('}');
        return quote(json.toString());
    }

    /**
     * Writes the file (via a temporary file, then a rename) and its {@code .expected} sidecar.
     *
     * @return what the file holds, as written to the sidecar
     */
    public GeneratedFile write(Path out) throws IOException {
        LongSet groups = new LongSet();
        ExactTotal total = new ExactTotal();
        TempThenRename.write(out, os -> {
            os.write(String.join(",", COLUMNS.stream().map(FocusCsvGenerator::quote).toList()).concat("\n")
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(1024);
            Line line = new Line();
            for (long i = 0; i < lines; i++) {
                int hour = (int) (i * HOURS / lines);
                next(line, hour);
                if (quotedNewlines && i % NEWLINE_EVERY == NEWLINE_EVERY - 1 && line.chargeCategory.equals("Usage")) {
                    line.description = line.description + "\n(rate revised on the 15th; see the invoice)";
                }
                sb.setLength(0);
                line.appendTo(sb);
                os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                groups.add(groupKey(line));
                total.add(line.billed);
            }
        });
        GeneratedFile generated = new GeneratedFile(quotedNewlines ? GENERATOR_NEWLINES : GENERATOR, lines, Files.size(out),
                total.value(10), OptionalLong.of(groups.size()));
        generated.writeFor(out);
        return generated;
    }

    /** One line being written; the generator reuses one instance. */
    private final class Line {
        long billed;
        long list;
        long effective;
        String contracted;
        String chargeCategory;
        String chargeClass;
        String description;
        String frequency;
        String chargeStart;
        String chargeEnd;
        String consumedQty;
        String pricingQty;
        String pricingUnit;
        String region;
        String resourceId;
        String resourceType;
        String serviceCategory;
        String serviceName;
        String sku;
        String subAccount;
        String tags;
        int day;

        void appendTo(StringBuilder sb) {
            sb.append(amount(billed)).append(',');
            sb.append("\"123456789012\",\"USD\",").append(quoted(PERIOD_END)).append(',').append(quoted(PERIOD_START)).append(',');
            sb.append(quoted(chargeCategory)).append(',').append(chargeClass).append(',');
            sb.append(quoted(description)).append(',').append(quoted(frequency)).append(',');
            sb.append(quoted(chargeEnd)).append(',').append(quoted(chargeStart)).append(',');
            sb.append(consumedQty).append(',').append(contracted).append(',').append(amount(effective)).append(',');
            sb.append("\"EUINUS25-1784512093\",").append(amount(list)).append(",\"USD\",");
            sb.append(pricingQty).append(',').append(pricingUnit).append(",\"AWS\",").append(region).append(',');
            sb.append(resourceId).append(',').append(resourceType).append(',').append(quoted(serviceCategory)).append(',');
            sb.append(quoted(serviceName)).append(',').append(sku).append(',').append(quoted(subAccount)).append(',');
            sb.append(tags).append('\n');
        }
    }

    private void next(Line l, int hour) {
        double u = rnd.nextDouble();
        l.chargeClass = "NULL";
        l.contracted = "NULL";
        l.frequency = "Usage-Based";
        l.chargeStart = hourStarts[hour];
        l.chargeEnd = hourStarts[hour + 1];
        l.day = hour / 24;
        if (u < 0.005) { // tax on the whole month
            Resource r = resources[rnd.nextInt(resources.length)];
            long cost = range(10_000_000L, 50 * SCALE);
            l.billed = l.list = l.effective = cost;
            l.chargeCategory = "Tax";
            l.description = "Tax for " + r.service().name() + ", " + r.subAccount();
            l.frequency = "Recurring";
            l.chargeStart = PERIOD_START;
            l.chargeEnd = PERIOD_END;
            l.day = 0;
            l.consumedQty = l.pricingQty = l.pricingUnit = l.region = l.resourceId = l.resourceType = l.sku = "NULL";
            l.serviceCategory = r.service().category();
            l.serviceName = r.service().name();
            l.subAccount = r.subAccount();
            l.tags = "NULL";
            return;
        }
        if (u < 0.010) { // credit, on a resource or on the account
            Resource r = resources[rnd.nextInt(resources.length)];
            long cost = -range(1_000_000L, 20 * SCALE);
            l.billed = l.effective = cost;
            l.list = 0;
            l.chargeCategory = "Credit";
            l.description = "Promotional credit, applied to " + r.service().name();
            l.frequency = "One-Time";
            l.consumedQty = l.pricingQty = l.pricingUnit = l.sku = l.resourceType = "NULL";
            boolean onResource = rnd.nextDouble() < 0.5;
            l.region = onResource ? quoted(REGIONS[r.region()]) : "NULL";
            l.resourceId = onResource ? quoted(r.id()) : "NULL";
            l.serviceCategory = r.service().category();
            l.serviceName = r.service().name();
            l.subAccount = r.subAccount();
            l.tags = onResource ? r.tagsField() : "NULL";
            return;
        }
        if (u < 0.013) { // Savings Plans recurring fee
            long cost = range(SCALE / 2, 8 * SCALE);
            l.billed = l.list = l.effective = cost;
            l.chargeCategory = "Purchase";
            l.description = "Savings Plan recurring fee, 1 year, No Upfront, Compute";
            l.frequency = "Recurring";
            l.consumedQty = "NULL";
            l.pricingQty = "1.0000000000";
            l.pricingUnit = quoted("Hours");
            l.region = "NULL";
            l.resourceId = quoted(savingsPlans[rnd.nextInt(savingsPlans.length)]);
            l.resourceType = quoted("Savings Plan");
            l.serviceCategory = "Compute";
            l.serviceName = "Savings Plans for AWS Compute usage";
            l.sku = quoted("SP-COMPUTE-1Y-NU");
            l.subAccount = subAccounts[0];
            l.tags = "NULL";
            return;
        }
        if (u < 0.014) { // Marketplace: a service name with a comma, quotes and non-ASCII letters
            long cost = range(SCALE / 100, 3 * SCALE);
            l.billed = l.list = l.effective = cost;
            l.chargeCategory = "Usage";
            l.description = "Contoso Pro, per host-hour, \"monitoring\" tier";
            l.consumedQty = "1.0000000000";
            l.pricingQty = "1.0000000000";
            l.pricingUnit = quoted("Hours");
            l.region = quoted(REGIONS[0]);
            l.resourceId = quoted(marketplaceResources[rnd.nextInt(marketplaceResources.length)]);
            l.resourceType = "NULL";
            l.serviceCategory = "Other";
            l.serviceName = MARKETPLACE_SERVICE;
            l.sku = quoted("prod-contoso-pro");
            l.subAccount = subAccounts[1];
            l.tags = quoted("{\"vendor\": \"contoso\", \"note\": \"billed \\\"as is\\\", hourly\"}");
            return;
        }
        Resource r = resources[skewedIndex()];
        Sku sku = r.secondary() != null && rnd.nextDouble() < 0.15 ? r.secondary() : r.primary();
        long cost = range(sku.minCost(), sku.maxCost());
        boolean correction = u < 0.0145;
        if (correction) {
            cost = -cost / 10;
        }
        l.list = cost;
        l.billed = cost;
        l.effective = r.savingsPlanCovered() && sku == r.primary() ? cost * 72 / 100 : cost;
        l.chargeCategory = correction ? "Adjustment" : "Usage";
        l.chargeClass = correction ? quoted("Correction") : "NULL";
        l.description = sku.description();
        if (rnd.nextDouble() < 0.05) {
            l.contracted = amount(cost * 95 / 100);
        }
        String qty = quantity(sku.unit());
        l.consumedQty = qty;
        l.pricingQty = qty;
        l.pricingUnit = quoted(sku.unit());
        l.region = quoted(REGIONS[r.region()]);
        l.resourceId = quoted(r.id());
        l.resourceType = quoted(r.service().resourceType());
        l.serviceCategory = r.service().category();
        l.serviceName = r.service().name();
        l.sku = quoted(sku.id());
        l.subAccount = r.subAccount();
        l.tags = r.tagsField();
    }

    /**
     * (ResourceId, ServiceName, charge day) as one number, NULL read as empty, as every parser must
     * group: ids and names are numbered in order of appearance, keyed by their text.
     */
    private long groupKey(Line line) {
        String id = line.resourceId.equals("NULL") ? "" : line.resourceId;
        int idNumber = groupIds.computeIfAbsent(id, k -> groupIds.size());
        int nameNumber = groupNames.computeIfAbsent(line.serviceName, k -> groupNames.size());
        return ((long) idNumber << 32) | ((long) nameNumber << 16) | line.day;
    }

    /** A resource index with a skew: P(i) ∝ 1/√i, so low indexes are busy and high ones sparse. */
    private int skewedIndex() {
        double u = rnd.nextDouble();
        return Math.min(resources.length - 1, (int) (u * u * resources.length));
    }

    private String quantity(String unit) {
        return switch (unit) {
            case "Hours", "LCU-Hours", "ReadCapacityUnit-Hrs" -> "1.0000000000";
            case "Requests" -> (1 + rnd.nextInt(100_000)) + ".0000000000";
            default -> amount(range(SCALE / 1000, 500 * SCALE));
        };
    }

    private long range(long min, long max) {
        return min + rnd.nextLong(Math.max(1, max - min));
    }

    private String uuid() {
        return hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
    }

    private String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
        }
        return sb.toString();
    }

    private String alnum(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(rnd.nextInt(34)));
        }
        return sb.toString();
    }

    /** An amount in units of 1e-10 as a plain decimal with ten places. */
    static String amount(long units) {
        StringBuilder sb = new StringBuilder(24);
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        sb.append(units / SCALE).append('.');
        String frac = Long.toString(units % SCALE);
        for (int i = frac.length(); i < 10; i++) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }

    /** An amount without trailing zeros, for descriptions. */
    private static String plain(long units) {
        return new BigDecimal(BigInteger.valueOf(units), 10).stripTrailingZeros().toPlainString();
    }

    /**
     * {@link #quote}, remembered: the hot path quotes the same few thousand strings (ids,
     * descriptions, timestamps) millions of times. Same bytes, less garbage.
     */
    private String quoted(String s) {
        String q = quotedCache.get(s);
        if (q == null) {
            q = quote(s);
            if (quotedCache.size() < MAX_QUOTED_CACHE) {
                quotedCache.put(s, q);
            }
        }
        return q;
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code --out FILE [--lines N] [--seed S] [--resources R] [--quoted-newlines] [--force]};
     * without {@code --force} an existing file whose sidecar says it was made with the same line
     * count by this generator version and variant is kept.
     */
    public static void main(String[] args) throws IOException {
        GeneratorArgs a = GeneratorArgs.parse("FocusCsvGenerator [--quoted-newlines]", args, DEFAULT_SEED, DEFAULT_RESOURCES);
        boolean newlines = a.extra().contains("--quoted-newlines");
        if (a.extra().size() != (newlines ? 1 : 0)) {
            System.err.println("FocusCsvGenerator: unknown argument in " + a.extra());
            System.exit(2);
        }
        Path out = a.out();
        String generator = newlines ? GENERATOR_NEWLINES : GENERATOR;
        boolean defaults = a.seed() == DEFAULT_SEED && a.resources() == DEFAULT_RESOURCES;
        GeneratedFile existing = GeneratedFile.readFor(out);
        if (!a.force() && defaults && existing != null && existing.matches(generator, a.lines(), out)) {
            System.err.printf(Locale.ROOT, "%s: kept (%,d lines, %,d bytes, %s)%n", out, a.lines(), existing.bytes(), generator);
            return;
        }
        long t0 = System.nanoTime();
        GeneratedFile e = new FocusCsvGenerator(a.lines(), a.seed(), a.resources(), newlines).write(out);
        System.err.printf(Locale.ROOT, "%s: %,d lines, %,d bytes, %,d groups, BilledCost %s, in %.1f s%n",
                out, e.lines(), e.bytes(), e.groups().orElseThrow(), e.billedCost().toPlainString(), (System.nanoTime() - t0) / 1e9);
    }
}
