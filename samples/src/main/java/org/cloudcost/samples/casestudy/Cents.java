package org.cloudcost.samples.casestudy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits an amount into cents by weight so that the parts add up to it exactly (largest remainder). */
final class Cents {
    private Cents() {
    }

    static BigDecimal[] split(BigDecimal total, double[] weights) {
        long cents = total.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        double sum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = cents * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            rest[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < cents; k++, given++) {
            parts[order[k % order.length]]++;
        }
        return Arrays.stream(parts).mapToObj(c -> BigDecimal.valueOf(c, 2)).toArray(BigDecimal[]::new);
    }

    static BigDecimal[] evenly(BigDecimal total, int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return split(total, w);
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
