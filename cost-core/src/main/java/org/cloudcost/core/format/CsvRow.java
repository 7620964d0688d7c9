package org.cloudcost.core.format;

import java.time.ZoneId;

import org.cloudcost.core.InputException;

/**
 * One record of a CSV input, read in place: typed accessors parse the field's bytes without
 * allocating and report a bad value as an {@link InputException} that names file, line,
 * column and what was expected. A field is <em>absent</em> when it is empty or the literal
 * {@code NULL} (any case), as real FOCUS exports write it.
 *
 * <pre>{@code
 * public void map(CsvRow row, BillingLine line) {
 *     line.serviceName(row.text(serviceName));                  // deduplicated string
 *     line.chargeDay(row.epochDay(chargePeriodStart, ZoneOffset.UTC));
 *     if (row.isAbsent(tags)) { ... }
 * }
 * }</pre>
 *
 * <p>Valid only during the call it is passed to.
 */
public interface CsvRow {

    /** The file as the user named it. */
    String file();

    /** 1-based physical line where this record starts. */
    long line();

    /** True when the field is empty or {@code NULL}. */
    boolean isAbsent(int column);

    /**
     * The field as text, deduplicated per column (repeated values return the same
     * {@code String} instance, so a month of line items costs memory per distinct value),
     * {@code ""} when absent.
     */
    String text(int column);

    /** True when the field equals {@code literal}, ignoring ASCII case; allocates nothing. */
    boolean equalsIgnoreCase(int column, String literal);

    /**
     * The field as a decimal number ({@code -12.5}, {@code 1e-3}, surrounding blanks allowed).
     *
     * @throws InputException when absent or not a number
     */
    double decimal(int column);

    /** The field as a decimal number, or {@code fallback} when absent. */
    double decimalOr(int column, double fallback);

    /**
     * The field as a timestamp, in seconds since the epoch. Accepts ISO 8601 with {@code T} or a
     * blank between date and time, optional seconds and fraction, {@code Z} or an offset, and a
     * bare date. A timestamp without an offset is read in {@code zoneWithoutOffset}.
     *
     * @throws InputException when absent or not a timestamp
     */
    long epochSecond(int column, ZoneId zoneWithoutOffset);

    /**
     * The calendar day, in {@code zone}, of the timestamp in the field, as days since
     * 1970-01-01; a timestamp without an offset is read in {@code zone} too. FOCUS days are UTC
     * days; Alibaba Cloud bill days are China (UTC+8) days.
     *
     * @throws InputException when absent or not a timestamp
     */
    int epochDay(int column, ZoneId zone);

    /** An error positioned at this record and column, for the caller to throw. */
    InputException error(int column, String problem);
}
