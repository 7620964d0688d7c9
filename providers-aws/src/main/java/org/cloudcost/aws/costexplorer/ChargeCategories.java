package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The FOCUS ChargeCategory of a Cost Explorer line. Cost Explorer groups by service, not by
 * line-item type, so the category is read from what a service-day-account group shows:
 * <ul>
 * <li>the service {@code Tax} → {@code Tax};</li>
 * <li>a Savings Plans service ({@code Savings Plans for AWS Compute usage}, …) → {@code Purchase}
 *     (the plan's fee, billed as its own service);</li>
 * <li>a negative unblended cost → {@code Credit} (credits and refunds exceeded the day's usage);</li>
 * <li>anything else → {@code Usage}.</li>
 * </ul>
 * Credits and refunds smaller than the day's usage stay netted inside a {@code Usage} line: the
 * total is exact, the split is not. The CUR (see {@code docs/aws-cur.md}) keeps every line type.
 *
 * <pre>{@code
 * ChargeCategories.of("Tax", new BigDecimal("3.10"));                  // Tax
 * ChargeCategories.of("AWS Lambda", new BigDecimal("-1.00"));          // Credit
 * }</pre>
 */
final class ChargeCategories {
    private ChargeCategories() {
    }

    static String of(String service, BigDecimal unblended) {
        String s = service == null ? "" : service.strip().toLowerCase(Locale.ROOT);
        if (s.equals("tax")) {
            return "Tax";
        }
        if (s.startsWith("savings plans for")) {
            return "Purchase";
        }
        return unblended.signum() < 0 ? "Credit" : "Usage";
    }
}
