package org.cloudcost.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money and shares as text: cents rounded half up, thousands separators, the same in every locale. */
final class MoneyText {
    private MoneyText() {
    }

    /** {@code 1234.565 → "1,234.57"}. */
    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code amount} as a percentage of {@code total}, one decimal: {@code "54.1%"}; {@code "-"} when the total is zero. */
    static String share(BigDecimal amount, BigDecimal total) {
        if (total.signum() == 0) {
            return "-";
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
