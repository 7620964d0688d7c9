package org.cloudcost.parquet.internal;

import java.time.ZoneOffset;

/**
 * One column a scan reads, and how: as itself, summed over groups (additive), or as a day.
 *
 * @param source the column's index in the file
 * @param name the column's name
 * @param kind how its type reaches the mapper
 * @param role plain, additive or day
 * @param dayOffset for a day column, the offset its days are counted in; else null
 * @param scale for an exact column handed as a decimal, its scale (for the sum's type)
 */
record Projection(int source, String name, ColumnKind kind, Role role, ZoneOffset dayOffset, int scale) {

    /** What a scan does with the column. */
    enum Role {
        /** Read as it is (grouped by its value in a grouped scan). */
        PLAIN,
        /** Summed over each group; groups keep its absence and sign apart. */
        ADDITIVE,
        /** A timestamp read only as the day in {@link #dayOffset()}; grouped by that day. */
        DAY
    }

    /** The column quoted as an SQL identifier. */
    String identifier() {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
