package org.cloudcost.core.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.cloudcost.core.catalog.PriceCatalog;

/**
 * Everything a rule may look at, read-only: the dataset's resources with their costs, their
 * metrics, the storage groups, the thresholds in force for each resource, time zones, price
 * catalogs and the reporting currency. One context serves all rules of one analysis and is safe
 * to share between threads.
 *
 * <pre>{@code
 * for (Resource r : context.resources("compute")) {
 *     if (context.ignored(r)) continue;
 *     Optional<MetricSeries> cpu = context.usage(r, UsageFrame.CPU_PERCENT);
 *     if (cpu.isEmpty()) { out.skip(r, "no cpu_percent rows"); continue; }
 *     Thresholds t = context.thresholds(this, r);
 *     ...
 * }
 * }</pre>
 */
public interface RuleContext {
    /** The currency every amount is in. */
    String currency();

    /**
     * The instant the analysis looks from: the end of the last day with billing or usage data.
     * Ages ("older than 90 days") are measured to it, never to the wall clock, so a run is
     * reproducible.
     */
    Instant asOf();

    /**
     * The factor that turned the billed cost of the period into a monthly cost: 1 when the data
     * covers exactly one calendar month, else 730 hours ÷ the hours covered.
     */
    double monthScale();

    /** True when the dataset has rows of this kind. */
    boolean has(DataKind kind);

    /** Every resource, in ResourceId order. */
    List<Resource> resources();

    /** The resources of one canonical type ({@code compute}, {@code database}, {@code disk}, …). */
    List<Resource> resources(String resourceType);

    /** The resource with this id. */
    Optional<Resource> resource(String id);

    /** The {@code Average} series of {@code metric} for {@code resource}; empty when it has no rows. */
    Optional<MetricSeries> usage(Resource resource, String metric);

    /** The series of {@code metric} with {@code statistic} ({@code Average} or {@code Maximum}). */
    Optional<MetricSeries> usage(Resource resource, String metric, String statistic);

    /** The storage frame's groups, in file order. */
    List<StorageGroup> storageGroups();

    /** The thresholds of {@code rule} in force for {@code resource}: defaults, then global, environment and tag overrides. */
    Thresholds thresholds(Rule rule, Resource resource);

    /** The thresholds of {@code rule} with only the global overrides (for things that are not resources). */
    Thresholds thresholds(Rule rule);

    /** True when the resource carries the ignore tag ({@code cloudcost:ignore=true} by default). */
    boolean ignored(Resource resource);

    /** The time zone for hour-of-day profiles of {@code resource}: the configured one, else its region's, else UTC. */
    ZoneId zone(Resource resource);

    /** The price catalog of the resource's provider, with the configuration's overrides. */
    Optional<PriceCatalog> catalog(Resource resource);

    /** The price catalog of a provider by name ({@code Alibaba Cloud}, {@code AWS}, an alias), with overrides. */
    Optional<PriceCatalog> catalog(String providerName);

    /** Starts a finding of {@code rule} about {@code resource} in the reporting currency. */
    default Finding.Builder finding(Rule rule, Resource resource) {
        return Finding.builder(rule, resource, currency());
    }

    /** Starts a finding about something that is not a resource (an object group). */
    default Finding.Builder finding(Rule rule, String resourceId) {
        return Finding.builder(rule, resourceId, currency());
    }
}
