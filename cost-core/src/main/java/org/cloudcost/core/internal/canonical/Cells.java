package org.cloudcost.core.internal.canonical;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.cloudcost.core.internal.csv.TokenizedRow;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;

/**
 * Reads the fields of the canonical CSVs with their shared rules: a column index of -1 (the
 * optional column is not in the header) reads like an absent field, an absent number or
 * timestamp is a missing value (never 0), a timestamp without an offset is UTC, and a bad value
 * is an {@link org.cloudcost.core.InputException} naming file, line and column.
 *
 * <pre>{@code
 * String region = Cells.text(row, columns.regionId());      // "" when absent
 * Cells.appendUtc(createdAt, row, columns.createdAt());     // missing when absent
 * }</pre>
 */
final class Cells {
    private Cells() {
    }

    /** True when the column exists and the field is neither empty nor {@code NULL}. */
    static boolean present(TokenizedRow row, int column) {
        return column >= 0 && !row.isAbsent(column);
    }

    /** The trimmed text of the field, {@code ""} when absent or the column is missing. */
    static String text(TokenizedRow row, int column) {
        return present(row, column) ? row.text(column).trim() : "";
    }

    /** The trimmed text of a field that must have a value; {@code what} names it for the message. */
    static String required(TokenizedRow row, int column, String what) {
        if (!present(row, column)) {
            throw row.error(column, "expected " + what + ", found an empty value");
        }
        return row.text(column).trim();
    }

    /** A finite decimal number; absent is an error. */
    static double finite(TokenizedRow row, int column) {
        double v = row.decimal(column);
        if (!Double.isFinite(v)) {
            throw row.error(column, "expected a finite decimal number, found \"" + shown(row, column) + "\"");
        }
        return v;
    }

    /** Appends a number ≥ 0, or a missing value when the field is absent. */
    static void appendNonNegative(DoubleColumn target, TokenizedRow row, int column) {
        if (!present(row, column)) {
            target.appendMissing();
            return;
        }
        double v = finite(row, column);
        if (v < 0) {
            throw row.error(column, "expected a number >= 0, found \"" + shown(row, column) + "\"");
        }
        target.append(v);
    }

    /** Appends a whole number ≥ 0 (a count), or a missing value when the field is absent. */
    static void appendCount(LongColumn target, TokenizedRow row, int column) {
        if (!present(row, column)) {
            target.appendMissing();
            return;
        }
        BigDecimal exact = row.exactDecimalOrZero(column);
        long n;
        try {
            n = exact.longValueExact();
        } catch (ArithmeticException e) {
            n = -1;
        }
        if (n < 0) {
            throw row.error(column, "expected a whole number >= 0, found \"" + shown(row, column) + "\"");
        }
        target.append(n);
    }

    /** Appends the timestamp as a UTC date-time (bare timestamps are UTC), or a missing value. */
    static void appendUtc(DateTimeColumn target, TokenizedRow row, int column) {
        if (!present(row, column)) {
            target.appendMissing();
            return;
        }
        target.append(utc(row.epochSecond(column, ZoneOffset.UTC)));
    }

    /** The UTC date-time of an epoch second. */
    static LocalDateTime utc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    /** The field as written, shortened and on one line, for messages. */
    static String shown(TokenizedRow row, int column) {
        return row.shown(column);
    }
}
