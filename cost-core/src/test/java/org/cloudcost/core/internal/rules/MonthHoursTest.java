package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonthHoursTest {
    @Test
    void aMonthIsATwelfthOfA365DayYear() {
        assertThat(MonthHours.HOURS).isEqualTo(365 * 24 / 12);
        assertThat(MonthHours.DECIMAL).isEqualByComparingTo(BigDecimal.valueOf(730));
        // the figure the rules quote: an idle address at 0.02 an hour
        assertThat(new BigDecimal("0.02").multiply(MonthHours.DECIMAL)).isEqualByComparingTo("14.60");
    }
}
