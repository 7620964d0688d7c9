package org.cloudcost.core.internal.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.internal.spend.CurrencyConversion;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.StorageGroup;
import org.cloudcost.core.rules.Thresholds;
import tech.tablesaw.api.Table;

/**
 * The {@link RuleContext} of one dataset: resources joined from billing and inventory, usage
 * split per resource and metric, storage groups with their buckets, thresholds resolved from the
 * configuration, catalogs with the configuration's price overrides. Built once, read-only after.
 *
 * <pre>{@code
 * RuleContext context = DatasetRuleContext.of(dataset, PriceCatalogs.load());
 * new IdleComputeRule().evaluate(context);
 * }</pre>
 */
public final class DatasetRuleContext implements RuleContext {
    private final CloudcostConfig config;
    private final String currency;
    private final ResourceIndex resources;
    private final UsageIndex usage;
    private final List<StorageGroup> storage;
    private final PriceCatalogs catalogs;
    private final Instant asOf;
    private final Map<String, List<Resource>> byType = new HashMap<>();
    private final boolean hasBilling;
    private final boolean hasInventory;

    private DatasetRuleContext(CostDataset dataset, PriceCatalogs catalogs) {
        this.config = dataset.config();
        Table billing = FrameAccess.readOnly(dataset.billing());
        TreeSet<String> currencies = new TreeSet<>(billing.stringColumn(BillingFrame.BILLING_CURRENCY).asSet());
        CurrencyConversion fx = CurrencyConversion.of(currencies, config);
        this.currency = fx.target().isEmpty() ? config.currency().orElse("") : fx.target();
        this.resources = ResourceIndex.build(dataset.billing(), dataset.inventory(), config, fx);
        this.usage = UsageIndex.build(dataset.usage());
        this.catalogs = catalogs.withOverrides(config.prices());
        this.storage = storageGroups(dataset.storage(), resources);
        this.hasBilling = dataset.billing().rowCount() > 0;
        this.hasInventory = dataset.inventory().rowCount() > 0;
        for (Resource r : resources.byId().values()) {
            byType.computeIfAbsent(r.resourceType(), k -> new ArrayList<>()).add(r);
        }
        this.asOf = asOf(resources.span(), usage, storage);
    }

    /**
     * The context of {@code dataset} priced by {@code catalogs} (with the dataset's configured
     * overrides applied).
     *
     * @throws org.cloudcost.core.CloudcostException when bills mix currencies without rates
     * @throws IllegalArgumentException when a price override names an unknown provider or key
     */
    public static DatasetRuleContext of(CostDataset dataset, PriceCatalogs catalogs) {
        return new DatasetRuleContext(dataset, catalogs);
    }

    private static List<StorageGroup> storageGroups(StorageFrame frame, ResourceIndex resources) {
        Table t = FrameAccess.readOnly(frame);
        List<StorageGroup> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            String bucket = t.stringColumn(StorageFrame.BUCKET).get(r);
            LocalDateTime modified = t.dateTimeColumn(StorageFrame.LAST_MODIFIED).get(r);
            LocalDateTime accessed = t.dateTimeColumn(StorageFrame.LAST_ACCESSED).get(r);
            out.add(new StorageGroup(bucket, t.stringColumn(StorageFrame.PREFIX).get(r),
                    t.stringColumn(StorageFrame.STORAGE_CLASS).get(r), t.doubleColumn(StorageFrame.SIZE_BYTES).getDouble(r),
                    t.longColumn(StorageFrame.OBJECT_COUNT).isMissing(r) ? -1 : t.longColumn(StorageFrame.OBJECT_COUNT).getLong(r),
                    modified == null ? null : modified.toInstant(ZoneOffset.UTC),
                    accessed == null ? null : accessed.toInstant(ZoneOffset.UTC),
                    Optional.ofNullable(resources.byId().get(bucket))));
        }
        return List.copyOf(out);
    }

    /**
     * The end of the last charge day, else of the last usage bucket, else the newest storage
     * modification; the wall clock only when the dataset has no time at all.
     */
    private static Instant asOf(BillingPeriodSpan span, UsageIndex usage, List<StorageGroup> storage) {
        if (span.last() != null) {
            Instant billingEnd = span.last().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            return usage.end() != null && usage.end().isAfter(billingEnd) ? usage.end() : billingEnd;
        }
        if (usage.end() != null) {
            return usage.end();
        }
        return storage.stream().map(StorageGroup::lastModified).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElseGet(Instant::now);
    }

    @Override
    public String currency() {
        return currency;
    }

    @Override
    public Instant asOf() {
        return asOf;
    }

    @Override
    public double monthScale() {
        return resources.span().monthScale();
    }

    @Override
    public boolean has(DataKind kind) {
        return switch (kind) {
            case BILLING -> hasBilling;
            case USAGE -> !usage.isEmpty();
            case INVENTORY -> hasInventory;
            case STORAGE -> !storage.isEmpty();
        };
    }

    @Override
    public List<Resource> resources() {
        return List.copyOf(resources.byId().values());
    }

    @Override
    public List<Resource> resources(String resourceType) {
        return List.copyOf(byType.getOrDefault(resourceType, List.of()));
    }

    @Override
    public Optional<Resource> resource(String id) {
        return Optional.ofNullable(resources.byId().get(id));
    }

    @Override
    public Optional<MetricSeries> usage(Resource resource, String metric) {
        return usage(resource, metric, "Average");
    }

    @Override
    public Optional<MetricSeries> usage(Resource resource, String metric, String statistic) {
        return usage.series(resource.id(), metric, statistic);
    }

    @Override
    public List<StorageGroup> storageGroups() {
        return storage;
    }

    @Override
    public Thresholds thresholds(Rule rule, Resource resource) {
        RuleSettings s = config.rule(rule.id());
        Thresholds t = thresholds(rule);
        String env = resource.environment();
        if (!env.isEmpty()) {
            String envClass = resource.isProduction() ? "prod" : resource.isNonProduction() ? "non-prod" : null;
            if (envClass != null && s.byEnvironment().containsKey(envClass)) {
                t = t.with(s.byEnvironment().get(envClass), "environment " + envClass);
            }
            if (!env.equals(envClass) && s.byEnvironment().containsKey(env)) {
                t = t.with(s.byEnvironment().get(env), "environment " + env);
            }
        }
        for (Map.Entry<String, Map<String, Double>> e : s.byTag().entrySet()) {
            int eq = e.getKey().indexOf('=');
            String key = eq < 0 ? e.getKey() : e.getKey().substring(0, eq);
            String value = eq < 0 ? "" : e.getKey().substring(eq + 1);
            if (resource.tag(key).map(v -> v.equalsIgnoreCase(value)).orElse(false)) {
                t = t.with(e.getValue(), "tag " + e.getKey());
            }
        }
        return t;
    }

    @Override
    public Thresholds thresholds(Rule rule) {
        return Thresholds.defaults(rule.id(), rule.thresholds()).with(config.rule(rule.id()).thresholds(), "config");
    }

    @Override
    public boolean ignored(Resource resource) {
        return resource.tag(config.ignoreTagKey()).map(v -> v.strip().equalsIgnoreCase(config.ignoreTagValue()))
                .orElse(false);
    }

    @Override
    public ZoneId zone(Resource resource) {
        return config.timeZone().orElseGet(() -> RegionZones.of(resource.regionId()));
    }

    @Override
    public Optional<PriceCatalog> catalog(Resource resource) {
        return catalog(resource.providerName());
    }

    @Override
    public Optional<PriceCatalog> catalog(String providerName) {
        return catalogs.find(providerName);
    }

    /** The catalogs in use, with overrides. */
    public PriceCatalogs catalogs() {
        return catalogs;
    }

    @Override
    public String toString() {
        return "DatasetRuleContext{" + resources.byId().size() + " resources, currency " + currency + ", as of " + asOf
                + ", month scale " + monthScale() + "}";
    }
}
