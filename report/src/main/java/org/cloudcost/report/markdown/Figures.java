package org.cloudcost.report.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures only report.md prints, rounded as {@code summary.json} rounds them: the savings
 * percentage to two decimals, the ROI multiple and payback days to one; all half up. Money and
 * shares are {@link org.cloudcost.report.internal.MoneyText}'s, shared with the other outputs.
 */
final class Figures {
    private Figures() {
    }

    /** A percentage already computed, two decimals: {@code "11.62%"}. */
    static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code 163.04 → "163.0x"}; {@code "-"} when absent. */
    static String multiple(Optional<BigDecimal> v) {
        return v.map(x -> x.setScale(1, RoundingMode.HALF_UP).toPlainString() + "x").orElse("-");
    }

    /** {@code 2.24 → "2.2 days"}; {@code "-"} when absent. */
    static String days(Optional<BigDecimal> v) {
        return v.map(x -> x.setScale(1, RoundingMode.HALF_UP).toPlainString() + " days").orElse("-");
    }
}
