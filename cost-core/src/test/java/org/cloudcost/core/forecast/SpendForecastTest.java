package org.cloudcost.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpendForecastTest {
    private static Map<LocalDate, Double> days(LocalDate first, int n, java.util.function.Function<LocalDate, Double> f) {
        Map<LocalDate, Double> m = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            m.put(first.plusDays(i), f.apply(first.plusDays(i)));
        }
        return m;
    }

    @Test
    void aFlatSeriesForecastsItsDailyAmountTimesTheDaysOfNextMonth() {
        SpendForecast f = SpendForecast.of(Map.of("Compute", days(LocalDate.of(2026, 10, 1), 31, d -> 100.0)));
        CategoryForecast c = f.byCategory().get("Compute");
        assertThat(c.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(c.expected().doubleValue()).isCloseTo(3000.0, within(0.01)); // 30 November days × 100
        assertThat(c.low().doubleValue()).isCloseTo(3000.0, within(0.01));     // no residuals, no width
        assertThat(c.method()).isEqualTo("trend+weekday");
        assertThat(c.daysUsed()).isEqualTo(31);
        assertThat(f.total().orElseThrow().expected()).isEqualByComparingTo(c.expected());
    }

    @Test
    void aWeeklyPatternWithATrendIsExtrapolatedExactly() {
        // y = 1000 + 10 × day index, + 500 on Saturdays and Sundays; October 2026 starts on a Thursday.
        LocalDate first = LocalDate.of(2026, 10, 1);
        SpendForecast f = SpendForecast.of(Map.of("Compute", days(first, 31, d -> {
            double weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 500 : 0;
            return 1000 + 10.0 * (d.toEpochDay() - first.toEpochDay()) + weekend;
        })));
        double expected = 0;
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.getMonthValue() == 11; d = d.plusDays(1)) {
            double weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 500 : 0;
            expected += 1000 + 10.0 * (d.toEpochDay() - first.toEpochDay()) + weekend;
        }
        assertThat(f.byCategory().get("Compute").expected().doubleValue()).isCloseTo(expected, within(0.05));
    }

    @Test
    void noisyDataGivesAnIntervalAroundTheExpectation() {
        java.util.Random r = new java.util.Random(7);
        SpendForecast f = SpendForecast.of(Map.of("Storage", days(LocalDate.of(2026, 10, 1), 31, d -> 100 + r.nextGaussian() * 10)));
        CategoryForecast c = f.byCategory().get("Storage");
        assertThat(c.low()).isLessThan(c.expected());
        assertThat(c.high()).isGreaterThan(c.expected());
        assertThat(c.expected().doubleValue()).isCloseTo(3000, within(400.0));
    }

    @Test
    void shortHistoriesFallBackToTrendAndMean() {
        SpendForecast ten = SpendForecast.of(Map.of("Compute", days(LocalDate.of(2026, 10, 1), 10, d -> 5.0 + d.getDayOfMonth())));
        assertThat(ten.byCategory().get("Compute").method()).isEqualTo("trend");
        SpendForecast three = SpendForecast.of(Map.of("Compute", days(LocalDate.of(2026, 10, 1), 3, d -> 10.0)));
        assertThat(three.byCategory().get("Compute").method()).isEqualTo("mean");
        assertThat(three.byCategory().get("Compute").expected()).isEqualByComparingTo("300.00");
    }

    @Test
    void daysWithoutRowsCountAsZeroWithinTheDataSpan() {
        // Storage billed only on the 1st; compute daily: storage's other 30 days are zeros, not missing.
        SpendForecast f = SpendForecast.of(Map.of(
                "Compute", days(LocalDate.of(2026, 10, 1), 31, d -> 10.0),
                "Storage", Map.of(LocalDate.of(2026, 10, 1), 31.0)));
        assertThat(f.byCategory().get("Storage").daysUsed()).isEqualTo(31);
        assertThat(f.byCategory().get("Storage").expected().doubleValue()).isLessThan(31.0 * 30);
        assertThat(SpendForecast.of(Map.of()).total()).isEmpty();
    }
}
