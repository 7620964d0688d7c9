package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Bill days are the China calendar day the text starts with; months accept Excel's re-saved forms. */
class BillDatesTest {
    static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void theDayIsTheBillsOwnChinaDay() {
        assertThat(BillDates.parseDay("2026-10-01 00:30:00")).isEqualTo(day(2026, 10, 1));   // 2026-09-30T16:30Z
        assertThat(BillDates.parseDay("2026-10-31 23:59:59")).isEqualTo(day(2026, 10, 31));
        assertThat(BillDates.parseDay("2026-10-05")).isEqualTo(day(2026, 10, 5));
        assertThat(BillDates.parseDay("2026-10-05T13:00")).isEqualTo(day(2026, 10, 5));
        assertThat(BillDates.parseDay(" 2026/10/5 0:30 ")).isEqualTo(day(2026, 10, 5));        // Excel
    }

    @Test
    void notADay() {
        for (String bad : new String[] {"", "yesterday", "2026-13-01", "2026-02-30 00:00:00", "05/10/2026", "2026-10-05 noon"}) {
            assertThat(BillDates.parseDay(bad)).as(bad).isEqualTo(Integer.MIN_VALUE);
        }
    }

    @Test
    void billingMonths() {
        for (String m : new String[] {"2026-10", "2026/10", "202610", "2026/10/1", "2026-10-01 00:00:00"}) {
            assertThat(BillDates.parseMonth(m)).as(m).isEqualTo(day(2026, 10, 1));
        }
        for (String bad : new String[] {"Oct-26", "2026-13", "20261", "2026-10-xx"}) {
            assertThat(BillDates.parseMonth(bad)).as(bad).isEqualTo(Integer.MIN_VALUE);
        }
    }
}
