package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.math.BigDecimal;

/**
 * The FOCUS ChargeCategory of a {@code DescribeInstanceBill} line, from its {@code Item} (the bill
 * type: {@code SubscriptionOrder}, {@code PayAsYouGoBill}, {@code Refund}, {@code Adjustment}) and
 * the sign of its {@code PretaxAmount}:
 * <ul>
 *   <li>{@code Refund} → {@code Credit}; {@code Adjustment} → {@code Adjustment};</li>
 *   <li>any other line with a negative pretax amount → {@code Credit} (money given back);</li>
 *   <li>{@code SubscriptionOrder} → {@code Purchase} (a prepaid subscription, as FOCUS files
 *       subscriptions; the analysis counts Purchase as running cost like Usage);</li>
 *   <li>everything else ({@code PayAsYouGoBill}, blank, new values) → {@code Usage}.</li>
 * </ul>
 *
 * <pre>{@code
 * BssChargeCategory.of(item, new BigDecimal("42.24"));   // "Usage" for a PayAsYouGoBill
 * }</pre>
 */
public final class BssChargeCategory {
    private BssChargeCategory() {
    }

    /** The ChargeCategory of {@code item}, whose exact {@code PretaxAmount} is {@code pretaxAmount}. */
    public static String of(DescribeInstanceBillResponseBodyDataItems item, BigDecimal pretaxAmount) {
        String type = item.getItem() == null ? "" : item.getItem().strip();
        if (type.equalsIgnoreCase("Refund")) {
            return "Credit";
        }
        if (type.equalsIgnoreCase("Adjustment")) {
            return "Adjustment";
        }
        if (pretaxAmount.signum() < 0) {
            return "Credit";
        }
        if (type.equalsIgnoreCase("SubscriptionOrder")) {
            return "Purchase";
        }
        return "Usage";
    }
}
