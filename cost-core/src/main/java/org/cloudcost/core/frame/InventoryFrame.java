package org.cloudcost.core.frame;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One row per resource (FORMATS.md §2): what exists, its size, state and tags.
 *
 * <pre>{@code
 * InventoryFrame inv = dataset.inventory();
 * Table t = inv.table();
 * t.where(t.stringColumn(InventoryFrame.STATE).isEqualTo("available")).print();
 * }</pre>
 *
 * <p>Columns: {@value #RESOURCE_ID}, {@value #PROVIDER_NAME}, {@value #RESOURCE_TYPE}
 * ({@code compute}, {@code database}, {@code disk}, {@code snapshot}, {@code bucket}, {@code ip},
 * {@code nat}, {@code load-balancer}, {@code cdn}), {@value #REGION_ID}, {@value #SPEC},
 * {@value #VCPU}, {@value #MEMORY_GIB} (doubles, missing when unknown), {@value #STATE},
 * {@value #CREATED_AT} (UTC), {@value #ATTACHED_TO}, {@value #BANDWIDTH_MBPS},
 * {@value #BANDWIDTH_BILLING} ({@code fixed} or {@code traffic}), {@value #TAGS} (all tags as a
 * JSON object, whatever syntax the file used), then one column per normalized tag key.
 */
public final class InventoryFrame extends Frame {
    public static final String RESOURCE_ID = "ResourceId";
    public static final String PROVIDER_NAME = "ProviderName";
    public static final String RESOURCE_TYPE = "ResourceType";
    public static final String REGION_ID = "RegionId";
    public static final String SPEC = "Spec";
    public static final String VCPU = "VCpu";
    public static final String MEMORY_GIB = "MemoryGiB";
    public static final String STATE = "State";
    public static final String CREATED_AT = "CreatedAt";
    public static final String ATTACHED_TO = "AttachedTo";
    public static final String BANDWIDTH_MBPS = "BandwidthMbps";
    public static final String BANDWIDTH_BILLING = "BandwidthBilling";
    public static final String TAGS = "Tags";

    /** The fixed columns, in order, before the tag columns. */
    public static final List<String> FIXED_COLUMNS = List.of(RESOURCE_ID, PROVIDER_NAME, RESOURCE_TYPE, REGION_ID,
            SPEC, VCPU, MEMORY_GIB, STATE, CREATED_AT, ATTACHED_TO, BANDWIDTH_MBPS, BANDWIDTH_BILLING, TAGS);

    private final List<String> tagColumns;

    /**
     * Wraps a table with exactly the fixed columns followed by {@code tagColumns}.
     *
     * @throws IllegalArgumentException when the columns differ
     */
    public InventoryFrame(Table table, List<String> tagColumns) {
        super(table);
        this.tagColumns = List.copyOf(tagColumns);
        List<String> expected = Stream.concat(FIXED_COLUMNS.stream(), this.tagColumns.stream()).toList();
        if (!table.columnNames().equals(expected)) {
            throw new IllegalArgumentException("inventory table columns " + table.columnNames() + " differ from " + expected);
        }
    }

    /** An empty frame with the given tag columns. */
    public static InventoryFrame empty(List<String> tagColumns) {
        return new InventoryFrame(emptyTable(tagColumns), tagColumns);
    }

    /** A table with this schema and no rows, for builders. */
    public static Table emptyTable(List<String> tagColumns) {
        Table t = Table.create("inventory");
        for (String c : FIXED_COLUMNS) {
            t.addColumns(switch (c) {
                case VCPU, MEMORY_GIB, BANDWIDTH_MBPS -> DoubleColumn.create(c);
                case CREATED_AT -> DateTimeColumn.create(c);
                default -> StringColumn.create(c);
            });
        }
        for (String c : tagColumns) {
            t.addColumns(StringColumn.create(c));
        }
        return t;
    }

    /** The normalized tag columns after the fixed ones. */
    public List<String> tagColumns() {
        return tagColumns;
    }

    @Override
    public String toString() {
        return "InventoryFrame: " + data().rowCount() + " resources, types "
                + data().stringColumn(RESOURCE_TYPE).unique().asList();
    }
}
