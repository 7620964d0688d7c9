package org.cloudcost.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {
    private static final long OCT_1 = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond(); // a Thursday

    /** {@code hours} hourly values from Oct 1 00:00 UTC, given in reverse time order to check the sort. */
    private static MetricSeries hourly(double... values) {
        long[] t = new long[values.length];
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            t[values.length - 1 - i] = OCT_1 + 3600L * i;
            v[values.length - 1 - i] = values[i];
        }
        return new MetricSeries("i-1", "cpu_percent", "Average", t, v);
    }

    @Test
    void sortsByTimeAndComputesPercentilesLikeCommonsMath() {
        MetricSeries s = hourly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(s.start()).isEqualTo(Instant.ofEpochSecond(OCT_1));
        assertThat(s.value(0)).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        // commons-math3 default estimator: position p(n+1)/100 = 0.5 × 11 = 5.5 → between 5 and 6
        assertThat(s.percentile(50)).isEqualTo(5.5);
        assertThat(s.percentile(95)).isEqualTo(10); // 0.95 × 11 = 10.45 ≥ n → the largest
        assertThat(hourly().percentile(95)).isNaN();
        assertThat(hourly().isEmpty()).isTrue();
    }

    @Test
    void daysAreCalendarDaysInTheZone() {
        double[] v = new double[48];
        for (int i = 0; i < 48; i++) {
            v[i] = i;
        }
        MetricSeries s = hourly(v);
        Map<LocalDate, Double> utc = s.byDay(ZoneOffset.UTC, a -> a.length);
        assertThat(utc).containsExactly(Map.entry(LocalDate.of(2026, 10, 1), 24.0), Map.entry(LocalDate.of(2026, 10, 2), 24.0));
        Map<LocalDate, Double> china = s.byDay(ZoneId.of("Asia/Shanghai"), a -> a.length);
        assertThat(china).containsExactly(Map.entry(LocalDate.of(2026, 10, 1), 16.0), Map.entry(LocalDate.of(2026, 10, 2), 24.0),
                Map.entry(LocalDate.of(2026, 10, 3), 8.0));
        assertThat(s.byDay(ZoneOffset.UTC, a -> a[0])).containsEntry(LocalDate.of(2026, 10, 2), 24.0);
    }

    @Test
    void hourOfDayAndHourOfWeekProfilesLeaveHoursWithoutDataAsNaN() {
        double[] v = new double[24];
        for (int i = 0; i < 24; i++) {
            v[i] = i;
        }
        MetricSeries s = hourly(v);
        double[] day = s.hourOfDayMeans(ZoneId.of("Asia/Shanghai"));
        assertThat(day[8]).isEqualTo(0);   // 00:00 UTC = 08:00 China time
        assertThat(day[7]).isEqualTo(23);
        double[] week = s.hourOfWeekMeans(ZoneOffset.UTC);
        assertThat(week[3 * 24 + 5]).isEqualTo(5); // Thursday 05:00
        assertThat(week[0]).isNaN();              // Monday 00:00: no data
        assertThat(s.hourOfDayMeans(ZoneOffset.UTC)[12]).isCloseTo(12, within(1e-12));
    }
}
