package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OffHoursScheduleTest {

    /** 168 hourly means: {@code quiet} where {@code isQuiet(day 0–6, hour)} says so, else 40. */
    private static double[] profile(java.util.function.BiPredicate<Integer, Integer> isQuiet) {
        double[] p = new double[168];
        for (int i = 0; i < 168; i++) {
            p[i] = isQuiet.test(i / 24, i % 24) ? 3 : 40;
        }
        return p;
    }

    @Test
    void theWeekdayWindowWrapsMidnightAndExtendsToQuietWeekendNights() {
        double[] p = profile((d, h) -> h >= 22 || h < 8);
        OffHoursSchedule s = OffHoursSchedule.find(p, 10, 0.5, 4).orElseThrow();
        assertThat(s.windowStart()).isEqualTo(22);
        assertThat(s.windowHours()).isEqualTo(10);
        assertThat(s.weekend()).isEqualTo(OffHoursSchedule.Weekend.WINDOW);
        assertThat(s.hoursPerWeek()).isEqualTo(70); // 7 × 10
        assertThat(s.describe(ZoneOffset.UTC)).isEqualTo("22:00–08:00 UTC every day");
    }

    @Test
    void aWindowWrappingMidnightOnWeekdaysOnlyIsDescribedAsTheHoursItChecked() {
        // quiet 22:00–08:00 on the calendar weekdays, busy all weekend (a Saturday 00:00 batch, say): the hours checked
        // and priced are Monday–Friday 00:00–08:00 and 22:00–24:00. "22:00–08:00 on weekdays" would read as the nights
        // Monday to Friday, i.e. stopping Saturday 00:00–08:00 (never checked, busy here) and running Monday 00:00–08:00
        double[] p = profile((d, h) -> d < 5 && (h >= 22 || h < 8));
        OffHoursSchedule s = OffHoursSchedule.find(p, 10, 0.5, 4).orElseThrow();
        assertThat(s.weekend()).isEqualTo(OffHoursSchedule.Weekend.NONE);
        assertThat(s.hoursPerWeek()).isEqualTo(50);
        assertThat(s.covers(5 * 24 + 2)).isFalse(); // Saturday 02:00
        assertThat(s.covers(2)).isTrue();           // Monday 02:00
        assertThat(s.describe(ZoneOffset.UTC)).isEqualTo("00:00–08:00 and 22:00–24:00 UTC on weekdays (Monday to Friday)");
    }

    @Test
    void aQuietWeekendAloneIsASchedule() {
        double[] p = profile((d, h) -> d >= 5);
        OffHoursSchedule s = OffHoursSchedule.find(p, 10, 0.5, 4).orElseThrow();
        assertThat(s.windowStart()).isEqualTo(-1);
        assertThat(s.hoursPerWeek()).isEqualTo(48);
        assertThat(s.describe(ZoneOffset.UTC)).isEqualTo("all weekend (Saturday 00:00 to Monday 00:00 UTC)");
    }

    @Test
    void oneBusyWeekdayNightOrAHourWithoutDataBreaksTheWindow() {
        // Wednesday 03:00 busy: 22:00–08:00 splits into 22:00–03:00 (5 h) and 04:00–08:00 (4 h); the longer wins
        double[] p = profile((d, h) -> (h >= 22 || h < 8) && !(d == 2 && h == 3));
        OffHoursSchedule s = OffHoursSchedule.find(p, 10, 0.5, 4).orElseThrow();
        assertThat(s.describe(ZoneOffset.UTC)).isEqualTo("22:00–03:00 UTC every day");
        assertThat(s.hoursPerWeek()).isEqualTo(35);

        double[] gap = profile((d, h) -> h >= 22 || h < 8);
        gap[2 * 24 + 3] = Double.NaN; // no data is not quiet
        assertThat(OffHoursSchedule.find(gap, 10, 0.5, 4).orElseThrow().windowHours()).isEqualTo(5);
    }

    @Test
    void quietIsRelativeToTheBusyLevelToo() {
        // nights at 8 % against days at 12 %: under 10 % but not under half of the busy level 12 %
        double[] p = new double[168];
        Arrays.fill(p, 12);
        for (int i = 0; i < 168; i++) {
            if (i % 24 < 8) {
                p[i] = 8;
            }
        }
        assertThat(OffHoursSchedule.find(p, 10, 0.5, 4)).isEmpty();
        assertThat(OffHoursSchedule.find(p, 10, 0.7, 4)).isPresent(); // 8 < 0.7 × 12 = 8.4
    }
}
