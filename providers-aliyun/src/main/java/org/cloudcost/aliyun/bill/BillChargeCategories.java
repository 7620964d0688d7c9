package org.cloudcost.aliyun.bill;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The FOCUS ChargeCategory of a bill line, from its 账单类型 (Item) and the sign of its
 * 应付金额 (Pretax Amount):
 * <ul>
 * <li>a refund, 退款 / {@code Refund}: {@code Credit};</li>
 * <li>an adjustment, 调账 / {@code Adjustment}: {@code Adjustment};</li>
 * <li>any other line with a negative amount (also when the export has no 账单类型 column):
 * {@code Credit};</li>
 * <li>everything else, subscription orders (预付订单, {@code SubscriptionOrder}) and
 * pay-as-you-go bills (后付费账单, {@code PayAsYouGoBill}) alike: {@code Usage}. The billing
 * method (消费类型, 计费方式) does not change the category.</li>
 * </ul>
 */
final class BillChargeCategories {
    static final String USAGE = "Usage";
    static final String CREDIT = "Credit";
    static final String ADJUSTMENT = "Adjustment";

    /** Bill type text → its own category, or "" when the type alone does not decide. */
    private final Map<String, String> byType = new HashMap<>();

    /** The category of a line of bill type {@code billType} ("" when unknown) and amount {@code billed}. */
    String of(String billType, double billed) {
        String byItsType = byType.computeIfAbsent(billType, BillChargeCategories::ofType);
        if (!byItsType.isEmpty()) {
            return byItsType;
        }
        return billed < 0 ? CREDIT : USAGE;
    }

    private static String ofType(String billType) {
        String t = billType.strip().toLowerCase(Locale.ROOT);
        if (t.contains("退款") || t.contains("refund")) {
            return CREDIT;
        }
        if (t.contains("调账") || t.contains("adjust")) {
            return ADJUSTMENT;
        }
        return "";
    }
}
