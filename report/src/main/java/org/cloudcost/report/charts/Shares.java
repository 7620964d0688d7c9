package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole as a percentage with one decimal, as the text and JSON outputs show it. */
final class Shares {
    private Shares() {
    }

    /** {@code 47.25 of 100 → "47.3%"}; {@code "-"} when the whole is zero. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "-";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
