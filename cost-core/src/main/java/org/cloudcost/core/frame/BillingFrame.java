package org.cloudcost.core.frame;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A month (or more) of billing, in FOCUS column names, aggregated while reading to one row per
 * distinct combination of the text columns per charge day: memory follows resources × days,
 * not line items. Amounts are summed without drift and never rounded here.
 *
 * <pre>{@code
 * BillingFrame billing = CostDataset.read().billing(Path.of("bill.csv")).load().billing();
 * billing.table().summarize(BillingFrame.BILLED_COST, sum).by(BillingFrame.SERVICE_CATEGORY).print();
 * billing.tagColumns();                          // [env, team, app]
 * }</pre>
 *
 * <p>Columns, in order: {@value #PROVIDER_NAME}, {@value #BILLING_ACCOUNT_ID},
 * {@value #SUB_ACCOUNT_ID}, {@value #BILLING_PERIOD_START} (date), {@value #CHARGE_PERIOD_START}
 * (date, the charge day), {@value #CHARGE_CATEGORY}, {@value #SERVICE_CATEGORY},
 * {@value #SERVICE_NAME}, {@value #REGION_ID}, {@value #RESOURCE_ID}, {@value #RESOURCE_TYPE},
 * {@value #SKU_ID}, {@value #PRICING_UNIT}, {@value #PRICING_QUANTITY}, {@value #LIST_COST},
 * {@value #BILLED_COST}, {@value #EFFECTIVE_COST} (doubles), {@value #BILLING_CURRENCY}, then one
 * text column per normalized tag key.
 */
public final class BillingFrame extends Frame {
    public static final String PROVIDER_NAME = "ProviderName";
    public static final String BILLING_ACCOUNT_ID = "BillingAccountId";
    public static final String SUB_ACCOUNT_ID = "SubAccountId";
    public static final String BILLING_PERIOD_START = "BillingPeriodStart";
    public static final String CHARGE_PERIOD_START = "ChargePeriodStart";
    public static final String CHARGE_CATEGORY = "ChargeCategory";
    public static final String SERVICE_CATEGORY = "ServiceCategory";
    public static final String SERVICE_NAME = "ServiceName";
    public static final String REGION_ID = "RegionId";
    public static final String RESOURCE_ID = "ResourceId";
    public static final String RESOURCE_TYPE = "ResourceType";
    public static final String SKU_ID = "SkuId";
    public static final String PRICING_UNIT = "PricingUnit";
    public static final String PRICING_QUANTITY = "PricingQuantity";
    public static final String LIST_COST = "ListCost";
    public static final String BILLED_COST = "BilledCost";
    public static final String EFFECTIVE_COST = "EffectiveCost";
    public static final String BILLING_CURRENCY = "BillingCurrency";

    /** The FOCUS 1.0–1.3 ServiceCategory values, the names spend is reported under. */
    public static final List<String> SERVICE_CATEGORIES = List.of("AI and Machine Learning", "Analytics",
            "Business Applications", "Compute", "Databases", "Developer Tools", "Multicloud", "Identity", "Integration",
            "Internet of Things", "Management and Governance", "Media", "Migration", "Mobile", "Networking", "Security",
            "Storage", "Web", "Other");

    /** The FOCUS ChargeCategory values. */
    public static final List<String> CHARGE_CATEGORIES = List.of("Usage", "Purchase", "Tax", "Credit", "Adjustment");

    /** The fixed columns, in order, before the tag columns. */
    public static final List<String> FIXED_COLUMNS = List.of(PROVIDER_NAME, BILLING_ACCOUNT_ID, SUB_ACCOUNT_ID,
            BILLING_PERIOD_START, CHARGE_PERIOD_START, CHARGE_CATEGORY, SERVICE_CATEGORY, SERVICE_NAME, REGION_ID,
            RESOURCE_ID, RESOURCE_TYPE, SKU_ID, PRICING_UNIT, PRICING_QUANTITY, LIST_COST, BILLED_COST,
            EFFECTIVE_COST, BILLING_CURRENCY);

    private final List<String> tagColumns;

    /**
     * Wraps a table that has exactly the fixed columns followed by {@code tagColumns}.
     *
     * @throws IllegalArgumentException when the table's columns differ from the schema
     */
    public BillingFrame(Table table, List<String> tagColumns) {
        this(table, tagColumns, true);
    }

    /** As above; keeps {@code table} itself when {@code copy} is false (a table nobody else holds). */
    BillingFrame(Table table, List<String> tagColumns, boolean copy) {
        super(table, copy);
        this.tagColumns = List.copyOf(tagColumns);
        List<String> expected = Stream.concat(FIXED_COLUMNS.stream(), this.tagColumns.stream()).toList();
        if (!table.columnNames().equals(expected)) {
            throw new IllegalArgumentException("billing table columns " + table.columnNames() + " differ from " + expected);
        }
        for (String c : List.of(PRICING_QUANTITY, LIST_COST, BILLED_COST, EFFECTIVE_COST)) {
            if (table.column(c).type() != ColumnType.DOUBLE) {
                throw new IllegalArgumentException(c + " must be a DOUBLE column, is " + table.column(c).type());
            }
        }
    }

    /** An empty frame with the given tag columns. */
    public static BillingFrame empty(List<String> tagColumns) {
        return new BillingFrame(emptyTable(tagColumns), tagColumns);
    }

    /** A table with this schema and no rows, for builders. */
    public static Table emptyTable(List<String> tagColumns) {
        Table t = Table.create("billing");
        for (String c : FIXED_COLUMNS) {
            t.addColumns(switch (c) {
                case BILLING_PERIOD_START, CHARGE_PERIOD_START -> DateColumn.create(c);
                case PRICING_QUANTITY, LIST_COST, BILLED_COST, EFFECTIVE_COST -> DoubleColumn.create(c);
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
        return "BillingFrame: " + data().rowCount() + " rows x " + data().columnCount() + " columns (tags " + tagColumns + ")";
    }
}
