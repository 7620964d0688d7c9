package org.cloudcost.core.io;

import java.util.List;

/**
 * The CSV layouts {@code cloudcost analyze} reads (FORMATS.md §1–2), for tools and provider
 * modules that write input files: the FOCUS billing columns the core reader uses, and the
 * canonical usage, inventory and storage columns. Write them with {@link CsvFileWriter}.
 *
 * <pre>{@code
 * try (CsvFileWriter out = CsvFileWriter.create(dir.resolve("usage.csv"), CanonicalCsv.USAGE)) {
 *     out.row("i-1", "2026-10-01T00:00:00Z", "cpu_percent", "3.1", "Average", "300");
 * }
 * }</pre>
 */
public final class CanonicalCsv {
    /** FOCUS billing: the columns the core FOCUS reader maps (dates ISO 8601 UTC, amounts as decimals, Tags a JSON object). */
    public static final List<String> FOCUS_BILLING = List.of("BilledCost", "EffectiveCost", "ListCost", "BillingCurrency",
            "BillingAccountId", "SubAccountId", "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart",
            "ChargePeriodEnd", "ChargeCategory", "ServiceCategory", "ServiceName", "ProviderName", "RegionId",
            "ResourceId", "ResourceType", "SkuId", "PricingQuantity", "PricingUnit", "Tags");

    /** Usage, long form: {@code Statistic} is {@code Average} or {@code Maximum}. */
    public static final List<String> USAGE = List.of("ResourceId", "Timestamp", "Metric", "Value", "Statistic",
            "PeriodSeconds");

    /** Inventory, one row per resource. */
    public static final List<String> INVENTORY = List.of("ResourceId", "ProviderName", "ResourceType", "RegionId", "Spec",
            "VCpu", "MemoryGiB", "State", "CreatedAt", "AttachedTo", "BandwidthMbps", "BandwidthBilling", "Tags");

    /** Storage, one row per group of objects. */
    public static final List<String> STORAGE = List.of("Bucket", "Prefix", "StorageClass", "SizeBytes", "ObjectCount",
            "LastModified", "LastAccessed");

    private CanonicalCsv() {
    }
}
