package org.cloudcost.core.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * One price of a catalog, with where it comes from: {@code storage.Standard.gbMonth = 0.12
 * CNY/GB-month, help.aliyun.com/zh/oss/storage-fees, read 2026-11-22}. A tiered price lists its
 * tiers (marginal unit prices, each up to a cumulative quantity); {@link #cost(double)} applies
 * them.
 *
 * <pre>{@code
 * Price cdn = catalog.price("cdn.traffic.gb").orElseThrow();
 * cdn.cost(60_000);      // 10 TB at the first tier, 40 TB at the second, the rest at the third
 * }</pre>
 *
 * @param key the catalog key
 * @param value the unit price (the first tier's for a tiered price)
 * @param unit e.g. {@code CNY/GB-month}, {@code USD/h}, {@code share}
 * @param source where the figure was read (a URL or document)
 * @param read when it was read or published, {@code YYYY-MM-DD} (or as precise as known)
 * @param note caveats: approximate, older, third-party; {@code ""} when none
 * @param tiers the tiers of a tiered price, in order; empty for a flat price
 */
public record Price(String key, BigDecimal value, String unit, String source, String read, String note,
                    List<Tier> tiers) {

    /** One tier: {@code value} per unit for the quantity up to {@code upTo} (null for "and above"). */
    public record Tier(BigDecimal upTo, BigDecimal value) {
        public Tier {
            Objects.requireNonNull(value, "value");
        }
    }

    public Price {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
        read = read == null ? "" : read;
        note = note == null ? "" : note;
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** A copy with another value, from {@code source} (a configuration override drops the tiers). */
    public Price withValue(BigDecimal newValue, String newSource) {
        return new Price(key, newValue, unit, newSource, "", "set in the configuration", List.of());
    }

    /** The unit price as a double. */
    public double amount() {
        return value.doubleValue();
    }

    /**
     * The cost of {@code quantity} units: flat {@code value × quantity}, or tier by tier, each
     * tier's unit price on the quantity between the previous tier's {@code upTo} and its own;
     * quantity above the last tier's {@code upTo} is priced at the last tier's value.
     */
    public BigDecimal cost(double quantity) {
        BigDecimal q = BigDecimal.valueOf(quantity);
        if (tiers.isEmpty()) {
            return value.multiply(q, MathContext.DECIMAL64);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal from = BigDecimal.ZERO;
        for (Tier t : tiers) {
            if (from.compareTo(q) >= 0) {
                break;
            }
            BigDecimal to = t.upTo() == null || t.upTo().compareTo(q) > 0 ? q : t.upTo();
            if (to.compareTo(from) > 0) {
                total = total.add(to.subtract(from).multiply(t.value(), MathContext.DECIMAL64));
                from = to;
            }
        }
        if (from.compareTo(q) < 0) { // above the last tier's upTo: its price goes on
            total = total.add(q.subtract(from).multiply(tiers.get(tiers.size() - 1).value(), MathContext.DECIMAL64));
        }
        return total;
    }

    @Override
    public String toString() {
        return key + " = " + value.toPlainString() + " " + unit + (tiers.isEmpty() ? "" : " (tiered " + tiers.size() + ")")
                + " [" + source + (read.isEmpty() ? "" : ", " + read) + "]";
    }
}
