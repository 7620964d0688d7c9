package org.cloudcost.core.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.CostDatasetReader;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.internal.rules.DatasetRuleContext;

/**
 * Builds a small dataset for rule tests from lines written here, through the real readers:
 * FOCUS billing lines, canonical inventory, usage and storage CSVs, then the real
 * {@link DatasetRuleContext}.
 *
 * <pre>{@code
 * RuleContext ctx = RuleFixture.in(tempDir)
 *         .dailyCost("i-1", "Compute", "Elastic Compute Service", "ECS Instance", 10.0, LocalDate.of(2026, 10, 1), 31)
 *         .inventory("i-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.2xlarge,8,32,running,2025-01-01T00:00:00Z,,,,env=test")
 *         .hourly("i-1", "cpu_percent", LocalDate.of(2026, 10, 1), 31, t -> 3.0)
 *         .context();
 * }</pre>
 */
public final class RuleFixture {
    /** The FOCUS columns the fixture writes. */
    public static final String FOCUS_HEADER = "BilledCost,EffectiveCost,ListCost,BillingCurrency,BillingAccountId,SubAccountId,"
            + "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceCategory,ServiceName,"
            + "ProviderName,RegionId,ResourceId,ResourceType,SkuId,PricingQuantity,PricingUnit,Tags";

    private final Path dir;
    private final List<String> billing = new ArrayList<>();
    private final List<String> inventory = new ArrayList<>();
    private final List<String> usage = new ArrayList<>();
    private final List<String> storage = new ArrayList<>();
    private String provider = "Alibaba Cloud";
    private String region = "cn-hangzhou";
    private String currency = "CNY";
    private CloudcostConfig config = CloudcostConfig.defaults();
    private PriceCatalogs catalogs = PriceCatalogs.of(List.of());

    private RuleFixture(Path dir) {
        this.dir = dir;
    }

    /** A fixture writing its files under {@code dir} (a JUnit {@code @TempDir}). */
    public static RuleFixture in(Path dir) {
        return new RuleFixture(dir);
    }

    /** ProviderName, RegionId and BillingCurrency of the billing lines written after this call. */
    public RuleFixture provider(String providerName, String regionId, String billingCurrency) {
        this.provider = providerName;
        this.region = regionId;
        this.currency = billingCurrency;
        return this;
    }

    /**
     * One Usage line per day from {@code first}, {@code perDay} each, billing period = the month of
     * {@code first}. {@code tagsJson} may be null.
     */
    public RuleFixture dailyCost(String resourceId, String serviceCategory, String serviceName, String resourceType,
                                 double perDay, LocalDate first, int days) {
        return dailyCost(resourceId, serviceCategory, serviceName, resourceType, "", perDay, first, days, null);
    }

    /** As above, with the SkuId and a Tags JSON object (or null). */
    public RuleFixture dailyCost(String resourceId, String serviceCategory, String serviceName, String resourceType,
                                 String skuId, double perDay, LocalDate first, int days, String tagsJson) {
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            billing.add(line(String.format(Locale.ROOT, "%.6f", perDay), "Usage", serviceCategory, serviceName, resourceId,
                    resourceType, skuId, day, tagsJson));
        }
        return this;
    }

    /** One raw billing line of {@code chargeCategory} (Credit, Tax, …) on {@code day}. */
    public RuleFixture charge(String resourceId, String chargeCategory, String serviceCategory, String serviceName,
                              String amount, LocalDate day) {
        billing.add(line(amount, chargeCategory, serviceCategory, serviceName, resourceId, "", "", day, null));
        return this;
    }

    private String line(String amount, String charge, String category, String service, String id, String type, String sku,
                        LocalDate day, String tagsJson) {
        LocalDate period = day.withDayOfMonth(1);
        String tags = tagsJson == null ? "" : "\"" + tagsJson.replace("\"", "\"\"") + "\"";
        return String.join(",", amount, amount, amount, currency, "acct-1", "sub-1", period + "T00:00:00Z",
                period.plusMonths(1) + "T00:00:00Z", day + "T00:00:00Z", day.plusDays(1) + "T00:00:00Z", charge, category,
                service, provider, region, id, type, sku, "24", "Hours", tags);
    }

    /**
     * One canonical inventory line:
     * {@code ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,BandwidthMbps,BandwidthBilling,Tags}.
     */
    public RuleFixture inventory(String csvLine) {
        inventory.add(csvLine);
        return this;
    }

    /** One hourly {@code Average} value per hour from {@code first} 00:00 UTC for {@code days} days. */
    public RuleFixture hourly(String resourceId, String metric, LocalDate first, int days, ToDoubleFunction<Instant> value) {
        return hourly(resourceId, metric, "Average", first, days, value);
    }

    /** As above with the statistic ({@code Average} or {@code Maximum}). A NaN value writes no row (a gap). */
    public RuleFixture hourly(String resourceId, String metric, String statistic, LocalDate first, int days,
                              ToDoubleFunction<Instant> value) {
        Instant start = first.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int h = 0; h < days * 24; h++) {
            Instant t = start.plus(h, ChronoUnit.HOURS);
            double v = value.applyAsDouble(t);
            if (!Double.isNaN(v)) {
                usage.add(resourceId + "," + t + "," + metric + "," + v + "," + statistic + ",3600");
            }
        }
        return this;
    }

    /** One canonical storage line: {@code Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed}. */
    public RuleFixture storage(String csvLine) {
        storage.add(csvLine);
        return this;
    }

    public RuleFixture config(CloudcostConfig c) {
        this.config = c;
        return this;
    }

    public RuleFixture catalogs(PriceCatalogs c) {
        this.catalogs = c;
        return this;
    }

    /** The dataset read back through the real readers. */
    public CostDataset dataset() {
        CostDatasetReader reader = CostDataset.read().config(config);
        if (!billing.isEmpty()) {
            reader.billing(write("billing.csv", FOCUS_HEADER, billing));
        }
        if (!inventory.isEmpty()) {
            reader.inventory(write("inventory.csv",
                    "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,BandwidthMbps,BandwidthBilling,Tags",
                    inventory));
        }
        if (!usage.isEmpty()) {
            reader.usage(write("usage.csv", "ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds", usage));
        }
        if (!storage.isEmpty()) {
            reader.storage(write("storage.csv", "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed", storage));
        }
        return reader.load();
    }

    /** The rule context of {@link #dataset()}. */
    public RuleContext context() {
        return DatasetRuleContext.of(dataset(), catalogs);
    }

    private Path write(String name, String header, List<String> lines) {
        Path p = dir.resolve(name);
        try {
            Files.writeString(p, header + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
