package org.cloudcost.aliyun.bss;

import java.math.BigDecimal;

/**
 * A running total of BSS amounts, summed as exact decimals, together with the worst-case error
 * they carry (the sum of each one's {@link BssMoney#error}). Not thread-safe.
 *
 * <pre>{@code
 * MoneyTotal total = new MoneyTotal();
 * lines.forEach(l -> total.add(l.pretaxAmount()));
 * total.sum();      // exact sum of the decimals
 * total.bound();    // how far the true sum can be from it
 * }</pre>
 */
final class MoneyTotal {
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal bound = BigDecimal.ZERO;

    /** Adds one amount. */
    void add(BssMoney amount) {
        sum = sum.add(amount.value());
        bound = bound.add(amount.error());
    }

    BigDecimal sum() {
        return sum;
    }

    BigDecimal bound() {
        return bound;
    }
}
