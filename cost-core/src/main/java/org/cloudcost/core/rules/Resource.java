package org.cloudcost.core.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource as the rules see it: the billing, inventory and tag facts about one
 * {@code ResourceId} joined together, with its cost in the reporting currency. Built by the
 * analysis for every resource found in the billing or the inventory frame. Text fields are
 * {@code ""} when unknown, numbers {@code null} when unknown.
 *
 * <pre>{@code
 * for (Resource r : context.resources("compute")) {
 *     if (r.isNonProduction() && r.monthlyCost().signum() > 0) { ... }
 * }
 * }</pre>
 *
 * @param id the ResourceId
 * @param providerName e.g. {@code Alibaba Cloud}, {@code AWS}
 * @param resourceType the inventory's canonical type ({@code compute}, {@code database},
 *        {@code disk}, {@code snapshot}, {@code bucket}, {@code ip}, {@code nat},
 *        {@code load-balancer}, {@code cdn}) when the inventory has the resource, else derived
 *        from the bill's ServiceCategory ({@code Compute → compute}, {@code Databases → database})
 *        or the bill's own ResourceType
 * @param serviceCategory FOCUS ServiceCategory of its largest cost ({@code ""} without billing)
 * @param serviceName the bill's ServiceName of its largest cost
 * @param regionId the inventory's region, else the bill's
 * @param subAccountId the bill's SubAccountId of its largest cost
 * @param environment the environment tag's value, lower-case ({@code prod}, {@code test}, …), or {@code ""}
 * @param tags all tags known for the resource (inventory tags, then the bill's tag columns)
 * @param spec instance type or class, e.g. {@code ecs.g7.2xlarge} (inventory, else the bill's SkuId)
 * @param vcpu vCPUs, or null
 * @param memoryGiB memory in GiB, or null
 * @param state e.g. {@code running}, {@code stopped}, {@code available}
 * @param createdAt creation time, or null
 * @param attachedTo what a disk or IP is attached to, or {@code ""}
 * @param bandwidthMbps provisioned bandwidth, or null
 * @param bandwidthBilling {@code fixed}, {@code traffic} or {@code ""}
 * @param monthlyCost BilledCost of its Usage and Purchase charges, in the reporting currency,
 *        scaled to one month ({@link RuleContext#monthScale()}); zero without billing
 * @param effectiveMonthlyCost the same for EffectiveCost
 * @param hasBilling true when the bill has charges for it
 */
public record Resource(String id, String providerName, String resourceType, String serviceCategory, String serviceName,
                       String regionId, String subAccountId, String environment, Map<String, String> tags, String spec,
                       Double vcpu, Double memoryGiB, String state, Instant createdAt, String attachedTo,
                       Double bandwidthMbps, String bandwidthBilling, BigDecimal monthlyCost,
                       BigDecimal effectiveMonthlyCost, boolean hasBilling) {

    /** Environments counted as production (FORMATS.md §2). */
    public static final java.util.Set<String> PROD = java.util.Set.of("prod", "production", "prd", "live");
    /** Environments counted as non-production (FORMATS.md §2). */
    public static final java.util.Set<String> NON_PROD = java.util.Set.of("test", "testing", "qa", "dev", "development",
            "staging", "stage", "uat", "sandbox", "perf");

    /** Copies the tags; replaces null text with {@code ""} and null costs with zero. */
    public Resource {
        Objects.requireNonNull(id, "id");
        providerName = blank(providerName);
        resourceType = blank(resourceType);
        serviceCategory = blank(serviceCategory);
        serviceName = blank(serviceName);
        regionId = blank(regionId);
        subAccountId = blank(subAccountId);
        environment = blank(environment);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        spec = blank(spec);
        state = blank(state);
        attachedTo = blank(attachedTo);
        bandwidthBilling = blank(bandwidthBilling);
        monthlyCost = monthlyCost == null ? BigDecimal.ZERO : monthlyCost;
        effectiveMonthlyCost = effectiveMonthlyCost == null ? BigDecimal.ZERO : effectiveMonthlyCost;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** True when the environment tag says production ({@code prod}, {@code production}, …). */
    public boolean isProduction() {
        return PROD.contains(environment);
    }

    /** True when the environment tag says test, QA, dev, staging, UAT, … */
    public boolean isNonProduction() {
        return NON_PROD.contains(environment);
    }

    /** The tag {@code key}'s value (key matched without regard to case). */
    public Optional<String> tag(String key) {
        String v = tags.get(key);
        if (v != null) {
            return Optional.of(v);
        }
        return tags.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst();
    }

    /** The spec's family: {@code ecs.g7.2xlarge → ecs.g7}, {@code m6i.large → m6i}; {@code ""} without a dot. */
    public String family() {
        int dot = spec.lastIndexOf('.');
        return dot < 0 ? "" : spec.substring(0, dot);
    }

    /** The spec's size: {@code ecs.g7.2xlarge → 2xlarge}; the whole spec without a dot. */
    public String size() {
        int dot = spec.lastIndexOf('.');
        return dot < 0 ? spec : spec.substring(dot + 1);
    }

    @Override
    public String toString() {
        return id + " (" + resourceType + (spec.isEmpty() ? "" : " " + spec) + (environment.isEmpty() ? "" : ", " + environment)
                + ", " + monthlyCost.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "/month)";
    }
}
