package org.cloudcost.aws.cur.internal;

import java.util.Locale;

/**
 * The CUR's {@code lineItem/LineItemType} and the FOCUS ChargeCategory each one maps to, as
 * {@code FORMATS.md} §1 sets out:
 * <ul>
 * <li>{@code Usage}, {@code DiscountedUsage}, {@code SavingsPlanCoveredUsage} → Usage;</li>
 * <li>{@code SavingsPlanNegation}, {@code Credit}, {@code Refund} → Credit;</li>
 * <li>{@code Tax} → Tax;</li>
 * <li>{@code RIFee}, {@code SavingsPlanRecurringFee}, {@code SavingsPlanUpfrontFee}, {@code Fee} → Purchase;</li>
 * <li>the discount types FORMATS.md does not name ({@code Discount}, {@code BundledDiscount},
 * {@code EdpDiscount}, {@code PrivateRateDiscount}, and any other type ending in
 * {@code Discount}) → Usage, as the FinOps Foundation's converter maps them
 * ({@code focus-conversion-rules-aws-cur.csv}): they lower the cost of the usage they discount;</li>
 * <li>a type none of these names → Credit when its amount is negative, else Usage: still billed
 * money, never dropped.</li>
 * </ul>
 * Types match without regard to case.
 */
enum LineItemType {
    USAGE("Usage", Category.USAGE),
    DISCOUNTED_USAGE("DiscountedUsage", Category.USAGE),
    SAVINGS_PLAN_COVERED_USAGE("SavingsPlanCoveredUsage", Category.USAGE),
    SAVINGS_PLAN_NEGATION("SavingsPlanNegation", Category.CREDIT),
    CREDIT("Credit", Category.CREDIT),
    REFUND("Refund", Category.CREDIT),
    TAX("Tax", Category.TAX),
    RI_FEE("RIFee", Category.PURCHASE),
    SAVINGS_PLAN_RECURRING_FEE("SavingsPlanRecurringFee", Category.PURCHASE),
    SAVINGS_PLAN_UPFRONT_FEE("SavingsPlanUpfrontFee", Category.PURCHASE),
    FEE("Fee", Category.PURCHASE),
    /** Discount, BundledDiscount, EdpDiscount, PrivateRateDiscount, …: any type ending in "Discount". */
    DISCOUNT(null, Category.USAGE),
    /** A type this table does not know: Credit when negative, else Usage. */
    OTHER(null, null);

    /** FOCUS ChargeCategory values, as BillingFrame spells them. */
    static final class Category {
        static final String USAGE = "Usage";
        static final String CREDIT = "Credit";
        static final String TAX = "Tax";
        static final String PURCHASE = "Purchase";

        private Category() {
        }
    }

    private static final String DISCOUNT_SUFFIX = "discount";

    private final String cur;
    private final String category;

    LineItemType(String cur, String category) {
        this.cur = cur;
        this.category = category;
    }

    /** The type of {@code text} (trimmed, any case). */
    static LineItemType of(String text) {
        String t = text.strip();
        for (LineItemType type : values()) {
            if (type.cur != null && type.cur.equalsIgnoreCase(t)) {
                return type;
            }
        }
        return t.toLowerCase(Locale.ROOT).endsWith(DISCOUNT_SUFFIX) ? DISCOUNT : OTHER;
    }

    /** The FOCUS ChargeCategory of a line of this type billed {@code billed}. */
    String chargeCategory(double billed) {
        if (category != null) {
            return category;
        }
        return billed < 0 ? Category.CREDIT : Category.USAGE;
    }
}
