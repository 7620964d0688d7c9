package org.cloudcost.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.charts.ChartFixtures.appendHour;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.cloudcost.core.frame.UsageFrame;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

class CpuHeatmapTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** UTC start of the hour that begins at {@code local} in Shanghai. */
    private static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(SHANGHAI).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Test
    void eachCellIsTheMeanOfTheResourceHoursThatFallInItsLocalWeekdayAndHour() {
        Table t = UsageFrame.emptyTable();
        // Monday 2026-10-05 09:00 Shanghai = 01:00 UTC: two machines
        appendHour(t, "i-a", LocalDateTime.of(2026, 10, 5, 1, 0), 10.0, "Average", 3600);
        appendHour(t, "i-b", LocalDateTime.of(2026, 10, 5, 1, 0), 30.0, "Average", 3600);
        // the next Monday, same local hour: a third sample in the same cell
        appendHour(t, "i-a", utc(LocalDateTime.of(2026, 10, 12, 9, 0)), 50.0, "Average", 3600);
        // Sunday 20:00 UTC is already Monday 04:00 in Shanghai
        appendHour(t, "i-a", LocalDateTime.of(2026, 10, 4, 20, 0), 5.0, "Average", 3600);
        // a sub-hour bucket still has an hour of day
        appendHour(t, "i-b", utc(LocalDateTime.of(2026, 10, 10, 23, 0)), 7.5, "Average", 300);

        CpuHeatmap map = CpuHeatmap.of(new UsageFrame(t), SHANGHAI);

        assertThat(map.mean(DayOfWeek.MONDAY, 9)).hasValueCloseTo((10.0 + 30.0 + 50.0) / 3, within(1e-9));
        assertThat(map.samples(DayOfWeek.MONDAY, 9)).isEqualTo(3);
        assertThat(map.mean(DayOfWeek.MONDAY, 4)).hasValueCloseTo(5.0, within(1e-9));
        assertThat(map.mean(DayOfWeek.SUNDAY, 20)).isEmpty();
        assertThat(map.mean(DayOfWeek.SATURDAY, 23)).hasValueCloseTo(7.5, within(1e-9));
        assertThat(map.mean(DayOfWeek.MONDAY, 1)).isEmpty();
        assertThat(map.rowsUsed()).isEqualTo(5);
        assertThat(map.resourceCount()).isEqualTo(2);
        assertThat(map.excluded()).isEmpty();
        assertThat(map.zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void inUtcTheSameRowsLandOnTheUtcClock() {
        Table t = UsageFrame.emptyTable();
        appendHour(t, "i-a", LocalDateTime.of(2026, 10, 4, 20, 0), 5.0, "Average", 3600);

        CpuHeatmap map = CpuHeatmap.of(new UsageFrame(t), ZoneOffset.UTC);

        assertThat(map.mean(DayOfWeek.SUNDAY, 20)).hasValueCloseTo(5.0, within(1e-9));
        assertThat(map.mean(DayOfWeek.MONDAY, 4)).isEmpty();
    }

    @Test
    void rowsWithoutAnHourOfDayOrThatAreNotMeansAreCountedNotPlaced() {
        Table t = UsageFrame.emptyTable();
        LocalDateTime monday = LocalDateTime.of(2026, 10, 5, 1, 0);
        appendHour(t, "i-a", monday, 20.0, "Average", 3600);
        appendHour(t, "i-a", monday, 95.0, "Maximum", 3600);
        appendHour(t, "i-b", monday, 95.0, "Maximum", 3600);
        appendHour(t, "i-c", LocalDateTime.of(2026, 10, 5, 0, 0), 40.0, "Average", 86_400);
        appendHour(t, "i-d", monday, Double.NaN, "Average", 3600);
        // another metric is neither placed nor counted as left out
        t.stringColumn(UsageFrame.RESOURCE_ID).append("i-a");
        t.dateTimeColumn(UsageFrame.TIMESTAMP).append(monday);
        t.stringColumn(UsageFrame.METRIC).append(UsageFrame.MEMORY_PERCENT);
        t.doubleColumn(UsageFrame.VALUE).append(80.0);
        t.stringColumn(UsageFrame.STATISTIC).append("Average");
        t.intColumn(UsageFrame.PERIOD_SECONDS).append(3600);
        t.intColumn(UsageFrame.SAMPLES).append(1);

        CpuHeatmap map = CpuHeatmap.of(new UsageFrame(t), SHANGHAI);

        assertThat(map.mean(DayOfWeek.MONDAY, 9)).hasValueCloseTo(20.0, within(1e-9));
        assertThat(map.rowsUsed()).isEqualTo(1);
        assertThat(map.resourceCount()).isEqualTo(1);
        assertThat(map.excluded()).containsExactly(Map.entry(CpuHeatmap.MAXIMUM_ROWS, 2L),
                Map.entry(CpuHeatmap.LONG_BUCKETS, 1L), Map.entry(CpuHeatmap.NO_VALUE, 1L));
    }

    @Test
    void aFleetOfDayAndNightLoadShowsItsProfile() {
        CpuHeatmap map = CpuHeatmap.of(ChartFixtures.fleetUsage(), ChartFixtures.CHINA);

        // 6 production machines at 40 ± 1 % by day and 6 test machines at 25 ± 1 % in office hours
        assertThat(map.mean(DayOfWeek.WEDNESDAY, 10)).hasValueCloseTo((6 * 40.0 + 6 * 25.0) / 12, within(1e-9));
        assertThat(map.mean(DayOfWeek.SUNDAY, 10)).hasValueCloseTo((6 * 40.0 + 6 * 2.0) / 12, within(1e-9));
        assertThat(map.mean(DayOfWeek.WEDNESDAY, 3)).hasValueCloseTo((6 * 12.0 + 6 * 2.0) / 12, within(1e-9));
        assertThat(map.samples(DayOfWeek.WEDNESDAY, 3)).isEqualTo(4 * 12);
        assertThat(map.resourceCount()).isEqualTo(12);
    }
}
