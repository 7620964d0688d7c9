package org.cloudcost.core.frame;

import java.util.List;
import java.util.Objects;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Utilization in long form (FORMATS.md §2), aggregated while reading to one row per resource,
 * metric and statistic per hour: {@code Average} samples are averaged (weighted by their
 * period), {@code Maximum} samples keep the maximum. Samples coarser than an hour (daily
 * data) keep their own period. A resource without rows here is <em>unknown</em>, not idle.
 *
 * <pre>{@code
 * Table t = dataset.usage().table();
 * t.where(t.stringColumn(UsageFrame.METRIC).isEqualTo("cpu_percent")).print();
 * }</pre>
 *
 * <p>Columns: {@value #RESOURCE_ID}, {@value #TIMESTAMP} (UTC start of the bucket),
 * {@value #METRIC} (canonical name, e.g. {@code cpu_percent}), {@value #VALUE},
 * {@value #STATISTIC} ({@code Average} or {@code Maximum}), {@value #PERIOD_SECONDS} (bucket
 * length), {@value #SAMPLES} (input rows folded into the bucket).
 */
public final class UsageFrame extends Frame {
    public static final String RESOURCE_ID = "ResourceId";
    public static final String TIMESTAMP = "Timestamp";
    public static final String METRIC = "Metric";
    public static final String VALUE = "Value";
    public static final String STATISTIC = "Statistic";
    public static final String PERIOD_SECONDS = "PeriodSeconds";
    public static final String SAMPLES = "Samples";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(RESOURCE_ID, TIMESTAMP, METRIC, VALUE, STATISTIC, PERIOD_SECONDS, SAMPLES);

    /** Canonical metric names of FORMATS.md §2. */
    public static final String CPU_PERCENT = "cpu_percent", MEMORY_PERCENT = "memory_percent",
            NET_IN_BPS = "net_in_bps", NET_OUT_BPS = "net_out_bps", DB_CONNECTIONS = "db_connections",
            DB_CONNECTION_PERCENT = "db_connection_percent", DISK_IOPS = "disk_iops";

    /** Every canonical metric name; other names are kept in the frame but no rule reads them. */
    public static final List<String> CANONICAL_METRICS = List.of(CPU_PERCENT, MEMORY_PERCENT, NET_IN_BPS, NET_OUT_BPS,
            DB_CONNECTIONS, DB_CONNECTION_PERCENT, DISK_IOPS);


    /**
     * Wraps a table with exactly {@link #COLUMNS}.
     *
     * @throws IllegalArgumentException when the columns differ
     */
    public UsageFrame(Table table) {
        this(table, true);
    }

    /** Over {@code table} itself when {@code copy} is false (cost-core's reader, through its frame hooks). */
    UsageFrame(Table table, boolean copy) {
        super(checked(table), copy);
    }

    private static Table checked(Table table) {
        if (!Objects.requireNonNull(table, "table").columnNames().equals(COLUMNS)) {
            throw new IllegalArgumentException("usage table columns " + table.columnNames() + " differ from " + COLUMNS);
        }
        return table;
    }

    /**
     * The rows of one metric, in frame order, as a new table: less to copy than
     * {@link #table()} when only one metric is wanted.
     *
     * <pre>{@code
     * Table cpu = dataset.usage().metric(UsageFrame.CPU_PERCENT);
     * }</pre>
     */
    public Table metric(String metric) {
        Objects.requireNonNull(metric, "metric");
        return data().where(data().stringColumn(METRIC).isEqualTo(metric));
    }

    /** An empty frame. */
    public static UsageFrame empty() {
        return new UsageFrame(emptyTable());
    }

    /** A table with this schema and no rows, for builders. */
    public static Table emptyTable() {
        return Table.create("usage", StringColumn.create(RESOURCE_ID), DateTimeColumn.create(TIMESTAMP),
                StringColumn.create(METRIC), DoubleColumn.create(VALUE), StringColumn.create(STATISTIC),
                IntColumn.create(PERIOD_SECONDS), IntColumn.create(SAMPLES));
    }

    @Override
    public String toString() {
        return "UsageFrame: " + data().rowCount() + " rows, "
                + data().stringColumn(RESOURCE_ID).countUnique() + " resources, metrics "
                + data().stringColumn(METRIC).unique().asList();
    }
}
