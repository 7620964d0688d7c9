package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleFiguresTest {
    @Test
    void moneyHasTwoDecimalsRoundedHalfUp() {
        assertThat(RuleFigures.money(new BigDecimal("7750"))).isEqualTo("7750.00");
        assertThat(RuleFigures.money(new BigDecimal("202.11375"))).isEqualTo("202.11");
        assertThat(RuleFigures.money(new BigDecimal("0.125"))).isEqualTo("0.13");      // half-even would give 0.12
        assertThat(RuleFigures.money(new BigDecimal("3702.5625"))).isEqualTo("3702.56");
        assertThat(RuleFigures.money(new BigDecimal("1E+3"))).isEqualTo("1000.00");     // never exponent notation
    }

    @Test
    void percentsAndDecimalsRoundHalfUpWithADotWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(RuleFigures.percent(3.14)).isEqualTo("3.1 %");
            assertThat(RuleFigures.percent(5)).isEqualTo("5.0 %");
            assertThat(RuleFigures.oneDecimal(0.25)).isEqualTo("0.3");
            assertThat(RuleFigures.oneDecimal(1000)).isEqualTo("1000.0");
            assertThat(RuleFigures.twoDecimals(0.125)).isEqualTo("0.13");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreWholeWhenTheyAreWholeElseOneDecimal() {
        assertThat(RuleFigures.number(14)).isEqualTo("14");
        assertThat(RuleFigures.number(1.5)).isEqualTo("1.5");
        assertThat(RuleFigures.number(1.25)).isEqualTo("1.3");
        assertThat(RuleFigures.number(-2)).isEqualTo("-2");
    }

    @Test
    void plainDropsBinaryNoiseAndTrailingZeros() {
        assertThat(RuleFigures.plain(0.9 * 100)).isEqualTo("90");
        assertThat(RuleFigures.plain(0.05)).isEqualTo("0.05");
        assertThat(RuleFigures.plain(0.333)).isEqualTo("0.333");
        assertThat(RuleFigures.plain(1_000_000)).isEqualTo("1000000");
        assertThat(RuleFigures.plain(0)).isEqualTo("0");
    }

    @Test
    void significantDigitsRoundHalfUpWithoutExponents() {
        assertThat(RuleFigures.significant(4.666666, 4)).isEqualTo("4.667");
        assertThat(RuleFigures.significant(4927.5, 4)).isEqualTo("4928");
        assertThat(RuleFigures.significant(13_413.75, 4)).isEqualTo("13410");
        assertThat(RuleFigures.significant(0.0123, 2)).isEqualTo("0.012");
        assertThat(RuleFigures.significant(0.05, 2)).isEqualTo("0.05");
        assertThat(RuleFigures.significant(Double.NaN, 2)).isEqualTo("NaN");
        assertThat(RuleFigures.significant(Double.POSITIVE_INFINITY, 2)).isEqualTo("∞");
        assertThatThrownBy(() -> RuleFigures.significant(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zonesAreNamedByTheirIdAndTheUtcOffsetAsUtc() {
        assertThat(RuleFigures.zone(ZoneId.of("Asia/Shanghai"))).isEqualTo("Asia/Shanghai");
        assertThat(RuleFigures.zone(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(RuleFigures.zone(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(RuleFigures.zone(ZoneOffset.ofHours(8))).isEqualTo("+08:00");
    }

    @Test
    void hourRangesUseOneDash() {
        assertThat(RuleFigures.hourRange(0, 6)).isEqualTo("00:00–06:00");
        assertThat(RuleFigures.hourRange(22, 8)).isEqualTo("22:00–08:00");
        assertThat(RuleFigures.hourRange(19, 24)).isEqualTo("19:00–24:00");
        assertThat(RuleFigures.hourRange(0, 6)).contains(RuleFigures.RANGE_DASH);
        assertThatThrownBy(() -> RuleFigures.hourRange(24, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleFigures.hourRange(0, 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
