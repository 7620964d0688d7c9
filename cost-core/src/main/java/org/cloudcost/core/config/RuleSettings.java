package org.cloudcost.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration of one rule: whether it runs, and threshold overrides applied in this
 * order over the rule's documented defaults: {@link #thresholds() global}, then
 * {@link #byEnvironment() per environment} (the resource's environment tag value, lower-case,
 * or {@code prod} / {@code non-prod} for the whole class), then {@link #byTag() per tag}
 * ({@code key=value}, in file order; the last matching tag wins).
 *
 * <pre>{@code
 * RuleSettings s = RuleSettings.defaults()
 *         .withThreshold("p95CpuPercent", 10)
 *         .withEnvironmentThreshold("test", "p95CpuPercent", 20);
 * }</pre>
 *
 * @param enabled false turns the rule off
 * @param thresholds threshold name → value, for every resource
 * @param byEnvironment environment → (threshold name → value)
 * @param byTag {@code key=value} → (threshold name → value)
 */
public record RuleSettings(boolean enabled, Map<String, Double> thresholds, Map<String, Map<String, Double>> byEnvironment,
                           Map<String, Map<String, Double>> byTag) {

    public RuleSettings {
        thresholds = copy(thresholds);
        byEnvironment = copyNested(byEnvironment);
        byTag = copyNested(byTag);
    }

    /** Enabled, no overrides. */
    public static RuleSettings defaults() {
        return new RuleSettings(true, Map.of(), Map.of(), Map.of());
    }

    /** A copy that is enabled or not. */
    public RuleSettings withEnabled(boolean on) {
        return new RuleSettings(on, thresholds, byEnvironment, byTag);
    }

    /** A copy with one global threshold override. */
    public RuleSettings withThreshold(String name, double value) {
        Map<String, Double> t = new LinkedHashMap<>(thresholds);
        t.put(name, value);
        return new RuleSettings(enabled, t, byEnvironment, byTag);
    }

    /** A copy with one override for resources whose environment is {@code environment}. */
    public RuleSettings withEnvironmentThreshold(String environment, String name, double value) {
        return new RuleSettings(enabled, thresholds, put(byEnvironment, environment, name, value), byTag);
    }

    /** A copy with one override for resources tagged {@code key=value} ({@code tag} is {@code key=value}). */
    public RuleSettings withTagThreshold(String tag, String name, double value) {
        return new RuleSettings(enabled, thresholds, byEnvironment, put(byTag, tag, name, value));
    }

    private static Map<String, Map<String, Double>> put(Map<String, Map<String, Double>> m, String k, String name, double v) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>(m);
        Map<String, Double> inner = new LinkedHashMap<>(out.getOrDefault(k, Map.of()));
        inner.put(name, v);
        out.put(k, inner);
        return out;
    }

    private static Map<String, Double> copy(Map<String, Double> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m == null ? Map.of() : m));
    }

    private static Map<String, Map<String, Double>> copyNested(Map<String, Map<String, Double>> m) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, copy(v)));
        }
        return Collections.unmodifiableMap(out);
    }
}
