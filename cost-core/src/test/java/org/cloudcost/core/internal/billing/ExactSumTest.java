package org.cloudcost.core.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.cloudcost.core.internal.csv.ScaledDecimal;
import org.junit.jupiter.api.Test;

/** The exact sums the parallel reader relies on: any order, any split, the same bits. */
class ExactSumTest {

    @Test
    void anyOrderAndAnySplitGiveTheSameBits() {
        Random r = new Random(42);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            xs.add((r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(12) - 6));
        }
        long[] inOrder = new long[2];
        xs.forEach(x -> ExactSum.add(inOrder, 0, x));
        Collections.shuffle(xs, r);
        long[] left = new long[2];
        long[] right = new long[2];
        for (int i = 0; i < xs.size(); i++) {
            ExactSum.add(i % 3 == 0 ? left : right, 0, xs.get(i));
        }
        ExactSum.addSum(left, 0, right, 0);
        assertThat(left).containsExactly(inOrder);
        BigDecimal exact = xs.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(ExactSum.value(left, 0)).subtract(exact).abs())
                .isLessThan(exact.abs().multiply(new BigDecimal("1e-15")).add(new BigDecimal("1e-12")));
    }

    @Test
    void aSingleAmountComesBackAsItself() {
        for (double x : new double[] {-0.1, 0.1, -12.5, 0.001, -123456.789, 3.0e15}) {
            long[] acc = new long[2];
            ExactSum.add(acc, 0, x);
            assertThat(ExactSum.value(acc, 0)).isEqualTo(x);
        }
        long[] tiny = new long[2];
        ExactSum.add(tiny, 0, 1e-9); // bits below 2^-64 are truncated, as documented
        assertThat(Math.abs(ExactSum.value(tiny, 0) - 1e-9)).isLessThan(0x1p-64);
    }

    @Test
    void refusesWhatItCannotHold() {
        assertThatThrownBy(() -> ExactSum.add(new long[2], 0, Double.NaN)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ExactSum.add(new long[2], 0, 1e19)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void scaledDecimalsAddAndPrintExactly() {
        Random r = new Random(7);
        long[] acc = new long[2];
        BigDecimal reference = BigDecimal.ZERO;
        for (int i = 0; i < 5_000; i++) {
            long unscaled = r.nextLong() % 1_000_000_000_000L;
            int scale = r.nextInt(19) - (i % 50 == 0 ? 3 : 0);
            assertThat(ScaledDecimal.add(acc, 0, unscaled, scale)).isTrue();
            reference = reference.add(BigDecimal.valueOf(unscaled, scale));
        }
        assertThat(ScaledDecimal.toBigDecimal(acc, 0)).isEqualByComparingTo(reference);
        byte[] text = new byte[64];
        int n = ScaledDecimal.write(acc[0], acc[1], text, 0);
        assertThat(new BigDecimal(new String(text, 0, n, java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualByComparingTo(reference);
        long[] big = {Long.MAX_VALUE, -1};
        assertThat(ScaledDecimal.add(big, 0, 1, 0)).as("beyond 1.7e20 is refused").isFalse();
        assertThat(big).containsExactly(Long.MAX_VALUE, -1);
    }

    @Test
    void everySumPrintsAsItsExactPlainText() {
        Random r = new Random(11);
        byte[] text = new byte[64];
        for (int i = 0; i < 20_000; i++) {
            long[] acc = new long[2];
            // magnitudes from 10^-18 to past 10^20, both signs, across the fast path's 2^58 high-word bound
            BigDecimal v = new BigDecimal(new java.math.BigInteger(1 + r.nextInt(126), r), 18);
            if (r.nextBoolean()) {
                v = v.negate();
            }
            java.math.BigInteger units = v.movePointRight(18).toBigIntegerExact();
            acc[1] = units.longValue();
            acc[0] = units.shiftRight(64).longValue();
            int n = ScaledDecimal.write(acc[0], acc[1], text, 0);
            String written = new String(text, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(written).as("%s", v).isEqualTo(v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString());
        }
    }
}
