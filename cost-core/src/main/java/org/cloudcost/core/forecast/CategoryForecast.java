package org.cloudcost.core.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Next month's expected spend of one ServiceCategory (or of the total), with a 95 % interval.
 *
 * @param category FOCUS ServiceCategory, or {@code Total}
 * @param month the month forecast
 * @param expected expected BilledCost of that month
 * @param low lower end of the 95 % interval
 * @param high upper end of the 95 % interval
 * @param method {@code trend+weekday} (≥ 21 days), {@code trend} (7–20 days) or {@code mean} (fewer)
 * @param daysUsed days of history the model was fitted on
 */
public record CategoryForecast(String category, YearMonth month, BigDecimal expected, BigDecimal low, BigDecimal high,
                               String method, int daysUsed) {
}
