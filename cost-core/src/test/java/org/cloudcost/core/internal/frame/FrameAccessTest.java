package org.cloudcost.core.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.cloudcost.core.frame.UsageFrame;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FrameAccessTest {

    private static Table usageTable() {
        Table t = UsageFrame.emptyTable();
        row(t, "i-1", "cpu_percent", 12.5);
        row(t, "i-1", "net_in_bps", 900);
        row(t, "i-2", "cpu_percent", 40);
        return t;
    }

    private static void row(Table t, String id, String metric, double value) {
        t.stringColumn(UsageFrame.RESOURCE_ID).append(id);
        t.dateTimeColumn(UsageFrame.TIMESTAMP).append(LocalDateTime.of(2026, 10, 1, 0, 0));
        t.stringColumn(UsageFrame.METRIC).append(metric);
        t.doubleColumn(UsageFrame.VALUE).append(value);
        t.stringColumn(UsageFrame.STATISTIC).append("Average");
        t.intColumn(UsageFrame.PERIOD_SECONDS).append(3600);
        t.intColumn(UsageFrame.SAMPLES).append(1);
    }

    @Test
    void adoptKeepsTheTableAndReadOnlyLendsItWithoutACopy() {
        Table built = usageTable();
        UsageFrame frame = FrameAccess.adopt(built);

        assertThat(FrameAccess.readOnly(frame)).isSameAs(built);
        assertThat(frame.rowCount()).isEqualTo(3);
    }

    @Test
    void thePublicWaysStillCopy() {
        Table built = usageTable();
        UsageFrame frame = new UsageFrame(built);
        built.stringColumn(UsageFrame.RESOURCE_ID).set(0, "changed-after");
        Table handedOut = frame.table();
        handedOut.stringColumn(UsageFrame.RESOURCE_ID).set(1, "changed-by-caller");

        StringColumn ids = FrameAccess.readOnly(frame).stringColumn(UsageFrame.RESOURCE_ID);
        assertThat(ids.asList()).containsExactly("i-1", "i-1", "i-2");
        assertThat(FrameAccess.readOnly(frame)).isNotSameAs(built).isNotSameAs(handedOut);
    }

    @Test
    void adoptChecksTheSchema() {
        assertThatThrownBy(() -> FrameAccess.adopt(Table.create("x", StringColumn.create("ResourceId"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage table columns");
    }

    @Test
    void metricIsTheRowsOfOneMetricInFrameOrder() {
        UsageFrame frame = FrameAccess.adopt(usageTable());

        Table cpu = frame.metric(UsageFrame.CPU_PERCENT);

        assertThat(cpu.columnNames()).isEqualTo(UsageFrame.COLUMNS);
        assertThat(cpu.stringColumn(UsageFrame.RESOURCE_ID).asList()).containsExactly("i-1", "i-2");
        assertThat(cpu.doubleColumn(UsageFrame.VALUE).asList()).containsExactly(12.5, 40.0);
        assertThat(frame.metric("no_such_metric").rowCount()).isZero();
    }

    @Test
    void installingTwiceIsRefused() {
        FrameAccess.readOnly(FrameAccess.adopt(usageTable()));   // Frame is initialized: its hooks are in
        assertThatThrownBy(() -> FrameAccess.install(null)).isInstanceOf(IllegalStateException.class);
    }
}
