package org.cloudcost.report.charts;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cloudcost.core.CostDataset;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The region most resources are in: the inventory's, else the bill's (rows with a region, ties
 * broken by name). The heatmap reads hours by that region's clock when no zone is configured,
 * as the rules read each resource's hours by its own region's.
 */
final class MainRegion {
    private static final String REGION = "RegionId";

    private MainRegion() {
    }

    static Optional<String> of(CostDataset dataset) {
        // both frames have the column (InventoryFrame.REGION_ID, BillingFrame.REGION_ID): copy only it
        return mostCommon(dataset.inventory().table(REGION)).or(() -> mostCommon(dataset.billing().table(REGION)));
    }

    private static Optional<String> mostCommon(Table table) {
        if (!table.columnNames().contains(REGION) || !(table.column(REGION) instanceof StringColumn regions)) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String r : regions) {
            if (r != null && !r.isBlank()) {
                counts.merge(r.strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
    }
}
