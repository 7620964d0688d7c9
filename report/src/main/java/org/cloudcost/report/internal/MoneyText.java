package org.cloudcost.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money and shares as text, the one way every text output of the report writes them (the
 * terminal tables, report.md and the PNG charts' titles and labels): cents rounded half up,
 * thousands separators, the same in every locale; a share with one decimal, as
 * {@code summary.json} rounds it.
 *
 * <pre>{@code
 * MoneyText.money(new BigDecimal("1234.565"));                      // "1,234.57"
 * MoneyText.share(new BigDecimal("850000"), new BigDecimal("1800000")); // "47.2%"
 * }</pre>
 */
public final class MoneyText {
    private MoneyText() {
    }

    /** {@code 1234.565 → "1,234.57"}. */
    public static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal: {@code "54.1%"}; {@code "-"} when the whole is zero. */
    public static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "-";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
