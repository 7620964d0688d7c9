package org.cloudcost.parquet.internal;

import java.util.Locale;

/**
 * How a Parquet column, by its DuckDB type, reaches a mapper: as text, as a number, or as a
 * timestamp (epoch microseconds, local or an instant). Maps, structs and lists are handed as
 * their JSON text, as CSV exports write them ({@code resource_tags} → {@code {"user_env":"prod"}}).
 *
 * <pre>{@code
 * ColumnKind.of("MAP(VARCHAR, VARCHAR)");   // JSON
 * ColumnKind.of("TIMESTAMP WITH TIME ZONE"); // INSTANT
 * }</pre>
 */
enum ColumnKind {
    /** VARCHAR, and every type without a better reading (BOOLEAN, UUID, BLOB, …), cast to text. */
    TEXT,
    /** MAP, STRUCT, LIST: their JSON text. */
    JSON,
    /** DECIMAL and the integer types: exact. */
    EXACT,
    /** DOUBLE, FLOAT: binary floating point. */
    FLOATING,
    /** TIMESTAMP (no time zone) and DATE: a wall-clock time, read in the zone the mapper gives. */
    LOCAL,
    /** TIMESTAMP WITH TIME ZONE: an instant. */
    INSTANT;

    /** The kind of a column of DuckDB type {@code type} (as {@code DESCRIBE} prints it). */
    static ColumnKind of(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("MAP") || t.startsWith("STRUCT") || t.endsWith("]") || t.startsWith("UNION")) {
            return JSON;
        }
        if (t.startsWith("DECIMAL") || t.equals("TINYINT") || t.equals("SMALLINT") || t.equals("INTEGER")
                || t.equals("BIGINT") || t.equals("HUGEINT") || t.startsWith("U") && t.endsWith("INT")) {
            return EXACT;
        }
        if (t.equals("DOUBLE") || t.equals("FLOAT")) {
            return FLOATING;
        }
        if (t.equals("TIMESTAMP WITH TIME ZONE")) {
            return INSTANT;
        }
        if (t.startsWith("TIMESTAMP") || t.equals("DATE")) {
            return LOCAL;
        }
        return TEXT;
    }

    /** True for the numeric kinds, which an engine can sum. */
    boolean numeric() {
        return this == EXACT || this == FLOATING;
    }

    /** True for the kinds read as a point in time. */
    boolean temporal() {
        return this == LOCAL || this == INSTANT;
    }
}
