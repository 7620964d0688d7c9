package org.cloudcost.core.internal.canonical;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.internal.csv.TokenizedRow;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the {@link InventoryFrame} one CSV row at a time, checking each value as it goes:
 * resource types and bandwidth billing from their closed lists (normalized to lower case, as
 * is {@code State}), numbers ≥ 0 or missing, timestamps in UTC, tags in any
 * {@link TagText} syntax re-written as JSON and spread into the normalized tag columns (the
 * first raw key that feeds a column wins).
 *
 * <pre>{@code
 * InventoryTable table = new InventoryTable(TagColumns.defaults());
 * table.append(row, columns, resourceId);
 * InventoryFrame frame = table.toFrame();
 * }</pre>
 */
final class InventoryTable {
    /** FORMATS.md §2's resource types. */
    static final Vocabulary RESOURCE_TYPES = new Vocabulary("resource type",
            List.of("compute", "database", "disk", "snapshot", "bucket", "ip", "nat", "load-balancer", "cdn"));
    /** FORMATS.md §2's bandwidth billing modes. */
    static final Vocabulary BANDWIDTH_BILLING = new Vocabulary("bandwidth billing", List.of("fixed", "traffic"));

    private final TagColumns tagColumns;
    private final Table table;
    private final StringColumn resourceId;
    private final StringColumn providerName;
    private final StringColumn resourceType;
    private final StringColumn regionId;
    private final StringColumn spec;
    private final DoubleColumn vcpu;
    private final DoubleColumn memoryGiB;
    private final StringColumn state;
    private final DateTimeColumn createdAt;
    private final StringColumn attachedTo;
    private final DoubleColumn bandwidthMbps;
    private final StringColumn bandwidthBilling;
    private final StringColumn tagsJson;
    private final StringColumn[] tagValues;

    /** An empty table with one column per tag column of {@code tagColumns}. */
    InventoryTable(TagColumns tagColumns) {
        this.tagColumns = tagColumns;
        this.table = InventoryFrame.emptyTable(tagColumns.columns());
        resourceId = table.stringColumn(InventoryFrame.RESOURCE_ID);
        providerName = table.stringColumn(InventoryFrame.PROVIDER_NAME);
        resourceType = table.stringColumn(InventoryFrame.RESOURCE_TYPE);
        regionId = table.stringColumn(InventoryFrame.REGION_ID);
        spec = table.stringColumn(InventoryFrame.SPEC);
        vcpu = table.doubleColumn(InventoryFrame.VCPU);
        memoryGiB = table.doubleColumn(InventoryFrame.MEMORY_GIB);
        state = table.stringColumn(InventoryFrame.STATE);
        createdAt = table.dateTimeColumn(InventoryFrame.CREATED_AT);
        attachedTo = table.stringColumn(InventoryFrame.ATTACHED_TO);
        bandwidthMbps = table.doubleColumn(InventoryFrame.BANDWIDTH_MBPS);
        bandwidthBilling = table.stringColumn(InventoryFrame.BANDWIDTH_BILLING);
        tagsJson = table.stringColumn(InventoryFrame.TAGS);
        tagValues = tagColumns.columns().stream().map(table::stringColumn).toArray(StringColumn[]::new);
    }

    /** Number of rows so far. */
    int rowCount() {
        return table.rowCount();
    }

    /** Checks and appends the row, whose resource id {@code id} the caller has already checked. */
    void append(TokenizedRow row, InventoryColumns c, String id) {
        String type = RESOURCE_TYPES.match(row, c.resourceType());
        String billing = Cells.present(row, c.bandwidthBilling()) ? BANDWIDTH_BILLING.match(row, c.bandwidthBilling()) : "";
        Map<String, String> tags = tags(row, c.tags());
        resourceId.append(id);
        providerName.append(Cells.text(row, c.providerName()));
        resourceType.append(type);
        regionId.append(Cells.text(row, c.regionId()));
        spec.append(Cells.text(row, c.spec()));
        Cells.appendNonNegative(vcpu, row, c.vcpu());
        Cells.appendNonNegative(memoryGiB, row, c.memoryGiB());
        state.append(Cells.text(row, c.state()).toLowerCase(Locale.ROOT));
        Cells.appendUtc(createdAt, row, c.createdAt());
        attachedTo.append(Cells.text(row, c.attachedTo()));
        Cells.appendNonNegative(bandwidthMbps, row, c.bandwidthMbps());
        bandwidthBilling.append(billing);
        tagsJson.append(TagText.toJson(tags));
        appendTagColumns(tags);
    }

    private static Map<String, String> tags(TokenizedRow row, int column) {
        if (!Cells.present(row, column)) {
            return Map.of();
        }
        try {
            return TagText.parse(row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }

    private void appendTagColumns(Map<String, String> tags) {
        String[] values = new String[tagValues.length];
        int[] ranks = new int[tagValues.length];
        java.util.Arrays.fill(ranks, Integer.MAX_VALUE);
        for (Map.Entry<String, String> e : tags.entrySet()) {
            int i = tagColumns.columnOf(e.getKey());
            if (i >= 0 && !e.getValue().isEmpty() && tagColumns.rankOf(e.getKey()) < ranks[i]) {
                values[i] = e.getValue();          // the best-ranked raw key wins (env over environment over stage)
                ranks[i] = tagColumns.rankOf(e.getKey());
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                tagValues[i].appendMissing();
            } else {
                tagValues[i].append(values[i]);
            }
        }
    }

    /** The frame of every row appended. */
    InventoryFrame toFrame() {
        return new InventoryFrame(table, tagColumns.columns());
    }
}
