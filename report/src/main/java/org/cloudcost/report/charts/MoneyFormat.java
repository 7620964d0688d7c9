package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;

/**
 * Money on a chart: thousands separators, the same in every locale, whole units once amounts
 * reach {@value #WHOLE_UNITS_FROM} (cents only clutter an axis of thousands), cents below; or,
 * where bars are narrow, three significant digits with k, M or B ({@code 81.8k}). The currency
 * code goes in the axis title, not on every tick.
 */
final class MoneyFormat {
    /** From this largest absolute amount on, ticks and labels drop the cents. */
    static final double WHOLE_UNITS_FROM = 100;

    private MoneyFormat() {
    }

    /** A tick and bar-label formatter suited to amounts up to {@code largest} in absolute value. */
    static Function<Double, String> forScale(double largest) {
        String pattern = Math.abs(largest) >= WHOLE_UNITS_FROM ? "#,##0" : "#,##0.00";
        return v -> format(pattern, v);
    }

    /**
     * Like {@link #forScale} but short enough for a narrow bar: amounts of a thousand and more
     * as three significant digits and a suffix ({@code 128571 → "129k"}, {@code 1804512 → "1.8M"}).
     */
    static Function<Double, String> compact(double largest) {
        Function<Double, String> small = forScale(largest);
        return v -> {
            double a = Math.abs(v);
            if (a < 1_000) {
                return small.apply(v);
            }
            double unit = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1e3;
            String suffix = unit == 1e9 ? "B" : unit == 1e6 ? "M" : "k";
            double scaled = v / unit;
            String pattern = Math.abs(scaled) < 10 ? "0.##" : Math.abs(scaled) < 100 ? "0.#" : "0";
            return format(pattern, scaled) + suffix;
        };
    }


    /** {@code 1804512.4 → "1,804,512"}: whole units, rounded half up. */
    static String whole(BigDecimal v) {
        return format("#,##0", v.setScale(0, RoundingMode.HALF_UP));
    }

    private static String format(String pattern, Object v) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
