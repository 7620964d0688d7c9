package org.cloudcost.core.internal.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.rules.RuleRegistry;

/**
 * Reads {@code cloudcost.yaml} into a {@link CloudcostConfig}, strictly: an unknown key, a
 * value of the wrong type or out of range fails with one line naming the file, line, column
 * and key path, e.g. {@code cloudcost.yaml:4:3 (tags.colums): unknown key "colums"; known
 * keys: columns}. An empty file gives the defaults.
 *
 * <p>Each top-level key is a {@code Section}: one small method that checks its node and
 * returns the config with that setting applied. A new setting is one more entry in
 * {@code SECTIONS}; the known keys named in messages follow from it. Inside a section,
 * {@code ConfigNode.requireKnownKeys(allowed)} rejects unknown keys the same way. The larger
 * sections have their own classes ({@code RulesSection}, {@code PricesSection},
 * {@code EffortSection}, {@code TagSections}); the value checks they share are in
 * {@code ConfigValues}.
 *
 * <p>Rule ids and threshold names are checked against a {@link RuleRegistry}: the rules on the
 * class path, or the one given to {@link #read(Path, RuleRegistry)}.
 */
public final class ConfigYamlReader {
    /** Reads one top-level section into the config built so far. */
    @FunctionalInterface
    private interface Section {
        CloudcostConfig apply(ConfigNode node, CloudcostConfig config, Supplier<RuleRegistry> rules);
    }

    /** Top-level keys, in the order they are applied ({@code exchangeRates} needs {@code currency}). */
    private static final Map<String, Section> SECTIONS = sections();

    /** Keys under {@code tags}. */
    private static final List<String> TAG_KEYS = List.of("columns");

    private static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String ZONE_EXPECTED = "a time zone such as Asia/Shanghai, UTC or +08:00";

    private ConfigYamlReader() {
    }

    private static Map<String, Section> sections() {
        Map<String, Section> s = new LinkedHashMap<>();
        s.put("currency", (node, config, rules) -> currency(node, config));
        s.put("exchangeRates", (node, config, rules) -> exchangeRates(node, config));
        s.put("tags", (node, config, rules) -> tags(node, config));
        s.put("timeZone", (node, config, rules) -> timeZone(node, config));
        s.put("environments", (node, config, rules) -> TagSections.environments(node, config));
        s.put("ignoreTag", (node, config, rules) -> TagSections.ignoreTag(node, config));
        s.put("rules", RulesSection::apply);
        s.put("prices", (node, config, rules) -> PricesSection.apply(node, config));
        s.put("effort", (node, config, rules) -> EffortSection.apply(node, config));
        return Collections.unmodifiableMap(s);
    }

    /**
     * Reads the file, checking rule ids and thresholds against the rules on the class path
     * ({@link RuleRegistry#load()}, loaded only when the file has a {@code rules} section).
     *
     * @throws org.cloudcost.core.InputException when the file is missing, is not YAML, or holds an
     *         unknown key or a bad value; the message is one line with file, line, column and key path
     */
    public static CloudcostConfig read(Path yaml) {
        return read(yaml, RuleRegistry::load);
    }

    /**
     * Reads the file, checking rule ids and thresholds against {@code rules}.
     *
     * @throws org.cloudcost.core.InputException as {@link #read(Path)}
     */
    public static CloudcostConfig read(Path yaml, RuleRegistry rules) {
        Objects.requireNonNull(rules, "rules");
        return read(yaml, () -> rules);
    }

    private static CloudcostConfig read(Path yaml, Supplier<RuleRegistry> rules) {
        Objects.requireNonNull(yaml, "yaml");
        ConfigNode root = YamlDocument.read(yaml).root();
        CloudcostConfig config = CloudcostConfig.defaults();
        if (root.isEmpty()) {
            return config;
        }
        if (!root.json().isObject()) {
            throw root.expected("a map of settings (" + String.join(", ", SECTIONS.keySet()) + ")");
        }
        root.requireKnownKeys(SECTIONS.keySet());
        for (Map.Entry<String, Section> section : SECTIONS.entrySet()) {
            Optional<ConfigNode> node = root.field(section.getKey());
            if (node.isPresent()) {
                config = section.getValue().apply(node.get(), config, rules);
            }
        }
        return config;
    }

    /** {@code currency: CNY}: the reporting currency. */
    private static CloudcostConfig currency(ConfigNode node, CloudcostConfig config) {
        if (!node.json().isTextual() || node.isEmpty()) {
            throw node.expected(ConfigValues.CURRENCY_EXPECTED);
        }
        String problem = ConfigValues.currencyProblem(node.text());
        if (problem != null) {
            throw node.error(problem);
        }
        return config.withCurrency(node.text());
    }

    /** {@code exchangeRates: {USD: 7.10}}: 1 USD is worth 7.10 units of the reporting currency. */
    private static CloudcostConfig exchangeRates(ConfigNode node, CloudcostConfig config) {
        List<ConfigNode> rates = node.entries("a map of currency code to rate, e.g. {USD: 7.10}");
        if (rates.isEmpty()) {
            return config;
        }
        if (config.currency().isEmpty()) {
            throw node.keyError("exchange rates need a reporting currency: add currency (e.g. currency: CNY);"
                    + " each rate is what 1 unit of its currency is worth in it");
        }
        String target = config.currency().get();
        for (ConfigNode rate : rates) {
            String problem = ConfigValues.currencyProblem(rate.key());
            if (problem != null) {
                throw rate.keyError(problem);
            }
            BigDecimal value = positiveDecimal(rate);
            if (rate.key().equals(target)) {
                if (value.compareTo(BigDecimal.ONE) != 0) {
                    throw rate.error(target + " is the reporting currency, its rate can only be 1, found "
                            + rate.describe());
                }
                continue;
            }
            config = config.withExchangeRate(rate.key(), value);
        }
        return config;
    }

    /** {@code timeZone: Asia/Shanghai}: one zone for every resource's hour-of-day profile. */
    private static CloudcostConfig timeZone(ConfigNode node, CloudcostConfig config) {
        if (!node.isScalar()) {
            throw node.expected(ZONE_EXPECTED);
        }
        try {
            return config.withTimeZone(ZoneId.of(node.text()));
        } catch (DateTimeException e) {
            throw node.error("expected " + ZONE_EXPECTED + ", found " + node.describe()
                    + DidYouMean.hint(node.text(), ZoneId.getAvailableZoneIds()));
        }
    }

    /** {@code tags: {columns: {...}}}: replaces the default tag columns when given. */
    private static CloudcostConfig tags(ConfigNode node, CloudcostConfig config) {
        node.requireKnownKeys(TAG_KEYS);
        Optional<ConfigNode> columns = node.field("columns");
        return columns.isEmpty() ? config : config.withTagColumns(tagColumns(columns.get()));
    }

    private static TagColumns tagColumns(ConfigNode node) {
        List<ConfigNode> columns = node.entries("a map of column name to raw tag keys, e.g. {env: [environment, stage]}");
        if (columns.isEmpty()) {
            throw node.error("expected at least one column, e.g. env: [environment, stage];"
                    + " leave tags.columns out to keep the defaults (env, team, app)");
        }
        Map<String, String> columnOfKey = new HashMap<>(); // tag key, folded → the column it feeds
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ConfigNode column : columns) {
            String name = column.key();
            if (!COLUMN_NAME.matcher(name).matches()) {
                throw column.keyError("column name " + ConfigNode.quote(name)
                        + " must match [a-z][a-z0-9_]* (a lower-case letter, then lower-case letters, digits or _)");
            }
            for (String fixed : BillingFrame.FIXED_COLUMNS) {
                if (fixed.equalsIgnoreCase(name)) {
                    throw column.keyError("column name " + ConfigNode.quote(name) + " clashes with the billing column "
                            + fixed + "; choose another name");
                }
            }
            claim(columnOfKey, name, name, column, true);
            List<String> rawKeys = new ArrayList<>();
            for (ConfigNode raw : column.elements("a list of raw tag keys, e.g. [environment, stage], or []")) {
                if (!raw.isScalar() || raw.text().isBlank()) {
                    throw raw.expected("a raw tag key");
                }
                String key = raw.text().strip();
                claim(columnOfKey, key, name, raw, false);
                rawKeys.add(key);
            }
            out.put(name, rawKeys);
        }
        return TagColumns.of(out);
    }

    /** A tag key (matched without regard to case, as {@link TagColumns} does) feeds one column only. */
    private static void claim(Map<String, String> columnOfKey, String key, String column, ConfigNode at, boolean isName) {
        String earlier = columnOfKey.putIfAbsent(key.toLowerCase(Locale.ROOT), column);
        if (earlier != null && !earlier.equals(column)) {
            String problem = "tag key " + ConfigNode.quote(key) + " already feeds column " + ConfigNode.quote(earlier)
                    + "; a tag key can feed one column only";
            throw isName ? at.keyError(problem) : at.error(problem);
        }
    }

    /** A rate as a BigDecimal from its source digits (7.1234567 stays exactly that). */
    private static BigDecimal positiveDecimal(ConfigNode node) {
        BigDecimal value = ConfigValues.decimal(node, "a positive number");
        if (value.signum() <= 0) {
            throw node.expected("a positive number");
        }
        return value;
    }
}
