package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.cloudcost.core.rules.MetricSeries;
import org.junit.jupiter.api.Test;

class DataDaysTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long OCT_1 = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();

    /** Hourly buckets from 1 October 00:00 UTC at the given hour offsets. */
    private static MetricSeries hours(int... offsets) {
        long[] t = new long[offsets.length];
        double[] v = new double[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            t[i] = OCT_1 + offsets[i] * 3600L;
        }
        return new MetricSeries("r", "cpu_percent", "Average", t, v);
    }

    private static MetricSeries firstHours(int n) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = i;
        }
        return hours(offsets);
    }

    @Test
    void aUtcMonthSeenInChinaTimeIsItsThirtyOneDaysNotThirtyTwo() {
        MetricSeries month = firstHours(744);
        assertThat(month.days(CHINA)).isEqualTo(32);
        assertThat(DataDays.of(month, CHINA)).isEqualTo(31);
        assertThat(DataDays.of(month, ZoneOffset.UTC)).isEqualTo(31);
    }

    @Test
    void thirteenDaysTouchingFourteenAreThirteen() {
        MetricSeries s = firstHours(13 * 24);
        assertThat(s.days(CHINA)).isEqualTo(14);
        assertThat(DataDays.of(s, CHINA)).isEqualTo(13);
        assertThat(DataDays.of(firstHours(13 * 24 - 1), CHINA)).isEqualTo(12); // a day short of an hour is not a day
    }

    @Test
    void missingDaysInsideTheSpanDoNotCount() {
        // the first and the last hour of 31 days: the span is 31 days but only 2 calendar days have data
        assertThat(DataDays.of(hours(0, 743), ZoneOffset.UTC)).isEqualTo(2);
    }

    @Test
    void anEmptySeriesHasNoDays() {
        assertThat(DataDays.of(hours(), CHINA)).isZero();
    }
}
