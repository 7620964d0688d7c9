package org.cloudcost.core.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The charge days a billing frame covers and the factor that turns their cost into a monthly
 * one. A month is 730 hours (DESIGN.md: 8,760 hours a year ÷ 12). Data covering exactly one
 * calendar month is that month's cost as billed (factor 1), so findings match the invoice; any
 * other span is scaled: {@code 730 / (24 × days)}.
 *
 * @param first first charge day, or null without billing
 * @param last last charge day, or null without billing
 */
record BillingPeriodSpan(LocalDate first, LocalDate last) {
    /** Days covered, first and last included; 0 without billing. */
    long days() {
        return first == null ? 0 : last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** 1 for one whole calendar month, else 730 h ÷ the hours covered; 1 without billing. */
    double monthScale() {
        if (first == null) {
            return 1;
        }
        YearMonth month = YearMonth.from(first);
        if (first.getDayOfMonth() == 1 && last.equals(month.atEndOfMonth())) {
            return 1;
        }
        return MonthHours.HOURS / (24.0 * days());
    }
}
