package org.cloudcost.core.rules.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdleWindowTest {
    private static boolean[] idle(int... hours) {
        boolean[] out = new boolean[24];
        for (int h : hours) {
            out[h] = true;
        }
        return out;
    }

    @Test
    void theLongestRunWrapsMidnight() {
        IdleWindow w = IdleWindow.longest(idle(22, 23, 0, 1, 2, 3, 10, 11, 12));
        assertThat(w).isEqualTo(new IdleWindow(22, 6));
        assertThat(w.text()).isEqualTo("22:00–04:00");
        assertThat(w.contains(23)).isTrue();
        assertThat(w.contains(4)).isFalse();
    }

    @Test
    void allHoursIsAllDayAndNoHourIsEmpty() {
        boolean[] all = new boolean[24];
        java.util.Arrays.fill(all, true);
        assertThat(IdleWindow.longest(all)).isEqualTo(new IdleWindow(0, 24));
        assertThat(IdleWindow.longest(all).text()).isEqualTo("all day");
        assertThat(IdleWindow.longest(new boolean[24]).hours()).isZero();
    }

    @Test
    void aTieKeepsTheEarliestStart() {
        assertThat(IdleWindow.longest(idle(2, 3, 14, 15))).isEqualTo(new IdleWindow(2, 2));
    }
}
