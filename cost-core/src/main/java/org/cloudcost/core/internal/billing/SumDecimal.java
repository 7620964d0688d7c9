package org.cloudcost.core.internal.billing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Turns a compensated double sum into a {@link BigDecimal} without the binary noise of its last
 * bits ({@code 1.1 + 2.2} is {@code 3.3}, not {@code 3.3000000000000003}): 15 significant
 * digits, what a double holds reliably (more where needed to keep two decimals), with trailing
 * zeros dropped. Not rounding to cents:
 * that happens only when a figure is written.
 */
public final class SumDecimal {
    private static final MathContext SIGNIFICANT = new MathContext(15);

    private SumDecimal() {
    }

    /** The decimal value of {@code sum}, to 15 significant digits. */
    public static BigDecimal of(double sum) {
        if (sum == 0 || !Double.isFinite(sum)) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(sum);
        int integerDigits = exact.precision() - exact.scale();
        // 15 significant digits, but never fewer than two decimals: cents survive in large totals
        MathContext context = integerDigits + 2 > SIGNIFICANT.getPrecision()
                ? new MathContext(integerDigits + 2) : SIGNIFICANT;
        BigDecimal v = exact.round(context).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
