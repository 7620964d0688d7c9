package org.cloudcost.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The rules an analysis runs: the built-in ones and any rule on the classpath, found through
 * {@link ServiceLoader} ({@code META-INF/services/org.cloudcost.core.rules.Rule}), in the order
 * the service files list them. Immutable; ids are unique and kebab-case.
 *
 * <pre>{@code
 * RuleRegistry rules = RuleRegistry.load();
 * rules.ids();                          // [idle-compute, underutilized-compute, ...]
 * rules.find("idle-compute").orElseThrow().thresholds();
 * RuleRegistry mine = RuleRegistry.of(List.of(new IdleGpuRule()));
 * }</pre>
 */
public final class RuleRegistry {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            String id = rule.id();
            if (id == null || !KEBAB.matcher(id).matches()) {
                throw new IllegalArgumentException("rule " + rule.getClass().getName() + " has id \"" + id
                        + "\"; ids are kebab-case, e.g. idle-compute");
            }
            Rule earlier = byId.putIfAbsent(id, rule);
            if (earlier != null) {
                throw new IllegalArgumentException("two rules have the id " + id + ": " + earlier.getClass().getName()
                        + " and " + rule.getClass().getName());
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    /** The rules on the class path of this class's loader. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** The rules visible to {@code loader}. */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    /**
     * Exactly these rules.
     *
     * @throws IllegalArgumentException on a duplicate or malformed id
     */
    public static RuleRegistry of(List<? extends Rule> rules) {
        return new RuleRegistry(List.copyOf(rules));
    }

    /** The rules, in registry order. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** Their ids, in registry order. */
    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }

    /** The rule with this id. */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** A registry with only the rules whose id is in {@code ids}, in registry order. */
    public RuleRegistry only(java.util.Collection<String> ids) {
        return new RuleRegistry(rules.values().stream().filter(r -> ids.contains(r.id())).toList());
    }

    @Override
    public String toString() {
        return "RuleRegistry" + rules.keySet();
    }
}
