package org.cloudcost.aliyun.bss;

import java.math.BigDecimal;
import org.cloudcost.core.CloudcostException;

/**
 * The BSS SDK models money as {@link Float}: this turns one such amount into the decimal the API
 * most likely sent, and says how far off that can be. {@link Float#toString} gives a short decimal
 * that reads back as the same float, so {@code 0.1f} is {@code 0.1}, not
 * {@code 0.100000001490116…}: every amount in cents below 131,072 (2<sup>17</sup>, where floats
 * are still finer than a cent), every 4-decimal amount below 1,000 and every 6-decimal amount
 * below 10 comes back exactly (checked exhaustively on JDK 17 and 25). Larger amounts lose
 * cents in the float itself; {@link #storageError} bounds the loss. Never sum the floats.
 *
 * <pre>{@code
 * BigDecimal amount = FloatMoney.exact(item.getPretaxAmount());        // 0.1
 * BigDecimal slack = FloatMoney.storageError(item.getPretaxAmount());  // half a float ulp
 * }</pre>
 */
public final class FloatMoney {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private FloatMoney() {
    }

    /**
     * The amount as a decimal, through {@code Float.toString}; null (a field the API left out) is zero.
     *
     * @throws CloudcostException for NaN or infinity, which no bill holds
     */
    public static BigDecimal exact(Float amount) {
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (amount.isNaN() || amount.isInfinite()) {
            throw new CloudcostException("Alibaba Cloud BSS returned the amount " + amount + ", which is not a number of money");
        }
        return new BigDecimal(Float.toString(amount));
    }

    /**
     * The most the true amount can differ from {@link #exact}: half the float's spacing
     * ({@code Math.ulp}) at that magnitude, exactly; zero for null.
     */
    public static BigDecimal storageError(Float amount) {
        if (amount == null || amount.isNaN() || amount.isInfinite()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(Math.ulp(amount.floatValue())).multiply(HALF);
    }
}
