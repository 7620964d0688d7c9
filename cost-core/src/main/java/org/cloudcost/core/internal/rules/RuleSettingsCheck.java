package org.cloudcost.core.internal.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Threshold;

/**
 * Checks rule settings made in Java ({@code config.withThreshold(...)}) the way the YAML reader
 * checks the file: every rule id is registered, every threshold name is the rule's, every value
 * in its range. Settings for a rule outside the registry being run are reported too, so a typo
 * never passes silently.
 */
public final class RuleSettingsCheck {
    private RuleSettingsCheck() {
    }

    /**
     * Fails on the first setting that names an unknown rule or threshold, or a value out of range.
     *
     * @throws CloudcostException naming the rule, threshold, value and the allowed range
     */
    public static void check(CloudcostConfig config, RuleRegistry rules) {
        for (Map.Entry<String, RuleSettings> e : config.rules().entrySet()) {
            Optional<Rule> rule = rules.find(e.getKey());
            if (rule.isEmpty()) {
                throw new CloudcostException("the configuration has settings for rule \"" + e.getKey()
                        + "\", which is not among the rules run (" + String.join(", ", rules.ids()) + ")");
            }
            RuleSettings s = e.getValue();
            values(rule.get(), s.thresholds(), "");
            s.byEnvironment().forEach((env, v) -> values(rule.get(), v, " for environment " + env));
            s.byTag().forEach((tag, v) -> values(rule.get(), v, " for tag " + tag));
        }
    }

    private static void values(Rule rule, Map<String, Double> values, String where) {
        values.forEach((name, value) -> {
            Threshold t = rule.thresholds().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new CloudcostException("rule " + rule.id() + " has no threshold \"" + name + "\""
                            + where + "; its thresholds: " + String.join(", ", rule.thresholds().stream().map(Threshold::name).toList())));
            if (!t.accepts(value)) {
                throw new CloudcostException("rule " + rule.id() + " threshold " + name + where + " must be from "
                        + String.format(Locale.ROOT, "%s to %s (%s), was %s", t.min(), t.max(), t.unit(), value));
            }
        });
    }
}
