package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.util.Map;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;

/**
 * Reads Cost Explorer amounts: {@code Amount} is a string ({@code "12.3400000001"},
 * {@code "-0.5"}, {@code "1.2E-7"}), read as an exact {@link BigDecimal}, never a double.
 *
 * <pre>{@code
 * BigDecimal cost = CostAmounts.amount(group.metrics(), "UnblendedCost", "AWS Lambda on 2026-10-01");
 * }</pre>
 */
final class CostAmounts {
    private CostAmounts() {
    }

    /**
     * The amount of {@code metric}; zero when Cost Explorer left the metric out.
     *
     * @param where what the amount belongs to, for the message
     * @throws CloudcostException when the amount is not a decimal number
     */
    static BigDecimal amount(Map<String, MetricValue> metrics, String metric, String where) {
        MetricValue v = metrics == null ? null : metrics.get(metric);
        if (v == null || v.amount() == null || v.amount().isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(v.amount().strip());
        } catch (NumberFormatException e) {
            throw new CloudcostException("Cost Explorer returned the " + metric + " amount \"" + v.amount() + "\" for "
                    + where + ": expected a decimal number", e);
        }
    }

    /** True when {@code metrics} carries an amount for {@code metric}. */
    static boolean has(Map<String, MetricValue> metrics, String metric) {
        MetricValue v = metrics == null ? null : metrics.get(metric);
        return v != null && v.amount() != null && !v.amount().isBlank();
    }

    /** The unit (currency) of {@code metric}, or blank. */
    static String unit(Map<String, MetricValue> metrics, String metric) {
        MetricValue v = metrics == null ? null : metrics.get(metric);
        return v == null || v.unit() == null ? "" : v.unit().strip();
    }
}
