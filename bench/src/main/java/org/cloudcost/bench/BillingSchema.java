package org.cloudcost.bench;

import java.util.List;
import java.util.Locale;

/**
 * The columns of each benchmark input that DuckDB groups by: the dimensions cloudcost's billing
 * frame keys on (resource, account, service, usage type or SKU, region, charge category or line
 * item type, currency, charge day) and the billed cost, in each input's own names.
 *
 * <pre>{@code
 * BillingSchema s = BillingSchema.of(columnNames);        // CUR, CUR2 or FOCUS
 * String sql = "SELECT " + String.join(", ", s.keys()) + " ...";
 * }</pre>
 */
enum BillingSchema {
    /** Legacy CUR CSV: {@code lineItem/…} names. */
    CUR("lineItem/UnblendedCost", "lineItem/UsageStartDate", "lineItem/CurrencyCode",
            List.of("lineItem/ResourceId", "lineItem/UsageAccountId", "lineItem/ProductCode", "lineItem/UsageType",
                    "product/region", "lineItem/LineItemType")),
    /** CUR 2.0 (Data Exports): snake-case names. */
    CUR2("line_item_unblended_cost", "line_item_usage_start_date", "line_item_currency_code",
            List.of("line_item_resource_id", "line_item_usage_account_id", "line_item_product_code",
                    "line_item_usage_type", "product_region_code", "line_item_line_item_type")),
    /** FOCUS 1.x. */
    FOCUS("BilledCost", "ChargePeriodStart", "BillingCurrency",
            List.of("ResourceId", "SubAccountId", "ServiceName", "SkuId", "RegionId", "ChargeCategory"));

    private final String cost;
    private final String start;
    private final String currency;
    private final List<String> keys;

    BillingSchema(String cost, String start, String currency, List<String> keys) {
        this.cost = cost;
        this.start = start;
        this.currency = currency;
        this.keys = keys;
    }

    /** The billed-cost column. */
    String cost() {
        return cost;
    }

    /** The charge start, truncated to the day for the key. */
    String start() {
        return start;
    }

    /** The currency column. */
    String currency() {
        return currency;
    }

    /** The other key columns. */
    List<String> keys() {
        return keys;
    }

    /**
     * The schema whose cost column is among {@code columns} (any case).
     *
     * @throws IllegalArgumentException when none is
     */
    static BillingSchema of(List<String> columns) {
        List<String> lower = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        for (BillingSchema s : values()) {
            if (lower.contains(s.cost.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("neither CUR, CUR 2.0 nor FOCUS: no lineItem/UnblendedCost, "
                + "line_item_unblended_cost or BilledCost among " + columns);
    }
}
