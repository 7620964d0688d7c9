package org.cloudcost.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.cloudcost.report.internal.MoneyText;

class ChartTextTest {
    @Test
    void moneyDropsCentsOnLargeScalesAndRoundsHalfUp() {
        assertThat(MoneyFormat.forScale(850_000).apply(849_999.5)).isEqualTo("850,000");
        assertThat(MoneyFormat.forScale(99).apply(12.345)).isEqualTo("12.35");
        assertThat(MoneyFormat.forScale(-5_000).apply(-1_234.5)).isEqualTo("-1,235");
        assertThat(MoneyText.money(new BigDecimal("1234.565"))).isEqualTo("1,234.57");
        assertThat(MoneyFormat.whole(new BigDecimal("1804512.5"))).isEqualTo("1,804,513");
        assertThat(MoneyText.share(new BigDecimal("850000"), new BigDecimal("1800000"))).isEqualTo("47.2%");
        assertThat(MoneyText.share(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("-");
    }

    @Test
    void compactMoneyKeepsThreeSignificantDigitsForNarrowBars() {
        var compact = MoneyFormat.compact(2_000_000);
        assertThat(compact.apply(128_571.0)).isEqualTo("129k");
        assertThat(compact.apply(81_818.0)).isEqualTo("81.8k");
        assertThat(compact.apply(4_950.0)).isEqualTo("4.95k");
        assertThat(compact.apply(1_804_512.0)).isEqualTo("1.8M");
        assertThat(compact.apply(-30_000.0)).isEqualTo("-30k");
        assertThat(compact.apply(2.5e9)).isEqualTo("2.5B");
        assertThat(compact.apply(999.0)).isEqualTo("999");
        assertThat(MoneyFormat.compact(50).apply(12.345)).isEqualTo("12.35");
    }

    @Test
    void longNamesAreCutOnOneLineWithoutSplittingACharacter() {
        assertThat(ChartStyle.shorten("i-1", 10)).isEqualTo("i-1");
        assertThat(ChartStyle.shorten("line\none   two", 20)).isEqualTo("line one two");
        assertThat(ChartStyle.shorten(ChartFixtures.LONG_ID, 20)).isEqualTo(ChartFixtures.LONG_ID.substring(0, 17) + "...")
                .hasSize(20);
        String emoji = "\uD83D\uDE00".repeat(10);
        assertThat(ChartStyle.shorten(emoji, 5)).isEqualTo("\uD83D\uDE00\uD83D\uDE00...");
    }
}
