package org.cloudcost.core.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One documented threshold of a rule: its name (the key in {@code cloudcost.yaml}), meaning,
 * unit, default, the range the configuration may set, why the default is what it is, and the
 * source of that default. A rule lists its thresholds in {@link Rule#thresholds()}; the values
 * in force for one resource come from {@link RuleContext#thresholds(Rule, Resource)}.
 *
 * <pre>{@code
 * new Threshold("p95CpuPercent", "95th percentile of hourly CPU below which an instance is idle",
 *         "%", 5, 0, 100, "a busy-looking idle VM (agents, cron) stays under 5 %",
 *         "AWS Trusted Advisor low-utilization check (10 %); Compute Optimizer idle (1 % max)");
 * }</pre>
 *
 * @param name camelCase key, e.g. {@code p95CpuPercent}
 * @param meaning what the value decides, one sentence
 * @param unit the unit ({@code %}, {@code MB/day}, {@code days}, {@code hours}, {@code share})
 * @param defaultValue the value used when the configuration says nothing
 * @param min smallest value the configuration may set
 * @param max largest value the configuration may set
 * @param why the reasoning behind the default
 * @param source where the default comes from (a product, a document, the case study)
 */
public record Threshold(String name, String meaning, String unit, double defaultValue, double min, double max,
                        String why, String source) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Checks the name and that {@code min <= default <= max}. */
    public Threshold {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("threshold name must be camelCase, was \"" + name + "\"");
        }
        for (String text : new String[] {meaning, unit, why, source}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("threshold " + name + " needs a meaning, unit, why and source");
            }
        }
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("threshold " + name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** True when the configuration may set {@code value}. */
    public boolean accepts(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }
}
