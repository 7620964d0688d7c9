package org.cloudcost.core.internal.rules;

import java.math.BigDecimal;

/**
 * The month every monthly figure of the rules is put on: 730 hours, DESIGN.md's "Month = 730
 * hours" (8,760 hours of a 365-day year ÷ 12). An hourly price becomes a monthly one by
 * multiplying with it, a monthly cost an hourly one by dividing; traffic measured over some
 * hours is scaled to it.
 *
 * <pre>{@code
 * BigDecimal monthly = ipIdleHour.cost(MonthHours.HOURS);                  // 0.02 CNY/h → 14.60 CNY/month
 * double gbPerMonth = gbSeen * MonthHours.HOURS / hoursWithData;             // scale a measured volume
 * }</pre>
 */
public final class MonthHours {
    /** Hours in the month the savings are quoted for. */
    public static final int HOURS = 730;

    /** {@link #HOURS} as a {@link BigDecimal}, for exact money arithmetic. */
    public static final BigDecimal DECIMAL = BigDecimal.valueOf(HOURS);

    private MonthHours() {
    }
}
