package org.cloudcost.core.internal.config;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.rules.Strategy;

/** {@code effort}: strategy id → {@code {hours, hourlyRate, oneOff}}, the one-off cost of carrying it out. */
final class EffortSection {
    /** Keys under one strategy. */
    static final List<String> EFFORT_KEYS = List.of("hours", "hourlyRate", "oneOff");

    private static final String EXAMPLE = "{hours: 40, hourlyRate: 300}";

    private EffortSection() {
    }

    /** {@code effort: {right-sizing: {hours: 40, hourlyRate: 300, oneOff: 0}}}. */
    static CloudcostConfig apply(ConfigNode node, CloudcostConfig config) {
        for (ConfigNode entry : node.entries("a map of strategy to effort, e.g. {right-sizing: " + EXAMPLE + "}")) {
            Strategy strategy = strategy(entry);
            entry.requireKnownKeys(EFFORT_KEYS);
            BigDecimal hours = required(entry, "hours", "hours");
            BigDecimal rate = required(entry, "hourlyRate", "reporting currency per hour");
            BigDecimal oneOff = entry.field("oneOff").map(v -> ConfigValues.nonNegativeDecimal(v, "reporting currency"))
                    .orElse(BigDecimal.ZERO);
            config = config.withEffort(strategy, new Effort(hours, rate, oneOff));
        }
        return config;
    }

    private static Strategy strategy(ConfigNode entry) {
        String id = entry.key();
        List<String> ids = Arrays.stream(Strategy.values()).map(Strategy::id).toList();
        Optional<Strategy> strategy = Arrays.stream(Strategy.values()).filter(s -> s.id().equals(id)).findFirst();
        return strategy.orElseThrow(() -> entry.keyError("unknown strategy " + ConfigNode.quote(id)
                + DidYouMean.hint(id, ids) + "; known strategies: " + String.join(", ", ids)));
    }

    private static BigDecimal required(ConfigNode entry, String key, String unit) {
        ConfigNode value = entry.field(key).orElseThrow(() -> entry.keyError(key + " is missing; an effort needs hours and"
                + " hourlyRate (oneOff is optional), e.g. " + EXAMPLE));
        return ConfigValues.nonNegativeDecimal(value, unit);
    }
}
