package org.cloudcost.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

class FrameColumnsTest {

    private static UsageFrame frame() {
        Table t = UsageFrame.emptyTable();
        for (int i = 0; i < 3; i++) {
            t.stringColumn(UsageFrame.RESOURCE_ID).append("i-" + i);
            t.dateTimeColumn(UsageFrame.TIMESTAMP).append(LocalDateTime.of(2026, 10, 1, i, 0));
            t.stringColumn(UsageFrame.METRIC).append("cpu_percent");
            t.doubleColumn(UsageFrame.VALUE).append(10.0 * i);
            t.stringColumn(UsageFrame.STATISTIC).append("Average");
            t.intColumn(UsageFrame.PERIOD_SECONDS).append(3600);
            t.intColumn(UsageFrame.SAMPLES).append(1);
        }
        return new UsageFrame(t);
    }

    @Test
    void tableOfSomeColumnsHasThoseColumnsInThatOrderAndEveryRow() {
        Table two = frame().table(UsageFrame.VALUE, UsageFrame.RESOURCE_ID);

        assertThat(two.columnNames()).containsExactly(UsageFrame.VALUE, UsageFrame.RESOURCE_ID);
        assertThat(two.stringColumn(UsageFrame.RESOURCE_ID).asList()).containsExactly("i-0", "i-1", "i-2");
        assertThat(two.doubleColumn(UsageFrame.VALUE).asList()).containsExactly(0.0, 10.0, 20.0);
    }

    @Test
    void tableOfSomeColumnsIsACopy() {
        UsageFrame frame = frame();
        Table mine = frame.table(UsageFrame.RESOURCE_ID);
        mine.stringColumn(UsageFrame.RESOURCE_ID).set(0, "changed");
        mine.stringColumn(UsageFrame.RESOURCE_ID).append("added");

        assertThat(frame.table().stringColumn(UsageFrame.RESOURCE_ID).asList()).containsExactly("i-0", "i-1", "i-2");
        assertThat(frame.rowCount()).isEqualTo(3);
    }

    @Test
    void anUnknownColumnIsRefusedByName() {
        assertThatThrownBy(() -> frame().table("NoSuchColumn")).hasMessageContaining("NoSuchColumn");
    }
}
