package org.cloudcost.core.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.internal.billing.CompensatedSum;
import org.cloudcost.core.internal.billing.SumDecimal;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.internal.spend.CurrencyConversion;
import org.cloudcost.core.rules.Resource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Joins the billing and inventory frames into one {@link Resource} per ResourceId. A resource's
 * monthly cost is the BilledCost (and EffectiveCost) of its {@code Usage} and {@code Purchase}
 * charges, converted to the reporting currency and scaled to a month by
 * {@link BillingPeriodSpan#monthScale()}; credits, tax and adjustments are not a resource's
 * running cost and stay out. Its category, service, account and region are those of its largest
 * cost; a resource without running charges gets the ServiceCategory of its type
 * ({@link ResourceTypes#serviceCategory(String)}).
 */
final class ResourceIndex {
    /** Charge categories that are a resource's running cost. */
    private static final Set<String> RUNNING = Set.of("Usage", "Purchase");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Resource> byId;
    private final BillingPeriodSpan span;

    private ResourceIndex(Map<String, Resource> byId, BillingPeriodSpan span) {
        this.byId = byId;
        this.span = span;
    }

    static ResourceIndex build(BillingFrame billing, InventoryFrame inventory, CloudcostConfig config,
                               CurrencyConversion fx) {
        Map<String, Billed> billed = new TreeMap<>();
        BillingPeriodSpan span = billed(billing, fx, billed);
        double scale = span.monthScale();
        Map<String, Inventoried> inv = inventoried(inventory);
        Map<String, Resource> out = new TreeMap<>();
        for (String id : union(billed.keySet(), inv.keySet())) {
            out.put(id, resource(id, billed.get(id), inv.get(id), scale, config));
        }
        return new ResourceIndex(Collections.unmodifiableMap(out), span);
    }

    Map<String, Resource> byId() {
        return byId;
    }

    BillingPeriodSpan span() {
        return span;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** What the bill says about one resource. */
    private static final class Billed {
        final double[] sums = new double[4]; // billed, effective (compensated pairs)
        final Map<String, Double> costByFacet = new HashMap<>(); // facet key → cost, to pick the largest
        final Map<String, String> tags = new LinkedHashMap<>();
        String provider = "";
        boolean running;
    }

    private static BillingPeriodSpan billed(BillingFrame frame, CurrencyConversion fx, Map<String, Billed> out) {
        Table t = FrameAccess.readOnly(frame);
        StringColumn id = t.stringColumn(BillingFrame.RESOURCE_ID);
        StringColumn charge = t.stringColumn(BillingFrame.CHARGE_CATEGORY);
        StringColumn currency = t.stringColumn(BillingFrame.BILLING_CURRENCY);
        StringColumn category = t.stringColumn(BillingFrame.SERVICE_CATEGORY);
        StringColumn service = t.stringColumn(BillingFrame.SERVICE_NAME);
        StringColumn sub = t.stringColumn(BillingFrame.SUB_ACCOUNT_ID);
        StringColumn region = t.stringColumn(BillingFrame.REGION_ID);
        StringColumn provider = t.stringColumn(BillingFrame.PROVIDER_NAME);
        StringColumn type = t.stringColumn(BillingFrame.RESOURCE_TYPE);
        StringColumn sku = t.stringColumn(BillingFrame.SKU_ID);
        DoubleColumn cost = t.doubleColumn(BillingFrame.BILLED_COST);
        DoubleColumn effective = t.doubleColumn(BillingFrame.EFFECTIVE_COST);
        DateColumn day = t.dateColumn(BillingFrame.CHARGE_PERIOD_START);
        List<String> tagColumns = frame.tagColumns();
        LocalDate first = null;
        LocalDate last = null;
        for (int r = 0; r < t.rowCount(); r++) {
            LocalDate d = day.get(r);
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            String rid = id.get(r);
            if (rid.isEmpty()) {
                continue;
            }
            Billed b = out.computeIfAbsent(rid, k -> new Billed());
            if (b.provider.isEmpty()) {
                b.provider = provider.get(r);
            }
            for (String tc : tagColumns) {
                String v = t.stringColumn(tc).get(r);
                if (!v.isEmpty()) {
                    b.tags.putIfAbsent(tc, v);
                }
            }
            if (!RUNNING.contains(charge.get(r))) {
                continue;
            }
            double rate = fx.rate(currency.get(r));
            double c = cost.getDouble(r) * rate;
            CompensatedSum.add(b.sums, 0, c);
            CompensatedSum.add(b.sums, 2, effective.getDouble(r) * rate);
            b.running = true;
            b.costByFacet.merge(category.get(r) + '\u0000' + service.get(r) + '\u0000' + sub.get(r) + '\u0000'
                    + region.get(r) + '\u0000' + type.get(r) + '\u0000' + sku.get(r), c, Double::sum);
        }
        return new BillingPeriodSpan(first, last);
    }

    /** What the inventory says about one resource. */
    private record Inventoried(String provider, String type, String region, String spec, Double vcpu, Double memory,
                               String state, Instant created, String attachedTo, Double bandwidth,
                               String bandwidthBilling, Map<String, String> tags) {
    }

    private static Map<String, Inventoried> inventoried(InventoryFrame frame) {
        Table t = FrameAccess.readOnly(frame);
        Map<String, Inventoried> out = new HashMap<>();
        DateTimeColumn created = t.dateTimeColumn(InventoryFrame.CREATED_AT);
        for (int r = 0; r < t.rowCount(); r++) {
            Map<String, String> tags = new LinkedHashMap<>(parseTags(t.stringColumn(InventoryFrame.TAGS).get(r)));
            for (String tc : frame.tagColumns()) {
                String v = t.stringColumn(tc).get(r);
                if (!v.isEmpty()) {
                    tags.putIfAbsent(tc, v);
                }
            }
            LocalDateTime c = created.get(r);
            out.put(t.stringColumn(InventoryFrame.RESOURCE_ID).get(r), new Inventoried(
                    t.stringColumn(InventoryFrame.PROVIDER_NAME).get(r), t.stringColumn(InventoryFrame.RESOURCE_TYPE).get(r),
                    t.stringColumn(InventoryFrame.REGION_ID).get(r), t.stringColumn(InventoryFrame.SPEC).get(r),
                    number(t.doubleColumn(InventoryFrame.VCPU), r), number(t.doubleColumn(InventoryFrame.MEMORY_GIB), r),
                    t.stringColumn(InventoryFrame.STATE).get(r), c == null ? null : c.toInstant(ZoneOffset.UTC),
                    t.stringColumn(InventoryFrame.ATTACHED_TO).get(r), number(t.doubleColumn(InventoryFrame.BANDWIDTH_MBPS), r),
                    t.stringColumn(InventoryFrame.BANDWIDTH_BILLING).get(r), tags));
        }
        return out;
    }

    private static Double number(DoubleColumn c, int row) {
        return c.isMissing(row) ? null : c.getDouble(row);
    }

    /** The inventory keeps all tags as a JSON object (whatever the file's syntax). */
    private static Map<String, String> parseTags(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            JsonNode node = JSON.readTree(json);
            Map<String, String> out = new LinkedHashMap<>();
            node.properties().forEach(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("inventory Tags is not the JSON object the reader writes: " + json, e);
        }
    }

    private static Resource resource(String id, Billed b, Inventoried i, double scale, CloudcostConfig config) {
        String[] facet = b == null ? new String[6] : largestFacet(b);
        Map<String, String> tags = new LinkedHashMap<>();
        if (i != null) {
            tags.putAll(i.tags());
        }
        if (b != null) {
            b.tags.forEach(tags::putIfAbsent);
        }
        String type = i != null && !i.type().isEmpty() ? i.type() : ResourceTypes.fromBill(text(facet[0]), text(facet[4]));
        String category = text(facet[0]).isEmpty() ? ResourceTypes.serviceCategory(type) : facet[0];
        BigDecimal monthly = b == null ? BigDecimal.ZERO : SumDecimal.of(CompensatedSum.value(b.sums, 0) * scale);
        BigDecimal effective = b == null ? BigDecimal.ZERO : SumDecimal.of(CompensatedSum.value(b.sums, 2) * scale);
        String spec = i != null && !i.spec().isEmpty() ? i.spec() : text(facet[5]);
        return new Resource(id, i != null && !i.provider().isEmpty() ? i.provider() : b == null ? "" : b.provider, type,
                category, text(facet[1]), i != null && !i.region().isEmpty() ? i.region() : text(facet[3]),
                text(facet[2]), environment(tags, config.environmentTagKeys()), tags, spec,
                i == null ? null : i.vcpu(), i == null ? null : i.memory(), i == null ? "" : i.state(),
                i == null ? null : i.created(), i == null ? "" : i.attachedTo(), i == null ? null : i.bandwidth(),
                i == null ? "" : i.bandwidthBilling(), monthly.max(BigDecimal.ZERO), effective.max(BigDecimal.ZERO),
                b != null && b.running);
    }

    private static String[] largestFacet(Billed b) {
        String best = null;
        double bestCost = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : new TreeMap<>(b.costByFacet).entrySet()) {
            if (e.getValue() > bestCost) {
                best = e.getKey();
                bestCost = e.getValue();
            }
        }
        return best == null ? new String[6] : best.split("\u0000", -1);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The first environment tag key present (case-insensitive), its value lower-cased. */
    static String environment(Map<String, String> tags, List<String> keys) {
        for (String key : keys) {
            for (Map.Entry<String, String> e : tags.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key) && !e.getValue().isBlank()) {
                    return e.getValue().strip().toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }
}
