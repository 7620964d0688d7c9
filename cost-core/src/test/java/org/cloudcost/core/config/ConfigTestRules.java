package org.cloudcost.core.config;

import java.util.List;
import java.util.Set;

import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Stand-in rules for the config tests, so they do not depend on which built-in rules are
 * registered yet: an {@code idle-compute} with {@code p95CpuPercent} (0..100 %, default 5) and
 * {@code minDays} (1..366 days, default 14), and a {@code stale-storage} with
 * {@code archiveAfterDays} (1..3650 days, default 90). They never find anything.
 */
final class ConfigTestRules {
    private ConfigTestRules() {
    }

    /** Both stand-in rules. */
    static RuleRegistry registry() {
        return RuleRegistry.of(List.of(
                new TestRule("idle-compute", Strategy.CLEANUP, List.of(
                        threshold("p95CpuPercent", "%", 5, 0, 100),
                        threshold("minDays", "days", 14, 1, 366))),
                new TestRule("stale-storage", Strategy.DATA_LIFECYCLE, List.of(
                        threshold("archiveAfterDays", "days", 90, 1, 3650)))));
    }

    private static Threshold threshold(String name, String unit, double defaultValue, double min, double max) {
        return new Threshold(name, "a test threshold", unit, defaultValue, min, max, "for tests", "the config tests");
    }

    /** A rule with fixed thresholds that finds nothing. */
    record TestRule(String id, Strategy strategy, List<Threshold> thresholds) implements Rule {
        @Override
        public String summary() {
            return "a stand-in for the config tests";
        }

        @Override
        public Set<DataKind> requires() {
            return Set.of(DataKind.BILLING);
        }

        @Override
        public RuleOutcome evaluate(RuleContext context) {
            return RuleOutcome.builder(this).build();
        }
    }
}
