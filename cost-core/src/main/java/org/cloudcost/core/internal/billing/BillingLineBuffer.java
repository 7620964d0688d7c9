package org.cloudcost.core.internal.billing;

import java.util.Arrays;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingLine;

/**
 * The core's {@link BillingLine}: one record on its way into the billing frame, reused for every
 * record of a file, with the read side the aggregator needs.
 */
public final class BillingLineBuffer implements BillingLine {
    /** Index of each text dimension in {@link #dimensions()}; the order of the frame's columns. */
    public static final int PROVIDER = 0, BILLING_ACCOUNT = 1, SUB_ACCOUNT = 2, CHARGE_CATEGORY = 3,
            SERVICE_CATEGORY = 4, SERVICE_NAME = 5, REGION = 6, RESOURCE_ID = 7, RESOURCE_TYPE = 8,
            SKU = 9, PRICING_UNIT = 10, CURRENCY = 11;
    /** Number of fixed text dimensions. */
    public static final int FIXED_DIMENSIONS = 12;

    private final TagColumns tagColumns;
    private final String[] dims;
    private final int[] tagRanks;
    private int billingPeriodStartDay;
    private int chargeDay;
    private double pricingQuantity;
    private double listCost;
    private double billedCost;
    private double effectiveCost;
    private boolean effectiveCostSet;
    private String skipReason;

    /** A line whose frame carries the given tag columns. */
    public BillingLineBuffer(TagColumns tagColumns) {
        this.tagColumns = tagColumns;
        this.dims = new String[FIXED_DIMENSIONS + tagColumns.columns().size()];
        this.tagRanks = new int[tagColumns.columns().size()];
        reset();
    }

    /** Clears every field; called by the core before each record. */
    public void reset() {
        Arrays.fill(dims, "");
        Arrays.fill(tagRanks, Integer.MAX_VALUE);
        billingPeriodStartDay = Integer.MIN_VALUE;
        chargeDay = Integer.MIN_VALUE;
        pricingQuantity = 0;
        listCost = 0;
        billedCost = 0;
        effectiveCost = 0;
        effectiveCostSet = false;
        skipReason = null;
    }

    private BillingLine set(int i, String value) {
        dims[i] = value == null ? "" : value;
        return this;
    }

    /** FOCUS ProviderName (or ServiceProviderName in 1.3). */
    @Override
    public BillingLine provider(String v) { return set(PROVIDER, v); }
    /** FOCUS BillingAccountId; kept as text (leading zeros matter). */
    @Override
    public BillingLine billingAccount(String v) { return set(BILLING_ACCOUNT, v); }
    /** FOCUS SubAccountId (AWS linked account, Alibaba member account). */
    @Override
    public BillingLine subAccount(String v) { return set(SUB_ACCOUNT, v); }
    /** FOCUS ChargeCategory: Usage, Purchase, Tax, Credit or Adjustment. */
    @Override
    public BillingLine chargeCategory(String v) { return set(CHARGE_CATEGORY, v); }
    /** FOCUS ServiceCategory: Compute, Databases, Storage, Networking, …, Other. */
    @Override
    public BillingLine serviceCategory(String v) { return set(SERVICE_CATEGORY, v); }
    /** FOCUS ServiceName. */
    @Override
    public BillingLine serviceName(String v) { return set(SERVICE_NAME, v); }
    /** FOCUS RegionId. */
    @Override
    public BillingLine region(String v) { return set(REGION, v); }
    /** FOCUS ResourceId; empty for lines that are not about one resource. */
    @Override
    public BillingLine resourceId(String v) { return set(RESOURCE_ID, v); }
    /** FOCUS ResourceType. */
    @Override
    public BillingLine resourceType(String v) { return set(RESOURCE_TYPE, v); }
    /** FOCUS SkuId, or the instance type where the provider has no SKU. */
    @Override
    public BillingLine sku(String v) { return set(SKU, v); }
    /** FOCUS PricingUnit. */
    @Override
    public BillingLine pricingUnit(String v) { return set(PRICING_UNIT, v); }
    /** FOCUS BillingCurrency (ISO 4217). */
    @Override
    public BillingLine currency(String v) { return set(CURRENCY, v); }

    /** First day of the billing period, as days since 1970-01-01. */
    @Override
    public BillingLine billingPeriodStartDay(int epochDay) { this.billingPeriodStartDay = epochDay; return this; }
    /** Day of the charge, as days since 1970-01-01. */
    @Override
    public BillingLine chargeDay(int epochDay) { this.chargeDay = epochDay; return this; }
    /** FOCUS PricingQuantity. */
    @Override
    public BillingLine pricingQuantity(double v) { this.pricingQuantity = v; return this; }
    /** FOCUS ListCost. */
    @Override
    public BillingLine listCost(double v) { this.listCost = v; return this; }
    /** FOCUS BilledCost: what the invoice charges. */
    @Override
    public BillingLine billedCost(double v) { this.billedCost = v; return this; }
    /** FOCUS EffectiveCost (amortized, after discounts); defaults to BilledCost when never set. */
    @Override
    public BillingLine effectiveCost(double v) { this.effectiveCost = v; this.effectiveCostSet = true; return this; }

    /**
     * Records a tag; a key the tag columns do not carry is ignored, and when several raw keys
     * feed one column the best-ranked wins ({@link TagColumns#rankOf}: {@code env} over
     * {@code environment} over {@code stage}), whatever their order on the line.
     */
    @Override
    public BillingLine tag(String rawKey, String value) {
        int slot = tagColumns.columnOf(rawKey);
        if (slot < 0 || value == null || value.isEmpty()) {
            return this;
        }
        int rank = tagColumns.rankOf(rawKey);
        if (rank < tagRanks[slot]) {
            dims[FIXED_DIMENSIONS + slot] = value;
            tagRanks[slot] = rank;
        }
        return this;
    }

    /** Leaves this record out of the frame; the read report lists it with its cost and reason. */
    @Override
    public void skip(String reason) {
        this.skipReason = reason;
    }

    /** The text dimensions: the fixed ones by the index constants, then one per tag column. */
    public String[] dimensions() { return dims; }
    /** @return the billing period start day, or {@code Integer.MIN_VALUE} when not set */
    public int billingPeriodStartDay() { return billingPeriodStartDay; }
    /** @return the charge day, or {@code Integer.MIN_VALUE} when not set */
    public int chargeDay() { return chargeDay; }
    public double pricingQuantity() { return pricingQuantity; }
    public double listCost() { return listCost; }
    public double billedCost() { return billedCost; }
    public double effectiveCost() { return effectiveCostSet ? effectiveCost : billedCost; }
    /** The reason given to {@link #skip}; empty when the line is kept. */
    public java.util.Optional<String> skipReason() { return java.util.Optional.ofNullable(skipReason); }
    /** The tag columns this line carries. */
    public TagColumns tagColumns() { return tagColumns; }
}
