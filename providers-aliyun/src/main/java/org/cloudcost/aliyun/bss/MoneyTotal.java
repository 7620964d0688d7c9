package org.cloudcost.aliyun.bss;

import java.math.BigDecimal;

/**
 * A running total of float amounts from the BSS API, summed as exact decimals, together with the
 * worst-case error those floats can carry (the sum of each one's {@link FloatMoney#storageError}).
 * Not thread-safe.
 *
 * <pre>{@code
 * MoneyTotal total = new MoneyTotal();
 * items.forEach(i -> total.add(i.getPretaxAmount()));
 * total.sum();      // exact sum of the decimals
 * total.bound();    // how far the true sum can be from it
 * }</pre>
 */
final class MoneyTotal {
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal bound = BigDecimal.ZERO;

    /** Adds one amount; null counts as zero. */
    BigDecimal add(Float amount) {
        BigDecimal exact = FloatMoney.exact(amount);
        sum = sum.add(exact);
        bound = bound.add(FloatMoney.storageError(amount));
        return exact;
    }

    BigDecimal sum() {
        return sum;
    }

    BigDecimal bound() {
        return bound;
    }
}
