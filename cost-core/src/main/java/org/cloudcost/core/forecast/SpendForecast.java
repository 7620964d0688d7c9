package org.cloudcost.core.forecast;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudcost.core.internal.forecast.DailyModel;

/**
 * Next month's spend per ServiceCategory and in total, forecast from the daily series of the
 * billing frame. Each series is fitted by least squares (commons-math3): with ≥ 21 days, a linear
 * trend plus one term per weekday (weekly seasonality); with 7–20 days, the trend alone; with
 * fewer, the daily mean. The forecast is the sum of the model's values over the days of the next
 * calendar month. The 95 % interval treats daily residuals as independent:
 * {@code ± t(0.975, n − p) × s × √days}, where {@code s} is the residual standard error; it ignores
 * the uncertainty of the fitted parameters, so read it as approximate. Immutable.
 *
 * <pre>{@code
 * SpendForecast f = dataset.analyze().forecast();
 * f.total();                       // Total 2026-11: 1,803,412 (1,781,220 .. 1,825,604), trend+weekday
 * f.byCategory().get("Compute");
 * }</pre>
 */
public final class SpendForecast {
    /** The name of the all-categories forecast. */
    public static final String TOTAL = "Total";

    private final Map<String, CategoryForecast> byCategory;
    private final CategoryForecast total;

    private SpendForecast(Map<String, CategoryForecast> byCategory, CategoryForecast total) {
        this.byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        this.total = total;
    }

    /**
     * Fits each category's daily series (a day without rows counts as zero between the first and
     * last day of the data) and the total's.
     *
     * @param dailyByCategory category → day → BilledCost
     */
    public static SpendForecast of(Map<String, Map<LocalDate, Double>> dailyByCategory) {
        Map<String, CategoryForecast> out = new LinkedHashMap<>();
        Map<LocalDate, Double> totals = new java.util.TreeMap<>();
        dailyByCategory.forEach((category, days) -> {
            days.forEach((d, v) -> totals.merge(d, v, Double::sum));
        });
        if (totals.isEmpty()) {
            return new SpendForecast(Map.of(), null);
        }
        LocalDate first = ((java.util.TreeMap<LocalDate, Double>) totals).firstKey();
        LocalDate last = ((java.util.TreeMap<LocalDate, Double>) totals).lastKey();
        dailyByCategory.forEach((category, days) -> out.put(category, DailyModel.forecast(category, days, first, last)));
        return new SpendForecast(out, DailyModel.forecast(TOTAL, totals, first, last));
    }

    /** Per category, in the order given. */
    public Map<String, CategoryForecast> byCategory() {
        return byCategory;
    }

    /** The forecast of the whole bill; empty without billing. */
    public Optional<CategoryForecast> total() {
        return Optional.ofNullable(total);
    }

    /** All forecasts, categories first, then the total. */
    public List<CategoryForecast> all() {
        List<CategoryForecast> all = new java.util.ArrayList<>(byCategory.values());
        if (total != null) {
            all.add(total);
        }
        return all;
    }

    @Override
    public String toString() {
        return "SpendForecast" + all();
    }
}
