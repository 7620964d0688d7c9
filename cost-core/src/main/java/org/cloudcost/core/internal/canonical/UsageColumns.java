package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.format.CsvHeader;

/**
 * Where the usage CSV's columns are, matched by name without regard to case:
 * {@code ResourceId,Timestamp,Metric,Value} are mandatory, {@code Statistic} and
 * {@code PeriodSeconds} optional (-1 when missing).
 *
 * <pre>{@code
 * UsageColumns c = UsageColumns.of(csv.header());   // InputException when a mandatory column is missing
 * }</pre>
 */
record UsageColumns(int resourceId, int timestamp, int metric, int value, int statistic, int periodSeconds) {

    /** Locates the columns in {@code header}. */
    static UsageColumns of(CsvHeader header) {
        return new UsageColumns(header.require("ResourceId"), header.require("Timestamp"), header.require("Metric"),
                header.require("Value"), header.indexOf("Statistic"), header.indexOf("PeriodSeconds"));
    }
}
