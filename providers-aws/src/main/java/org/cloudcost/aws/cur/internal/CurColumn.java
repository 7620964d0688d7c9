package org.cloudcost.aws.cur.internal;

import java.util.List;

/**
 * The columns of a Cost and Usage Report that cloudcost reads, each with its legacy name
 * ({@code lineItem/UnblendedCost}) and its CUR 2.0 name ({@code line_item_unblended_cost}, the
 * spelling Athena also gives legacy CUR columns). Names match without regard to case, so
 * {@code reservation/ReservationARN} and {@code reservation/ReservationArn} are one column. The
 * mapping onto the billing frame is documented in {@code docs/aws-cur.md}.
 *
 * <pre>{@code
 * CurColumn.UNBLENDED_COST.legacyName();   // lineItem/UnblendedCost
 * CurColumn.UNBLENDED_COST.cur2Names();    // [line_item_unblended_cost]
 * }</pre>
 */
public enum CurColumn {
    /** Usage, DiscountedUsage, SavingsPlanCoveredUsage, SavingsPlanNegation, Tax, Credit, Refund, RIFee, … */
    LINE_ITEM_TYPE("lineItem/LineItemType", "line_item_line_item_type"),
    /** Start of the charge, UTC. */
    USAGE_START_DATE("lineItem/UsageStartDate", "line_item_usage_start_date"),
    /** The cost at the rate of the account that used it, before discounts: the BilledCost. */
    UNBLENDED_COST("lineItem/UnblendedCost", "line_item_unblended_cost"),
    /** The unblended cost after discounts (EDP, private pricing); only in reports of accounts that have discounts. */
    NET_UNBLENDED_COST("lineItem/NetUnblendedCost", "line_item_net_unblended_cost"),
    /** ISO 4217 currency of the line's amounts. */
    CURRENCY_CODE("lineItem/CurrencyCode", "line_item_currency_code"),
    /** First instant of the billing period, UTC. */
    BILLING_PERIOD_START_DATE("bill/BillingPeriodStartDate", "bill_billing_period_start_date"),
    /** The management (payer) account that pays the bill. */
    PAYER_ACCOUNT_ID("bill/PayerAccountId", "bill_payer_account_id"),
    /** The account that used the resource. */
    USAGE_ACCOUNT_ID("lineItem/UsageAccountId", "line_item_usage_account_id"),
    /** {@code AmazonEC2}, {@code AmazonS3}, … */
    PRODUCT_CODE("lineItem/ProductCode", "line_item_product_code"),
    /** {@code Amazon Elastic Compute Cloud}; in CUR 2.0 usually a key of the {@link #PRODUCT} map. */
    PRODUCT_NAME("product/ProductName", "product_product_name"),
    /** {@code Compute Instance}, {@code Storage}, {@code NAT Gateway}, … */
    PRODUCT_FAMILY("product/productFamily", "product_product_family"),
    /** The instance type, {@code m5.large}, {@code db.r5.large}. */
    INSTANCE_TYPE("product/instanceType", "product_instance_type"),
    /** The region code, {@code us-east-1}. */
    REGION_CODE("product/regionCode", "product_region_code"),
    /** The region code in older reports. */
    REGION("product/region", "product_region"),
    /** The resource: an instance id, a volume id, an ARN, a bucket name. */
    RESOURCE_ID("lineItem/ResourceId", "line_item_resource_id"),
    /** The quantity used, in {@link #PRICING_UNIT}s. */
    USAGE_AMOUNT("lineItem/UsageAmount", "line_item_usage_amount"),
    /** {@code Hrs}, {@code GB-Mo}, {@code Requests}. */
    PRICING_UNIT("pricing/unit", "pricing_unit"),
    /** The cost at public on-demand prices: the ListCost. */
    PUBLIC_ON_DEMAND_COST("pricing/publicOnDemandCost", "pricing_public_on_demand_cost"),
    /** The amortized cost of Savings-Plan-covered usage. */
    SAVINGS_PLAN_EFFECTIVE_COST("savingsPlan/SavingsPlanEffectiveCost", "savings_plan_savings_plan_effective_cost"),
    /** {@link #SAVINGS_PLAN_EFFECTIVE_COST} after discounts. */
    NET_SAVINGS_PLAN_EFFECTIVE_COST("savingsPlan/NetSavingsPlanEffectiveCost", "savings_plan_net_savings_plan_effective_cost",
            "savings_plan_savings_plan_net_effective_cost"),
    /** The Savings Plan commitment up to this line. */
    SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE("savingsPlan/TotalCommitmentToDate", "savings_plan_total_commitment_to_date"),
    /** The part of that commitment used. */
    SAVINGS_PLAN_USED_COMMITMENT("savingsPlan/UsedCommitment", "savings_plan_used_commitment"),
    /** The amortized cost of reservation-covered usage. */
    RESERVATION_EFFECTIVE_COST("reservation/EffectiveCost", "reservation_effective_cost"),
    /** {@link #RESERVATION_EFFECTIVE_COST} after discounts. */
    RESERVATION_NET_EFFECTIVE_COST("reservation/NetEffectiveCost", "reservation_net_effective_cost"),
    /** The unused part of the reservation's amortized upfront fee for the period. */
    RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation_unused_amortized_upfront_fee_for_billing_period"),
    /** The unused part of the reservation's recurring fee. */
    RESERVATION_UNUSED_RECURRING_FEE("reservation/UnusedRecurringFee", "reservation_unused_recurring_fee"),
    /** {@link #RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE} after discounts. */
    RESERVATION_NET_UNUSED_AMORTIZED_UPFRONT_FEE("reservation/NetUnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation_net_unused_amortized_upfront_fee_for_billing_period"),
    /** {@link #RESERVATION_UNUSED_RECURRING_FEE} after discounts. */
    RESERVATION_NET_UNUSED_RECURRING_FEE("reservation/NetUnusedRecurringFee", "reservation_net_unused_recurring_fee"),
    /** The reservation a line belongs to; on a {@code Fee} line it marks an upfront reservation payment. */
    RESERVATION_ARN("reservation/ReservationARN", "reservation_reservation_a_r_n", "reservation_reservation_arn"),
    /** CUR 2.0 only: the product attributes not among the static columns, as a JSON object. */
    PRODUCT(null, "product"),
    /** CUR 2.0 only: the resource tags as a JSON object, {@code {"user_env":"prod"}}. */
    RESOURCE_TAGS(null, "resource_tags");

    private final String legacy;
    private final List<String> cur2;

    CurColumn(String legacy, String... cur2) {
        this.legacy = legacy;
        this.cur2 = List.of(cur2);
    }

    /** The legacy CUR name, or null for a column only CUR 2.0 has. */
    public String legacyName() {
        return legacy;
    }

    /** The CUR 2.0 names, the one AWS writes first. */
    public List<String> cur2Names() {
        return cur2;
    }
}
