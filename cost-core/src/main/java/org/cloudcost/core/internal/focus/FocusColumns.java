package org.cloudcost.core.internal.focus;

/** The FOCUS column names cloudcost reads. */
final class FocusColumns {
    static final String BILLED_COST = "BilledCost";
    static final String LIST_COST = "ListCost";
    static final String EFFECTIVE_COST = "EffectiveCost";
    static final String PRICING_QUANTITY = "PricingQuantity";
    static final String PRICING_UNIT = "PricingUnit";
    static final String BILLING_CURRENCY = "BillingCurrency";
    static final String BILLING_ACCOUNT_ID = "BillingAccountId";
    static final String SUB_ACCOUNT_ID = "SubAccountId";
    static final String BILLING_PERIOD_START = "BillingPeriodStart";
    static final String CHARGE_PERIOD_START = "ChargePeriodStart";
    static final String CHARGE_CATEGORY = "ChargeCategory";
    static final String SERVICE_CATEGORY = "ServiceCategory";
    static final String SERVICE_NAME = "ServiceName";
    static final String PROVIDER_NAME = "ProviderName";
    /** FOCUS 1.3's replacement for ProviderName. */
    static final String SERVICE_PROVIDER_NAME = "ServiceProviderName";
    static final String REGION_ID = "RegionId";
    static final String RESOURCE_ID = "ResourceId";
    static final String RESOURCE_TYPE = "ResourceType";
    static final String SKU_ID = "SkuId";
    static final String TAGS = "Tags";

    private FocusColumns() {
    }
}
