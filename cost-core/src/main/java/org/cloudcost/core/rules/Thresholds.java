package org.cloudcost.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The threshold values in force for one rule and one resource: the documented defaults, then
 * the configuration's global, per-environment and per-tag overrides, in that order. Immutable.
 * Rules read them into their own typed record:
 *
 * <pre>{@code
 * Thresholds t = context.thresholds(this, resource);
 * double cpu = t.value("p95CpuPercent");
 * int days = t.intValue("minDays");
 * }</pre>
 */
public final class Thresholds {
    private final String ruleId;
    private final Map<String, Double> values;
    private final Map<String, String> origins;

    private Thresholds(String ruleId, Map<String, Double> values, Map<String, String> origins) {
        this.ruleId = ruleId;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    /** The defaults of {@code specs}. */
    public static Thresholds defaults(String ruleId, List<Threshold> specs) {
        Map<String, Double> v = new LinkedHashMap<>();
        Map<String, String> o = new LinkedHashMap<>();
        for (Threshold t : specs) {
            v.put(t.name(), t.defaultValue());
            o.put(t.name(), "default");
        }
        return new Thresholds(ruleId, v, o);
    }

    /**
     * A copy with {@code overrides} applied; {@code origin} says where they come from
     * ({@code config}, {@code environment test}, {@code tag team=data}).
     *
     * @throws IllegalArgumentException for a name the rule does not have
     */
    public Thresholds with(Map<String, Double> overrides, String origin) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Double> v = new LinkedHashMap<>(values);
        Map<String, String> o = new LinkedHashMap<>(origins);
        overrides.forEach((name, value) -> {
            if (!v.containsKey(name)) {
                throw new IllegalArgumentException(ruleId + " has no threshold \"" + name + "\"; it has " + v.keySet());
            }
            v.put(name, value);
            o.put(name, origin);
        });
        return new Thresholds(ruleId, v, o);
    }

    /** The rule these values belong to. */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The value of {@code name}.
     *
     * @throws IllegalArgumentException when the rule has no such threshold
     */
    public double value(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(ruleId + " has no threshold \"" + name + "\"; it has " + values.keySet());
        }
        return v;
    }

    /** {@link #value(String)} rounded to a whole number (days, hours, counts). */
    public int intValue(String name) {
        return (int) Math.round(value(name));
    }

    /** Where the value of {@code name} came from: {@code default}, {@code config}, {@code environment test}, … */
    public String origin(String name) {
        value(name);
        return origins.get(name);
    }

    /** All values by name, in the rule's order. */
    public Map<String, Double> values() {
        return values;
    }

    @Override
    public String toString() {
        return ruleId + values;
    }
}
