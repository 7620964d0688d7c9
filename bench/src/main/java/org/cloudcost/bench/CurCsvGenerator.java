package org.cloudcost.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cloudcost.bench.internal.ByteLine;
import org.cloudcost.bench.internal.ExactTotal;
import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.bench.internal.SplitMix;
import org.cloudcost.bench.internal.TempThenRename;

/**
 * Writes a synthetic legacy AWS Cost and Usage Report CSV of one month, byte for byte the same
 * for the same arguments: the 23 columns of {@link #COLUMNS} (real CUR names, so cloudcost's
 * {@code aws-cur} format recognises it), about 450 bytes a line, hourly usage of a fleet of
 * {@value #DEFAULT_RESOURCES} resources over the 30 days of September 2025 in time order.
 *
 * <p>Line item types: {@code Usage} and {@code SavingsPlanCoveredUsage} (≈ 98.7%), with
 * {@code Tax} on the whole month, negative {@code Credit}s, {@code SavingsPlanRecurringFee}s and
 * {@code SavingsPlanNegation}s among them. Descriptions contain commas (so they are quoted), and
 * one line in {@value #NEWLINE_EVERY} has a quoted line break in its description, which a reader
 * splitting the file at byte offsets must not take for a record end. Resources are drawn with a
 * skew (P(i) ∝ 1/√i), so the distinct resource × day groups grow with the lines and flatten out
 * near resources × 30.
 *
 * <p>Next to the file goes {@code FILE.expected} ({@link GeneratedFile}): lines, bytes and the
 * exact sum of {@code lineItem/UnblendedCost}. Amounts: {@code UnblendedCost = floor(rate ×
 * amount)} at ten decimals, computed in integers, so the total is exact.
 *
 * <pre>{@code
 * java -cp cloudcost-bench.jar org.cloudcost.bench.CurCsvGenerator --lines 1000000 --out cur-1000000.csv
 * }</pre>
 */
public final class CurCsvGenerator {
    /** Bumped whenever the bytes written for the same arguments change. */
    public static final String VERSION = "1";
    /** The generator id in the sidecar. */
    public static final String GENERATOR = "CurCsvGenerator/" + VERSION;
    public static final long DEFAULT_SEED = 20250901L;
    public static final int DEFAULT_RESOURCES = 20_000;
    /** One line in this many has a line break inside its quoted description. */
    public static final int NEWLINE_EVERY = 50_000;

    /** The header: legacy CUR names, the columns cloudcost's CUR mapper reads and a few it skips. */
    public static final List<String> COLUMNS = List.of(
            "identity/LineItemId", "identity/TimeInterval", "bill/PayerAccountId", "bill/BillingPeriodStartDate",
            "lineItem/UsageAccountId", "lineItem/LineItemType", "lineItem/UsageStartDate", "lineItem/UsageEndDate",
            "lineItem/ProductCode", "lineItem/UsageType", "lineItem/Operation", "lineItem/AvailabilityZone",
            "lineItem/ResourceId", "lineItem/UsageAmount", "lineItem/CurrencyCode", "lineItem/UnblendedRate",
            "lineItem/UnblendedCost", "lineItem/BlendedCost", "lineItem/LineItemDescription", "product/region",
            "pricing/unit", "pricing/publicOnDemandCost", "resourceTags/user:env");

    private static final int DAYS = 30;
    private static final int HOURS = DAYS * 24;
    /** Costs and rates: ten decimals, as CUR writes them. */
    private static final int COST_SCALE = 10;
    private static final long COST_ONE = 10_000_000_000L;
    /** Usage amounts: eight decimals. */
    private static final int AMOUNT_SCALE = 8;
    private static final long AMOUNT_ONE = 100_000_000L;
    private static final String PAYER = "123456789012";
    private static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
        "ap-northeast-1", "ap-southeast-1", "sa-east-1"};
    /** The usage-type prefix of each region (us-east-1 has none, as in real reports). */
    private static final String[] USAGE_PREFIX = {"", "USE2-", "USW2-", "EU-", "EUC1-", "APN1-", "APS1-", "SAE1-"};
    private static final String[] ENVS = {"prod", "prod", "prod", "staging", "dev", "test"};
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    /*
     * The mix of line item types: cumulative shares of a uniform draw per line. Chosen for a
     * plausible month (taxes, credits and Savings Plan lines are a few per thousand in real
     * reports), not taken from one; the remaining ~98.7% are usage.
     */
    /** Draws below this are {@code Tax} lines on the whole month. */
    private static final double TAX_BELOW = 0.004;
    /** … then {@code Credit} lines, half of them on a resource. */
    private static final double CREDIT_BELOW = 0.008;
    /** … then {@code SavingsPlanRecurringFee} lines. */
    private static final double SP_FEE_BELOW = 0.010;
    /** … then {@code SavingsPlanNegation} lines on a covered instance. */
    private static final double SP_NEGATION_BELOW = 0.013;
    /** Usage of a covered instance drawn below this is {@code SavingsPlanCoveredUsage}. */
    private static final double SP_COVERED_BELOW = 0.4;

    /**
     * One AWS service as the generator models it: the range its SKUs' rates are drawn from, in
     * 10⁻¹⁰ USD per unit, and the range of a line's amount, in 10⁻⁸ units (an hourly resource uses
     * exactly one unit an hour).
     */
    private record Service(String code, String usageType, String operation, String unit, String[] variants,
                           String idKind, boolean zonal, double weight, long minRate, long maxRate,
                           long minAmount, long maxAmount, String what) {
    }

    private static final Service[] SERVICES = {
        new Service("AmazonEC2", "BoxUsage:", "RunInstances", "Hrs",
                new String[]{"m5.large", "c6g.xlarge", "r6i.2xlarge", "t3.medium"}, "ec2", true, 0.35,
                rate(0.005), rate(2.5), AMOUNT_ONE, AMOUNT_ONE, "On Demand Linux %s Instance Hour"),
        new Service("AmazonEC2", "EBS:VolumeUsage.", "CreateVolume-Gp3", "GB-Mo",
                new String[]{"gp3", "gp2", "io2"}, "vol", true, 0.20,
                rate(0.05), rate(0.125), amount(0.001), amount(0.7), "GB-month of %s provisioned storage, prorated hourly"),
        new Service("AmazonRDS", "InstanceUsage:", "CreateDBInstance:0002", "Hrs",
                new String[]{"db.r5.large", "db.m6g.xlarge"}, "rds", true, 0.05,
                rate(0.1), rate(4.0), AMOUNT_ONE, AMOUNT_ONE, "RDS %s Single-AZ instance hour, MySQL"),
        new Service("AmazonS3", "TimedStorage-", "StandardStorage", "GB-Mo",
                new String[]{"ByteHrs", "INT-FA-ByteHrs"}, "s3", false, 0.10,
                rate(0.021), rate(0.023), amount(0.01), amount(50), "GB-month of storage used, %s, first 50 TB"),
        new Service("AWSLambda", "Lambda-GB-Second", "Invoke", "Lambda-GB-Second",
                new String[]{""}, "lambda", false, 0.10,
                rate(0.0000166667), rate(0.0000166667), amount(1), amount(5000), "Lambda GB-second%s, x86"),
        new Service("AmazonDynamoDB", "ReadCapacityUnit-Hrs", "CommittedThroughput", "ReadCapacityUnit-Hrs",
                new String[]{""}, "dynamodb", false, 0.04,
                rate(0.00013), rate(0.00013), amount(1), amount(100), "provisioned read capacity unit-hour%s, standard"),
        new Service("AWSELB", "LoadBalancerUsage", "LoadBalancing:Application", "Hrs",
                new String[]{""}, "elb", false, 0.04,
                rate(0.0225), rate(0.0225), AMOUNT_ONE, AMOUNT_ONE, "Application LoadBalancer-hour%s, or partial hour"),
        new Service("AmazonEC2", "NatGateway-Hours", "NatGateway", "Hrs",
                new String[]{""}, "nat", false, 0.02,
                rate(0.045), rate(0.045), AMOUNT_ONE, AMOUNT_ONE, "NAT Gateway Hour%s"),
        new Service("AmazonElastiCache", "NodeUsage:", "CreateCacheCluster:0002", "Hrs",
                new String[]{"cache.r6g.large", "cache.t3.medium"}, "elasticache", true, 0.03,
                rate(0.068), rate(0.4), AMOUNT_ONE, AMOUNT_ONE, "%s cache node-hour, or partial hour"),
        new Service("AmazonCloudFront", "DataTransfer-Out-Bytes", "GET", "GB",
                new String[]{""}, "cloudfront", false, 0.02,
                rate(0.085), rate(0.085), amount(0.1), amount(50), "GB data transfer out%s, first 10 TB"),
    };

    /** A usage type in one region: constant text of its lines, as bytes. */
    private record Sku(byte[] productCode, byte[] usageType, byte[] operation, byte[] unit, byte[] description,
                       byte[] descriptionWithBreak, byte[] region, long rate, long minAmount, long maxAmount) {
    }

    /** A resource: everything constant over the month. */
    private record Resource(int service, byte[] id, byte[] account, byte[] zone, byte[] env, Sku sku,
                            boolean savingsPlanCovered) {
    }

    private final long lines;
    private final long seed;
    private final SplitMix rnd;
    private final byte[][] accounts = new byte[40][];
    private final Resource[] resources;
    private final Resource[] covered;
    private final byte[][] hourStarts = new byte[HOURS + 1][];
    private final byte[][] intervals = new byte[HOURS][];
    private final byte[][] savingsPlans = new byte[4][];

    /** Sets up the estate for {@code lines} lines from {@code seed}; nothing is written yet. */
    public CurCsvGenerator(long lines, long seed, int resourceCount) {
        if (lines < 1 || resourceCount < 1) {
            throw new IllegalArgumentException("lines and resources must be positive: " + lines + ", " + resourceCount);
        }
        this.lines = lines;
        this.seed = seed;
        this.rnd = new SplitMix(seed);
        String[] starts = new String[HOURS + 1];
        for (int h = 0; h <= HOURS; h++) {
            starts[h] = String.format(Locale.ROOT, "2025-%02d-%02dT%02d:00:00Z", h < HOURS ? 9 : 10,
                    h < HOURS ? 1 + h / 24 : 1, h % 24);
            hourStarts[h] = ByteLine.field(starts[h]);
        }
        for (int h = 0; h < HOURS; h++) {
            intervals[h] = ByteLine.field(starts[h] + "/" + starts[h + 1]);
        }
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = ByteLine.field(String.format(Locale.ROOT, "%012d", rnd.nextLong(1_000_000_000_000L)));
        }
        for (int i = 0; i < savingsPlans.length; i++) {
            savingsPlans[i] = ByteLine.field("arn:aws:savingsplans::" + PAYER + ":savingsplan/" + hex(8) + "-" + hex(4)
                    + "-" + hex(4) + "-" + hex(4) + "-" + hex(12));
        }
        Sku[][][] skus = skus();
        double totalWeight = 0;
        for (Service s : SERVICES) {
            totalWeight += s.weight();
        }
        resources = new Resource[resourceCount];
        List<Resource> coveredList = new ArrayList<>();
        for (int i = 0; i < resourceCount; i++) {
            int s = weighted(rnd.nextDouble() * totalWeight);
            Service svc = SERVICES[s];
            int region = rnd.nextInt(REGIONS.length);
            String account = new String(accounts[rnd.nextInt(accounts.length)], StandardCharsets.US_ASCII);
            Sku sku = skus[s][region][rnd.nextInt(svc.variants().length)];
            String zone = svc.zonal() ? REGIONS[region] + "abc".charAt(rnd.nextInt(3)) : "";
            String env = rnd.nextDouble() < 0.25 ? "" : ENVS[rnd.nextInt(ENVS.length)];
            boolean spCovered = svc.idKind().equals("ec2") && rnd.nextDouble() < 0.4;
            Resource r = new Resource(s, ByteLine.csv(resourceId(svc, REGIONS[region], account)), ByteLine.field(account),
                    ByteLine.field(zone), ByteLine.field(env), sku, spCovered);
            resources[i] = r;
            if (spCovered) {
                coveredList.add(r);
            }
        }
        covered = coveredList.isEmpty() ? resources : coveredList.toArray(Resource[]::new);
    }

    /** The service whose cumulative weight first exceeds {@code u}. */
    private static int weighted(double u) {
        double acc = 0;
        for (int s = 0; s < SERVICES.length - 1; s++) {
            acc += SERVICES[s].weight();
            if (u < acc) {
                return s;
            }
        }
        return SERVICES.length - 1;
    }

    private Sku[][][] skus() {
        Sku[][][] skus = new Sku[SERVICES.length][REGIONS.length][];
        for (int s = 0; s < SERVICES.length; s++) {
            Service svc = SERVICES[s];
            for (int r = 0; r < REGIONS.length; r++) {
                skus[s][r] = new Sku[svc.variants().length];
                for (int v = 0; v < svc.variants().length; v++) {
                    String variant = svc.variants()[v];
                    long rate = svc.minRate() + (long) ((svc.maxRate() - svc.minRate()) * rnd.nextDouble());
                    String what = String.format(Locale.ROOT, svc.what(), variant.isEmpty() ? "" : variant);
                    String description = "$" + new BigDecimal(BigInteger.valueOf(rate), COST_SCALE).stripTrailingZeros()
                            .toPlainString() + " per " + what + " in " + REGIONS[r];
                    skus[s][r][v] = new Sku(ByteLine.field(svc.code()), ByteLine.field(USAGE_PREFIX[r] + svc.usageType() + variant),
                            ByteLine.field(svc.operation()), ByteLine.field(svc.unit()), ByteLine.csv(description),
                            ByteLine.quoted(description + "\n(rate revised on the 15th; see the invoice)"),
                            ByteLine.field(REGIONS[r]), rate, svc.minAmount(), svc.maxAmount());
                }
            }
        }
        return skus;
    }

    private String resourceId(Service svc, String region, String account) {
        return switch (svc.idKind()) {
            case "ec2" -> "i-0" + hex(16);
            case "vol" -> "vol-0" + hex(16);
            case "rds" -> "arn:aws:rds:" + region + ":" + account + ":db:db-" + hex(8);
            case "s3" -> "acme-data-" + hex(8);
            case "lambda" -> "arn:aws:lambda:" + region + ":" + account + ":function:fn-" + hex(8);
            case "dynamodb" -> "arn:aws:dynamodb:" + region + ":" + account + ":table/tbl-" + hex(8);
            case "elb" -> "arn:aws:elasticloadbalancing:" + region + ":" + account + ":loadbalancer/app/lb-" + hex(6) + "/" + hex(16);
            case "nat" -> "arn:aws:ec2:" + region + ":" + account + ":natgateway/nat-0" + hex(16);
            case "elasticache" -> "arn:aws:elasticache:" + region + ":" + account + ":cluster:cache-" + hex(6) + "-001";
            case "cloudfront" -> "arn:aws:cloudfront::" + account + ":distribution/E" + hex(13).toUpperCase(Locale.ROOT);
            default -> throw new IllegalStateException(svc.idKind());
        };
    }

    /**
     * Writes the file (via a temporary file, then a rename) and its {@code .expected} sidecar.
     *
     * @return what the file holds, as written to the sidecar
     */
    public GeneratedFile write(Path out) throws IOException {
        ExactTotal total = new ExactTotal();
        TempThenRename.write(out, os -> {
            ByteLine line = new ByteLine();
            for (int c = 0; c < COLUMNS.size(); c++) {
                line.append(ByteLine.field(COLUMNS.get(c))).append(c + 1 < COLUMNS.size() ? ',' : '\n');
            }
            line.writeTo(os);
            Writer w = new Writer(line);
            for (long i = 0; i < lines; i++) {
                total.add(w.next(i, (int) (i * HOURS / lines)));
                line.writeTo(os);
            }
        });
        GeneratedFile g = new GeneratedFile(GENERATOR, lines, Files.size(out), total.value(COST_SCALE));
        g.writeFor(out);
        return g;
    }

    /** Assembles one line at a time into a reused {@link ByteLine}. */
    private final class Writer {
        private static final byte[] USD = ByteLine.field("USD");
        private static final byte[] TAX = ByteLine.field("Tax");
        private static final byte[] CREDIT = ByteLine.field("Credit");
        private static final byte[] USAGE = ByteLine.field("Usage");
        private static final byte[] SP_COVERED = ByteLine.field("SavingsPlanCoveredUsage");
        private static final byte[] SP_NEGATION = ByteLine.field("SavingsPlanNegation");
        private static final byte[] SP_FEE = ByteLine.field("SavingsPlanRecurringFee");
        private static final byte[] SP_CODE = ByteLine.field("ComputeSavingsPlans");
        private static final byte[] SP_USAGE_TYPE = ByteLine.field("ComputeSP:1yrNoUpfront");
        private static final byte[] SP_DESCRIPTION = ByteLine.quoted("1 year, No Upfront, Compute Savings Plan: recurring fee");
        private static final byte[] HRS = ByteLine.field("Hrs");
        private static final byte[] EMPTY = new byte[0];

        private final ByteLine line;
        private final byte[] payer = ByteLine.field(PAYER);
        private final byte[] periodStart = hourStarts[0];
        private final byte[] periodEnd = hourStarts[HOURS];
        private final byte[] month = ByteLine.field(new String(hourStarts[0], StandardCharsets.US_ASCII)
                + "/" + new String(hourStarts[HOURS], StandardCharsets.US_ASCII));
        private final byte[][] taxDescriptions = new byte[SERVICES.length][];
        private final byte[][] creditDescriptions = new byte[SERVICES.length][];
        private final byte[][] productCodes = new byte[SERVICES.length][];

        Writer(ByteLine line) {
            this.line = line;
            for (int s = 0; s < SERVICES.length; s++) {
                taxDescriptions[s] = ByteLine.field("Tax for product code " + SERVICES[s].code());
                creditDescriptions[s] = ByteLine.quoted("AWS Promotional Credit, applied to " + SERVICES[s].code());
                productCodes[s] = ByteLine.field(SERVICES[s].code());
            }
        }

        /** Assembles line {@code i} (0-based) of hour {@code hour}; returns its unblended cost in 10⁻¹⁰ USD. */
        long next(long i, int hour) {
            double u = rnd.nextDouble();
            line.clear();
            lineItemId(i);
            if (u < TAX_BELOW) {
                int s = rnd.nextInt(SERVICES.length);
                long cost = range(COST_ONE / 10, 50 * COST_ONE);
                common(month, accounts[rnd.nextInt(accounts.length)], TAX, periodStart, periodEnd,
                        productCodes[s], EMPTY, EMPTY, EMPTY, EMPTY);
                line.comma().comma().append(USD).comma().comma();                  // no amount, no rate
                costs(cost, taxDescriptions[s], EMPTY, EMPTY, -1, EMPTY);
                return cost;
            }
            if (u < CREDIT_BELOW) {
                Resource r = resources[rnd.nextInt(resources.length)];
                boolean onResource = rnd.nextDouble() < 0.5;
                long cost = -range(COST_ONE / 10, 20 * COST_ONE);
                int s = r.service();
                common(intervals[hour], r.account(), CREDIT, hourStarts[hour], hourStarts[hour + 1], r.sku().productCode(),
                        EMPTY, EMPTY, EMPTY, onResource ? r.id() : EMPTY);
                line.comma().comma().append(USD).comma().comma();
                costs(cost, creditDescriptions[s], onResource ? r.sku().region() : EMPTY, EMPTY, -1,
                        onResource ? r.env() : EMPTY);
                return cost;
            }
            if (u < SP_FEE_BELOW) {
                long cost = range(COST_ONE / 2, 8 * COST_ONE);
                common(intervals[hour], accounts[0], SP_FEE, hourStarts[hour], hourStarts[hour + 1], SP_CODE, SP_USAGE_TYPE,
                        EMPTY, EMPTY, savingsPlans[rnd.nextInt(savingsPlans.length)]);
                line.comma().amount(AMOUNT_ONE, AMOUNT_SCALE).comma().append(USD).comma().amount(cost, COST_SCALE).comma();
                costs(cost, SP_DESCRIPTION, EMPTY, HRS, -1, EMPTY);
                return cost;
            }
            boolean negation = u < SP_NEGATION_BELOW;
            Resource r = negation ? covered[rnd.nextInt(covered.length)] : resources[skewedIndex()];
            Sku sku = r.sku();
            long rate = sku.rate();
            long amount = range(sku.minAmount(), sku.maxAmount() + 1);
            long cost = Math.multiplyExact(rate, amount) / AMOUNT_ONE;
            byte[] type = negation ? SP_NEGATION : r.savingsPlanCovered() && u < SP_COVERED_BELOW ? SP_COVERED : USAGE;
            if (negation) {
                cost = -cost;
            }
            common(intervals[hour], r.account(), type, hourStarts[hour], hourStarts[hour + 1], sku.productCode(),
                    sku.usageType(), sku.operation(), r.zone(), r.id());
            line.comma().amount(amount, AMOUNT_SCALE).comma().append(USD).comma().amount(negation ? -rate : rate, COST_SCALE)
                    .comma();
            costs(cost, i % NEWLINE_EVERY == NEWLINE_EVERY - 1 ? sku.descriptionWithBreak() : sku.description(),
                    sku.region(), sku.unit(), negation ? -1 : Math.abs(cost), r.env());
            return cost;
        }

        private void lineItemId(long i) {
            for (int k = 0; k < 4; k++) {
                long v = SplitMix.mix(seed + i * 4 + k);
                for (int c = 0; c < 13; c++) {
                    line.append(BASE32[(int) (v & 31)]);
                    v >>>= 5;
                }
            }
            line.comma();
        }

        /** identity/TimeInterval … lineItem/ResourceId, ending with the resource id (no comma after it). */
        private void common(byte[] interval, byte[] account, byte[] type, byte[] start, byte[] end, byte[] productCode,
                            byte[] usageType, byte[] operation, byte[] zone, byte[] resourceId) {
            line.append(interval).comma().append(payer).comma().append(periodStart).comma().append(account).comma()
                    .append(type).comma().append(start).comma().append(end).comma().append(productCode).comma()
                    .append(usageType).comma().append(operation).comma().append(zone).comma().append(resourceId);
        }

        /** UnblendedCost … resourceTags/user:env and the line end; {@code publicCost < 0} leaves it empty. */
        private void costs(long cost, byte[] description, byte[] region, byte[] unit, long publicCost, byte[] env) {
            line.amount(cost, COST_SCALE).comma().amount(cost, COST_SCALE).comma().append(description).comma()
                    .append(region).comma().append(unit).comma();
            if (publicCost >= 0) {
                line.amount(publicCost, COST_SCALE);
            }
            line.comma().append(env).newline();
        }
    }

    /** A resource index with a skew: P(i) ∝ 1/√i, so low indexes are busy and high ones sparse. */
    private int skewedIndex() {
        double u = rnd.nextDouble();
        return Math.min(resources.length - 1, (int) (u * u * resources.length));
    }

    private long range(long min, long maxExclusive) {
        return min + rnd.nextLong(Math.max(1, maxExclusive - min));
    }

    private String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
        }
        return sb.toString();
    }

    private static long rate(double usd) {
        return Math.round(usd * COST_ONE);
    }

    private static long amount(double units) {
        return Math.round(units * AMOUNT_ONE);
    }

    /**
     * {@code --out FILE [--lines N] [--seed S] [--resources R] [--force]}; without
     * {@code --force}, an existing file whose sidecar says this generator version wrote it with
     * these lines, and whose size agrees, is kept.
     */
    public static void main(String[] args) throws IOException {
        GeneratorArgs a = GeneratorArgs.parse("CurCsvGenerator", args, DEFAULT_SEED, DEFAULT_RESOURCES);
        if (!a.extra().isEmpty()) {
            System.err.println("CurCsvGenerator: unknown argument " + a.extra().get(0));
            System.exit(2);
        }
        boolean defaults = a.seed() == DEFAULT_SEED && a.resources() == DEFAULT_RESOURCES;
        GeneratedFile existing = GeneratedFile.readFor(a.out());
        if (!a.force() && defaults && existing != null && existing.matches(GENERATOR, a.lines(), a.out())) {
            System.err.printf(Locale.ROOT, "%s: kept (%,d lines, %,d bytes, %s)%n", a.out(), a.lines(), existing.bytes(),
                    GENERATOR);
            return;
        }
        long t0 = System.nanoTime();
        GeneratedFile g = new CurCsvGenerator(a.lines(), a.seed(), a.resources())
                .write(a.out());
        System.err.printf(Locale.ROOT, "%s: %,d lines, %,d bytes, UnblendedCost %s, in %.1f s%n", a.out(), g.lines(),
                g.bytes(), g.billedCost().toPlainString(), (System.nanoTime() - t0) / 1e9);
    }
}
