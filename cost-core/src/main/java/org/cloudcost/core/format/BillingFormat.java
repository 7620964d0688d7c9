package org.cloudcost.core.format;

/**
 * A billing file format cloudcost can read, found through {@link java.util.ServiceLoader}: core
 * ships FOCUS; {@code providers-aws} adds the CUR formats and {@code providers-aliyun} the
 * Alibaba Cloud bill exports, without core knowing them. Register an implementation in
 * {@code META-INF/services/org.cloudcost.core.format.BillingFormat}.
 *
 * <pre>{@code
 * public final class MyExportFormat implements BillingFormat {
 *     public String id() { return "my-export"; }
 *     public String description() { return "My billing export (CSV)"; }
 *     public boolean matches(CsvHeader h) { return h.has("MyCost") && h.has("MyDay"); }
 *     public BillingRowMapper bind(CsvHeader h, BillingContext ctx) {
 *         int cost = h.require("MyCost");
 *         int day = h.require("MyDay");
 *         return BillingRowMapper.of(cost, (row, line) -> line
 *                 .chargeDay(row.epochDay(day, ZoneOffset.UTC))
 *                 .billedCost(row.decimal(cost)));
 *     }
 * }
 * }</pre>
 *
 * <p>The core opens the file (plain or gzip, with or without a byte-order mark), tokenizes it,
 * checks every record has the header's field count, keeps the exact source total of the
 * billed-cost column, and aggregates the mapped lines into the {@code BillingFrame}.
 */
public interface BillingFormat {

    /** Short, stable id a user can force with {@code --billing-format} (e.g. {@code focus}). */
    String id();

    /** One line naming the format and its versions, listed when no format matches a file. */
    String description();

    /** True when this format recognises the header. Must be cheap and must not throw. */
    boolean matches(CsvHeader header);

    /**
     * Detection priority when several formats match (higher wins); a specific format beats a
     * generic one. Default 0.
     */
    default int priority() {
        return 0;
    }

    /**
     * The text encoding of the file's bytes. Default UTF-8; a format whose files come in other
     * encodings (GBK for Excel in China) inspects {@code sample}, the first bytes of the file.
     */
    default java.nio.charset.Charset charset(byte[] sample) {
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    /**
     * Resolves the columns this format needs and returns the mapper for the file's records.
     *
     * @throws org.cloudcost.core.InputException when a mandatory column is missing
     */
    BillingRowMapper bind(CsvHeader header, BillingContext context);
}
