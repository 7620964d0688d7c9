package org.cloudcost.aliyun.bss;

import java.math.BigDecimal;
import java.util.Objects;
import org.cloudcost.core.CloudcostException;

/**
 * One money amount of the BSS API as an exact decimal, with how far the true amount can be from
 * it. Read from the response's own JSON number ({@link #ofJson}) it is the amount the API sent,
 * to the cent at any size; read from the SDK model's {@code Float} ({@link #ofFloat}, for
 * responses seen only through the model) it is {@link FloatMoney#exact} with the float's
 * {@link FloatMoney#storageError}, which exceeds a cent from 131,072 up.
 *
 * <pre>{@code
 * BssMoney.ofJson(1234567.89, null).value();     // 1234567.89, error 0.0000000001…
 * BssMoney.ofFloat(1234567.89f).value();         // 1234567.9, error 0.0625
 * }</pre>
 *
 * @param value the amount
 * @param error the most the true amount can differ from {@code value} (≥ 0)
 */
public record BssMoney(BigDecimal value, BigDecimal error) {
    /** Zero, exactly. */
    public static final BssMoney ZERO = new BssMoney(BigDecimal.ZERO, BigDecimal.ZERO);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public BssMoney {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
    }

    /** The amount of an SDK model's float field; null (a field the API left out) is zero. */
    public static BssMoney ofFloat(Float amount) {
        return amount == null ? ZERO : new BssMoney(FloatMoney.exact(amount), FloatMoney.storageError(amount));
    }

    /**
     * The amount as the response's JSON held it: the tea SDK parses a JSON number with a fraction
     * as a {@code Double} (exact for the 15 significant digits of any bill amount), one without as a
     * {@code Long}; some fields are strings. Null or anything else falls back to the model's float.
     *
     * @throws CloudcostException for a string that is not a number
     */
    public static BssMoney ofJson(Object raw, Float modelValue) {
        if (raw instanceof Double d && Double.isFinite(d)) {
            return new BssMoney(new BigDecimal(Double.toString(d)), new BigDecimal(Math.ulp(d)).multiply(HALF));
        }
        if (raw instanceof Long || raw instanceof Integer) {
            return new BssMoney(BigDecimal.valueOf(((Number) raw).longValue()), BigDecimal.ZERO);
        }
        if (raw instanceof String s && !s.isBlank()) {
            try {
                return new BssMoney(new BigDecimal(s.strip()), BigDecimal.ZERO);
            } catch (NumberFormatException e) {
                throw new CloudcostException("Alibaba Cloud BSS returned the amount \"" + s + "\", which is not a number", e);
            }
        }
        return ofFloat(modelValue);
    }
}
