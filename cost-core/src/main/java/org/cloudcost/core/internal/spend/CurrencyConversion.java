package org.cloudcost.core.internal.spend;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.config.CloudcostConfig;

/**
 * Converts the currencies found in the bills into the reporting currency: the configured one,
 * or the bills' only currency. Mixed currencies without a rate are an error, never a silent sum.
 */
public final class CurrencyConversion {
    private final String target;
    private final Map<String, BigDecimal> rates;

    private CurrencyConversion(String target, Map<String, BigDecimal> rates) {
        this.target = target;
        this.rates = rates;
    }

    public static CurrencyConversion of(Set<String> found, CloudcostConfig config) {
        if (config.currency().isEmpty()) {
            if (found.size() > 1) {
                throw new CloudcostException("the bills mix currencies " + String.join(", ", found)
                        + ": set `currency` and `exchangeRates` in cloudcost.yaml (--config) to report them together");
            }
            String only = found.isEmpty() ? "" : found.iterator().next();
            return new CurrencyConversion(only, Map.of());
        }
        String target = config.currency().get();
        Map<String, BigDecimal> used = new LinkedHashMap<>();
        for (String c : found) {
            if (c.equals(target)) {
                continue;
            }
            BigDecimal rate = config.exchangeRates().get(c);
            if (rate == null) {
                throw new CloudcostException("the bills contain " + c + " but cloudcost.yaml gives no exchange rate "
                        + c + " -> " + target + " (add exchangeRates: {" + c + ": <rate>})");
            }
            used.put(c, rate);
        }
        return new CurrencyConversion(target, used);
    }

    public String target() {
        return target;
    }

    public Map<String, BigDecimal> ratesUsed() {
        return rates;
    }

    public double rate(String currency) {
        BigDecimal r = rates.get(currency);
        return r == null ? 1.0 : r.doubleValue();
    }

    public BigDecimal convert(Map<String, BigDecimal> byCurrency) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : byCurrency.entrySet()) {
            BigDecimal r = rates.get(e.getKey());
            total = total.add(r == null ? e.getValue() : e.getValue().multiply(r));
        }
        return total;
    }
}
