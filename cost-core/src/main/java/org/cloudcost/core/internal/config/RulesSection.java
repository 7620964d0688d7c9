package org.cloudcost.core.internal.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Threshold;

/**
 * {@code rules}: per rule id, {@code enabled} and threshold overrides (global, per environment,
 * per {@code key=value} tag). Rule ids and threshold names are checked against the registry, and
 * each value against its threshold's range.
 */
final class RulesSection {
    /** Keys under one rule. */
    static final List<String> RULE_KEYS = List.of("enabled", "thresholds", "environments", "tags");

    private RulesSection() {
    }

    /** Applies the section; the registry is only loaded when the section names a rule. */
    static CloudcostConfig apply(ConfigNode node, CloudcostConfig config, Supplier<RuleRegistry> registry) {
        List<ConfigNode> entries = node.entries("a map of rule id to its settings, e.g. {idle-compute: {enabled: false}}");
        RuleRegistry rules = entries.isEmpty() ? null : registry.get();
        for (ConfigNode entry : entries) {
            Rule rule = rule(entry, rules);
            config = config.withRule(rule.id(), settings(entry, rule));
        }
        return config;
    }

    private static Rule rule(ConfigNode entry, RuleRegistry registry) {
        String id = entry.key();
        return registry.find(id).orElseThrow(() -> entry.keyError("unknown rule " + ConfigNode.quote(id)
                + DidYouMean.hint(id, registry.ids())
                + (registry.ids().isEmpty() ? "; no rules are installed" : "; known rules: " + String.join(", ", registry.ids()))));
    }

    private static RuleSettings settings(ConfigNode node, Rule rule) {
        node.requireKnownKeys(RULE_KEYS);
        RuleSettings settings = RuleSettings.defaults();
        if (node.field("enabled").isPresent()) {
            settings = settings.withEnabled(ConfigValues.bool(node.field("enabled").get()));
        }
        if (node.field("thresholds").isPresent()) {
            for (ConfigNode t : thresholds(node.field("thresholds").get(), rule)) {
                settings = settings.withThreshold(t.key(), value(t, rule));
            }
        }
        if (node.field("environments").isPresent()) {
            for (ConfigNode env : node.field("environments").get().entries(
                    "a map of environment to thresholds, e.g. {test: " + example(rule) + "}")) {
                String environment = environment(env);
                for (ConfigNode t : thresholds(env, rule)) {
                    settings = settings.withEnvironmentThreshold(environment, t.key(), value(t, rule));
                }
            }
        }
        if (node.field("tags").isPresent()) {
            for (ConfigNode tag : node.field("tags").get().entries(
                    "a map of key=value tag to thresholds, e.g. {\"team=data\": " + example(rule) + "}")) {
                Map.Entry<String, String> kv = ConfigValues.tag(tag, tag.key(), "team=data", true);
                for (ConfigNode t : thresholds(tag, rule)) {
                    settings = settings.withTagThreshold(kv.getKey() + "=" + kv.getValue(), t.key(), value(t, rule));
                }
            }
        }
        return settings;
    }

    /** The entries of a thresholds map, each name checked against the rule's. */
    private static List<ConfigNode> thresholds(ConfigNode node, Rule rule) {
        List<ConfigNode> entries = node.entries("a map of threshold name to value, e.g. " + example(rule));
        List<String> names = rule.thresholds().stream().map(Threshold::name).toList();
        for (ConfigNode entry : entries) {
            if (!names.contains(entry.key())) {
                throw entry.keyError("unknown threshold " + ConfigNode.quote(entry.key())
                        + DidYouMean.hint(entry.key(), names) + "; " + rule.id()
                        + (names.isEmpty() ? " has no thresholds" : " has " + String.join(", ", names)));
            }
        }
        return entries;
    }

    /** A threshold value within the threshold's range. */
    private static double value(ConfigNode node, Rule rule) {
        Threshold spec = rule.thresholds().stream().filter(t -> t.name().equals(node.key())).findFirst().orElseThrow();
        String expected = "a number from " + number(spec.min()) + " to " + number(spec.max()) + " (" + spec.unit() + ")";
        double value = ConfigValues.decimal(node, expected).doubleValue();
        if (!spec.accepts(value)) {
            throw node.expected(expected);
        }
        return value;
    }

    /** An environment as resources carry it: lower-case, no spaces at its ends. */
    private static String environment(ConfigNode entry) {
        String env = entry.key();
        String normal = env.strip().toLowerCase(Locale.ROOT);
        if (normal.isEmpty()) {
            throw entry.keyError("expected an environment such as test or prod, or the class non-prod, found "
                    + ConfigNode.quote(env));
        }
        if (!normal.equals(env)) {
            throw entry.keyError("environment " + ConfigNode.quote(env) + " must be written in lower case without"
                    + " spaces, as resources' environments are compared; write " + normal);
        }
        return env;
    }

    /** {@code {p95CpuPercent: 5}}: the rule's first threshold at its default, for messages. */
    private static String example(Rule rule) {
        return rule.thresholds().isEmpty() ? "{}"
                : "{" + rule.thresholds().get(0).name() + ": " + number(rule.thresholds().get(0).defaultValue()) + "}";
    }

    /** 5.0 → 5, 0.25 → 0.25. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
