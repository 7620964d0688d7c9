package org.cloudcost.core.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What carrying out one strategy's fixes costs, once: engineering hours at an hourly rate, plus
 * one-off costs (tools, migration fees). The ROI and payback figures divide by it.
 *
 * <pre>{@code
 * Effort e = new Effort(new BigDecimal("40"), new BigDecimal("300"), BigDecimal.ZERO);
 * e.cost();      // 12000
 * }</pre>
 *
 * @param hours engineering hours
 * @param hourlyRate cost of one hour, in the reporting currency
 * @param oneOff other one-off costs, in the reporting currency
 */
public record Effort(BigDecimal hours, BigDecimal hourlyRate, BigDecimal oneOff) {
    public Effort {
        for (BigDecimal v : new BigDecimal[] {hours, hourlyRate, oneOff}) {
            Objects.requireNonNull(v, "effort figures");
            if (v.signum() < 0) {
                throw new IllegalArgumentException("effort figures must not be negative, found " + v);
            }
        }
    }

    /** {@code hours × hourlyRate + oneOff}. */
    public BigDecimal cost() {
        return hours.multiply(hourlyRate).add(oneOff);
    }
}
