package org.cloudcost.core.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.internal.config.ConfigYamlReader;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Strategy;

/**
 * The settings of an analysis, immutable. Defaults need no file; {@code cloudcost.yaml}
 * (see the documented example at the repository root) overrides them, and JShell users
 * change one setting with a {@code with…} call.
 *
 * <pre>{@code
 * CloudcostConfig config = CloudcostConfig.load(Path.of("cloudcost.yaml"));
 * CloudcostConfig cny = CloudcostConfig.defaults()
 *         .withCurrency("CNY")
 *         .withExchangeRate("USD", new BigDecimal("7.10"))    // 1 USD = 7.10 CNY
 *         .withThreshold("idle-compute", "p95CpuPercent", 10)
 *         .withTimeZone(ZoneId.of("Asia/Shanghai"))
 *         .withEffort(Strategy.RIGHT_SIZING, new Effort(new BigDecimal("40"), new BigDecimal("300"), BigDecimal.ZERO));
 * }</pre>
 */
public final class CloudcostConfig {
    /**
     * Default environment tag keys (FORMATS.md §2: {@code env}, {@code environment},
     * {@code Environment}, {@code stage}; keys match without regard to case).
     */
    public static final List<String> DEFAULT_ENVIRONMENT_TAG_KEYS = List.of("env", "environment", "stage");

    /** Default ignore tag: a resource tagged {@code cloudcost:ignore=true} is never flagged. */
    public static final String DEFAULT_IGNORE_TAG_KEY = "cloudcost:ignore";
    /** Default ignore tag value. */
    public static final String DEFAULT_IGNORE_TAG_VALUE = "true";

    private final TagColumns tagColumns;
    private final String currency;
    private final Map<String, BigDecimal> exchangeRates;
    private final Map<String, RuleSettings> rules;
    private final List<String> environmentTagKeys;
    private final String ignoreTagKey;
    private final String ignoreTagValue;
    private final ZoneId timeZone;
    private final Map<String, Map<String, BigDecimal>> prices;
    private final Map<Strategy, Effort> effort;

    private CloudcostConfig(TagColumns tagColumns, String currency, Map<String, BigDecimal> exchangeRates,
                            Map<String, RuleSettings> rules, List<String> environmentTagKeys, String ignoreTagKey,
                            String ignoreTagValue, ZoneId timeZone, Map<String, Map<String, BigDecimal>> prices,
                            Map<Strategy, Effort> effort) {
        this.tagColumns = Objects.requireNonNull(tagColumns, "tagColumns");
        this.currency = currency;
        this.exchangeRates = Collections.unmodifiableMap(new LinkedHashMap<>(exchangeRates));
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.environmentTagKeys = List.copyOf(environmentTagKeys);
        this.ignoreTagKey = Objects.requireNonNull(ignoreTagKey, "ignoreTagKey");
        this.ignoreTagValue = Objects.requireNonNull(ignoreTagValue, "ignoreTagValue");
        this.timeZone = timeZone;
        Map<String, Map<String, BigDecimal>> p = new LinkedHashMap<>();
        prices.forEach((k, v) -> p.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.prices = Collections.unmodifiableMap(p);
        this.effort = Collections.unmodifiableMap(new java.util.EnumMap<>(effort.isEmpty()
                ? new java.util.EnumMap<Strategy, Effort>(Strategy.class) : effort));
    }

    /**
     * Default tag columns (env, team, app), the bill's own currency, no exchange rates, every rule
     * enabled with its documented thresholds, the environment from the {@code env},
     * {@code environment} or {@code stage} tag, ignore tag {@code cloudcost:ignore=true}, time zones
     * from the regions, the catalogs' own prices, and no implementation effort (so no ROI).
     */
    public static CloudcostConfig defaults() {
        return new CloudcostConfig(TagColumns.defaults(), null, Map.of(), Map.of(), DEFAULT_ENVIRONMENT_TAG_KEYS,
                DEFAULT_IGNORE_TAG_KEY, DEFAULT_IGNORE_TAG_VALUE, null, Map.of(), Map.of());
    }

    private CloudcostConfig copy(TagColumns tagColumns, String currency, Map<String, BigDecimal> exchangeRates) {
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, environmentTagKeys, ignoreTagKey,
                ignoreTagValue, timeZone, prices, effort);
    }

    /**
     * Reads a {@code cloudcost.yaml}. Unknown keys and out-of-range values are rejected.
     *
     * @throws org.cloudcost.core.InputException naming the file, line and the key's path
     */
    public static CloudcostConfig load(Path yaml) {
        return ConfigYamlReader.read(yaml);
    }

    /**
     * Reads a {@code cloudcost.yaml}, checking the ids and thresholds under {@code rules} against
     * {@code rules} instead of the rules on the class path.
     *
     * @throws org.cloudcost.core.InputException naming the file, line and the key's path
     */
    public static CloudcostConfig load(Path yaml, RuleRegistry rules) {
        return ConfigYamlReader.read(yaml, rules);
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
        return copy(columns, currency, exchangeRates);
    }

    /** A copy that reports in {@code isoCode} (e.g. {@code CNY}). */
    public CloudcostConfig withCurrency(String isoCode) {
        return copy(tagColumns, requireCurrency(isoCode), exchangeRates);
    }

    /** A copy with one more exchange rate: 1 {@code from} = {@code rate} reporting-currency units. */
    public CloudcostConfig withExchangeRate(String from, BigDecimal rate) {
        requireCurrency(from);
        if (rate == null || rate.signum() <= 0) {
            throw new CloudcostException("exchange rate for " + from + " must be a positive number, was " + rate);
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>(exchangeRates);
        rates.put(from, rate);
        return copy(tagColumns, currency, rates);
    }

    /** Settings per rule id; a rule without an entry runs with its defaults. */
    public Map<String, RuleSettings> rules() {
        return rules;
    }

    /** The settings of rule {@code ruleId} (defaults when the configuration has none). */
    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.defaults());
    }

    /** The tag keys whose value is a resource's environment, first found wins (case-insensitive). */
    public List<String> environmentTagKeys() {
        return environmentTagKeys;
    }

    /** The key of the tag that exempts a resource from every rule. */
    public String ignoreTagKey() {
        return ignoreTagKey;
    }

    /** The value the ignore tag must have (compared without regard to case). */
    public String ignoreTagValue() {
        return ignoreTagValue;
    }

    /** The time zone for hour-of-day profiles; empty means each resource's region's zone, else UTC. */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    /**
     * The zone of hour-of-day profiles for a resource in {@code regionId}: the configured
     * {@link #timeZone()}, else the region's (China regions UTC+8, {@code us-east-1}
     * America/New_York, …), else UTC; the zone the rules use.
     *
     * <pre>{@code
     * CloudcostConfig.defaults().zoneOf("cn-hangzhou");   // Asia/Shanghai
     * }</pre>
     */
    public ZoneId zoneOf(String regionId) {
        return timeZone().orElseGet(() -> org.cloudcost.core.internal.rules.RegionZones.of(regionId));
    }

    /** Price-catalog overrides: provider name → catalog key → value. */
    public Map<String, Map<String, BigDecimal>> prices() {
        return prices;
    }

    /** Implementation effort per strategy; strategies without one add nothing to the implementation cost. */
    public Map<Strategy, Effort> effort() {
        return effort;
    }

    /** A copy with {@code settings} for rule {@code ruleId}. */
    public CloudcostConfig withRule(String ruleId, RuleSettings settings) {
        Map<String, RuleSettings> r = new LinkedHashMap<>(rules);
        r.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(settings, "settings"));
        return new CloudcostConfig(tagColumns, currency, exchangeRates, r, environmentTagKeys, ignoreTagKey,
                ignoreTagValue, timeZone, prices, effort);
    }

    /** A copy with one global threshold of one rule changed: {@code withThreshold("idle-compute", "p95CpuPercent", 10)}. */
    public CloudcostConfig withThreshold(String ruleId, String threshold, double value) {
        return withRule(ruleId, rule(ruleId).withThreshold(threshold, value));
    }

    /** A copy whose environment comes from these tag keys. */
    public CloudcostConfig withEnvironmentTagKeys(List<String> keys) {
        if (keys.isEmpty() || keys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw new CloudcostException("environment tag keys must be a non-empty list of tag keys, was " + keys);
        }
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, keys, ignoreTagKey, ignoreTagValue,
                timeZone, prices, effort);
    }

    /** A copy with another ignore tag. */
    public CloudcostConfig withIgnoreTag(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new CloudcostException("the ignore tag needs a key and a value, was " + key + "=" + value);
        }
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, environmentTagKeys, key, value,
                timeZone, prices, effort);
    }

    /** A copy that profiles every resource in {@code zone}. */
    public CloudcostConfig withTimeZone(ZoneId zone) {
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, environmentTagKeys, ignoreTagKey,
                ignoreTagValue, Objects.requireNonNull(zone, "zone"), prices, effort);
    }

    /** A copy with one price-catalog override. */
    public CloudcostConfig withPrice(String provider, String key, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new CloudcostException("price " + key + " must not be negative, was " + value);
        }
        Map<String, Map<String, BigDecimal>> p = new LinkedHashMap<>(prices);
        Map<String, BigDecimal> inner = new LinkedHashMap<>(p.getOrDefault(provider, Map.of()));
        inner.put(key, value);
        p.put(provider, inner);
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, environmentTagKeys, ignoreTagKey,
                ignoreTagValue, timeZone, p, effort);
    }

    /** A copy with the implementation effort of one strategy. */
    public CloudcostConfig withEffort(Strategy strategy, Effort e) {
        Map<Strategy, Effort> m = new java.util.EnumMap<>(Strategy.class);
        m.putAll(effort);
        m.put(Objects.requireNonNull(strategy, "strategy"), Objects.requireNonNull(e, "effort"));
        return new CloudcostConfig(tagColumns, currency, exchangeRates, rules, environmentTagKeys, ignoreTagKey,
                ignoreTagValue, timeZone, prices, m);
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
                + ", exchangeRates=" + exchangeRates + ", rules=" + rules.keySet() + ", environmentTagKeys="
                + environmentTagKeys + ", ignoreTag=" + ignoreTagKey + "=" + ignoreTagValue + ", timeZone="
                + (timeZone == null ? "(by region)" : timeZone) + ", prices=" + prices.keySet() + ", effort="
                + effort.keySet() + "}";
    }
}
