package org.cloudcost.report.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as report.md prints them, the same in every locale and rounded as {@code summary.json}
 * rounds them: money to cents, the savings percentage to two decimals, shares to one, the ROI
 * multiple and payback days to one; all half up.
 */
final class Figures {
    private Figures() {
    }

    /** {@code 1234.565 → "1,234.57"}. */
    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal: {@code "11.6%"}; {@code "-"} when the whole is zero. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "-";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
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
