package org.cloudcost.core.format;

/**
 * One billing record on its way into the {@code BillingFrame}, filled by a
 * {@link BillingRowMapper}. The core resets it before every record: text fields default to
 * {@code ""}, amounts to 0, EffectiveCost to BilledCost.
 *
 * <pre>{@code
 * line.provider("AWS").billingAccount(row.text(acct)).chargeCategory("Usage")
 *     .chargeDay(row.epochDay(start, ZoneOffset.UTC))
 *     .billedCost(row.decimal(cost))
 *     .tag("Environment", "prod");       // lands in the env column
 * }</pre>
 */
public interface BillingLine {
    /** FOCUS ProviderName (or ServiceProviderName in 1.3). */
    BillingLine provider(String v);

    /** FOCUS BillingAccountId; kept as text (leading zeros matter). */
    BillingLine billingAccount(String v);

    /** FOCUS SubAccountId (AWS linked account, Alibaba member account). */
    BillingLine subAccount(String v);

    /** FOCUS ChargeCategory: Usage, Purchase, Tax, Credit or Adjustment. */
    BillingLine chargeCategory(String v);

    /** FOCUS ServiceCategory: Compute, Databases, Storage, Networking, …, Other. */
    BillingLine serviceCategory(String v);

    /** FOCUS ServiceName. */
    BillingLine serviceName(String v);

    /** FOCUS RegionId. */
    BillingLine region(String v);

    /** FOCUS ResourceId; empty for lines that are not about one resource. */
    BillingLine resourceId(String v);

    /** FOCUS ResourceType. */
    BillingLine resourceType(String v);

    /** FOCUS SkuId, or the instance type where the provider has no SKU. */
    BillingLine sku(String v);

    /** FOCUS PricingUnit. */
    BillingLine pricingUnit(String v);

    /** FOCUS BillingCurrency (ISO 4217). */
    BillingLine currency(String v);

    /** First day of the billing period, as days since 1970-01-01; the charge day's month when never set. */
    BillingLine billingPeriodStartDay(int epochDay);

    /** Day of the charge, as days since 1970-01-01; mandatory. */
    BillingLine chargeDay(int epochDay);

    /** FOCUS PricingQuantity. */
    BillingLine pricingQuantity(double v);

    /** FOCUS ListCost. */
    BillingLine listCost(double v);

    /** FOCUS BilledCost: what the invoice charges. */
    BillingLine billedCost(double v);

    /** FOCUS EffectiveCost (amortized, after discounts); BilledCost when never set. */
    BillingLine effectiveCost(double v);

    /**
     * Records a tag; a key the tag columns do not carry is ignored, and when several raw keys
     * feed one column the best-ranked wins ({@code env} over {@code environment} over
     * {@code stage}; see {@link org.cloudcost.core.config.TagColumns#rankOf}), whatever their
     * order on the line.
     */
    BillingLine tag(String rawKey, String value);

    /** Leaves this record out of the frame; the read report lists it with its cost and reason. */
    void skip(String reason);
}
