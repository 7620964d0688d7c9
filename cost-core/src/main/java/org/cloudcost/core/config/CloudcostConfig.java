package org.cloudcost.core.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.internal.config.ConfigYamlReader;

/**
 * The settings of an analysis, immutable. Defaults need no file; {@code cloudcost.yaml}
 * (see the documented example at the repository root) overrides them, and JShell users
 * change one setting with a {@code with…} call.
 *
 * <pre>{@code
 * CloudcostConfig config = CloudcostConfig.load(Path.of("cloudcost.yaml"));
 * CloudcostConfig cny = CloudcostConfig.defaults()
 *         .withCurrency("CNY")
 *         .withExchangeRate("USD", new BigDecimal("7.10"));   // 1 USD = 7.10 CNY
 * }</pre>
 */
public final class CloudcostConfig {
    private final TagColumns tagColumns;
    private final String currency;
    private final Map<String, BigDecimal> exchangeRates;

    private CloudcostConfig(TagColumns tagColumns, String currency, Map<String, BigDecimal> exchangeRates) {
        this.tagColumns = Objects.requireNonNull(tagColumns, "tagColumns");
        this.currency = currency;
        this.exchangeRates = Collections.unmodifiableMap(new LinkedHashMap<>(exchangeRates));
    }

    /** Default tag columns (env, team, app), the bill's own currency, no exchange rates. */
    public static CloudcostConfig defaults() {
        return new CloudcostConfig(TagColumns.defaults(), null, Map.of());
    }

    /**
     * Reads a {@code cloudcost.yaml}. Unknown keys and out-of-range values are rejected.
     *
     * @throws org.cloudcost.core.InputException naming the file, line and the key's path
     */
    public static CloudcostConfig load(Path yaml) {
        return ConfigYamlReader.read(yaml);
    }

    /** The normalized tag columns the frames carry, each with its raw keys. */
    public TagColumns tagColumns() {
        return tagColumns;
    }

    /** The reporting currency; empty means "the bill's own", which must then be single. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Exchange rates into the reporting currency: {@code USD → 7.10} means 1 USD is worth 7.10
     * units of {@link #currency()}.
     */
    public Map<String, BigDecimal> exchangeRates() {
        return exchangeRates;
    }

    /** A copy with other tag columns. */
    public CloudcostConfig withTagColumns(TagColumns columns) {
        return new CloudcostConfig(columns, currency, exchangeRates);
    }

    /** A copy that reports in {@code isoCode} (e.g. {@code CNY}). */
    public CloudcostConfig withCurrency(String isoCode) {
        return new CloudcostConfig(tagColumns, requireCurrency(isoCode), exchangeRates);
    }

    /** A copy with one more exchange rate: 1 {@code from} = {@code rate} reporting-currency units. */
    public CloudcostConfig withExchangeRate(String from, BigDecimal rate) {
        requireCurrency(from);
        if (rate == null || rate.signum() <= 0) {
            throw new CloudcostException("exchange rate for " + from + " must be a positive number, was " + rate);
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>(exchangeRates);
        rates.put(from, rate);
        return new CloudcostConfig(tagColumns, currency, rates);
    }

    private static String requireCurrency(String code) {
        if (code != null && code.matches("[A-Z]{3}")) {
            try {
                java.util.Currency.getInstance(code);
                return code;
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code: fall through
            }
        }
        throw new CloudcostException("currency must be an ISO 4217 code such as CNY or USD, was \"" + code + "\"");
    }

    @Override
    public String toString() {
        return "CloudcostConfig{tags=" + tagColumns + ", currency=" + (currency == null ? "(bill's own)" : currency)
                + ", exchangeRates=" + exchangeRates + "}";
    }
}
