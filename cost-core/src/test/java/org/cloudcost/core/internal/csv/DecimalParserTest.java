package org.cloudcost.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {
    private final DecimalParser p = new DecimalParser();

    private boolean parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return p.parse(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.70000000000", "0.00000080000", "1e-3", "+2.5E2", " 42 ", "123456789012345678901234.5",
        "0.1", "3.3", "1800000.00", "-1", ".5", "5.", "9007199254740993", "1e60", "1e-60", "-2.5E-45",
        "1.12345678e-3", "1.1234567e3", "0.123456789012345678901234", "-0.0000000001", ".12345678"})
    void exactAndDoubleValuesMatchTheJdk(String s) {
        assertThat(parse(s)).isTrue();
        assertThat(p.exactValue()).isEqualByComparingTo(new BigDecimal(s.trim()));
        assertThat(p.doubleValue()).isEqualTo(Double.parseDouble(s.trim()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "abc", "1.2.3", "1,5", "¥5", "1e", "1e+", "12a", "NaN", "0x10", "--1"})
    void rejectsWhatIsNotANumber(String s) {
        assertThat(parse(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e61", "1e-61", "1.7976931348623157E308", "4.9e-324", "1e-99999", "0.000000000000000000000000000000000000000000000000000000000000001"})
    void rejectsPowersOfTenBeyondSixtyEitherWay(String s) {
        assertThat(parse(s)).as("not money, nor a quantity: refused rather than carried through exact sums").isFalse();
    }

    @Test
    void randomDecimalsRoundLikeParseDouble() {
        Random rnd = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String s = (rnd.nextBoolean() ? "-" : "") + Math.abs(rnd.nextLong() % 100_000_000_000L) + "."
                    + String.format("%011d", Math.abs(rnd.nextLong() % 100_000_000_000L));
            assertThat(parse(s)).isTrue();
            assertThat(p.doubleValue()).as(s).isEqualTo(Double.parseDouble(s));
            assertThat(p.exactValue()).as(s).isEqualByComparingTo(new BigDecimal(s));
        }
    }

    /** Decimals are read eight at a time while eight digits follow: the value, its scale and the double are a digit-by-digit read's. */
    @Test
    void decimalsReadEightAtATimeKeepValueAndScale() {
        String[] integerParts = {"0", "7", "-3", "15140", "92233720367", "92233720368", "922337203685477580", ""};
        Random rnd = new Random(11);
        for (String integer : integerParts) {
            for (int decimals = 0; decimals <= 30; decimals++) {
                StringBuilder s = new StringBuilder(integer).append('.');
                for (int k = 0; k < decimals; k++) {
                    s.append((char) ('0' + rnd.nextInt(10)));
                }
                String text = s.toString();
                if (integer.isEmpty() && decimals == 0) {
                    continue; // "." is not a number
                }
                assertThat(parse(text)).as(text).isTrue();
                assertThat(p.exactValue()).as(text).isEqualByComparingTo(new BigDecimal(text));
                assertThat(p.scale()).as(text).isEqualTo(decimals);
                assertThat(p.doubleValue()).as(text).isEqualTo(Double.parseDouble(text));
                assertThat(parse(text + "x")).as(text + "x").isFalse();
                assertThat(parse(text + ":1")).as(text + ":1").isFalse(); // ':' is the byte after '9'
            }
        }
    }
}
