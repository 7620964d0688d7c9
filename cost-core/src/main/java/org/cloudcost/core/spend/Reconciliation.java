package org.cloudcost.core.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Does the report add up to the bill? The source total is the exact sum of the billed-cost
 * column over every data line read; the reported total is the sum of the billing frame; lines
 * the readers left out are named with their cost. {@code difference = source − reported −
 * excluded} must be zero to the cent.
 *
 * <pre>{@code
 * Reconciliation r = dataset.spend().reconciliation();
 * if (!r.reconciled()) throw new IllegalStateException("report does not match the bill: " + r);
 * }</pre>
 *
 * @param sourceBilledCost exact total of the inputs (in the summary currency)
 * @param reportedBilledCost total of the billing frame (in the summary currency)
 * @param excludedBilledCost cost on lines the readers skipped, named in the read report
 * @param difference {@code source − reported − excluded}
 */
public record Reconciliation(BigDecimal sourceBilledCost, BigDecimal reportedBilledCost,
                             BigDecimal excludedBilledCost, BigDecimal difference) {

    /** Half a cent: the tolerance of {@link #reconciled()}. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /** Builds the record, computing the difference. */
    public static Reconciliation of(BigDecimal source, BigDecimal reported, BigDecimal excluded) {
        return new Reconciliation(source, reported, excluded, source.subtract(reported).subtract(excluded));
    }

    /** True when the difference rounds to zero cents. */
    public boolean reconciled() {
        return difference.abs().compareTo(TOLERANCE) < 0;
    }

    @Override
    public String toString() {
        return "source " + cents(sourceBilledCost) + " = reported " + cents(reportedBilledCost) + " + excluded "
                + cents(excludedBilledCost) + (reconciled() ? " (reconciled)" : " MISMATCH by " + difference.toPlainString());
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
