package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;

/**
 * The resources with the largest de-duplicated monthly saving: each resource's findings
 * summed, split by strategy, largest total first (ties by resource id).
 */
final class TopResources {
    /** How many resources the chart shows: fifteen bars stay readable at 1200 pixels. */
    static final int LIMIT = 15;

    /** One resource: its saving per strategy and in total. */
    record Entry(String resourceId, Map<Strategy, BigDecimal> byStrategy, BigDecimal total) {
    }

    private TopResources() {
    }

    /** The top {@code limit} resources among the saving findings (those with a positive saving). */
    static List<Entry> of(List<Finding> findings, int limit) {
        Map<String, Map<Strategy, BigDecimal>> byResource = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.strategy().saves() && f.estimatedMonthlySavings().signum() > 0) {
                byResource.computeIfAbsent(f.resourceId(), k -> new EnumMap<>(Strategy.class))
                        .merge(f.strategy(), f.estimatedMonthlySavings(), BigDecimal::add);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byResource.forEach((id, parts) -> entries.add(new Entry(id, Collections.unmodifiableMap(parts),
                parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
        entries.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Entry::resourceId));
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }
}
