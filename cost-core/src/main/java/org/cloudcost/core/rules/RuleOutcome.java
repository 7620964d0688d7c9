package org.cloudcost.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What one rule made of a dataset: its findings and the resources it skipped, with reasons.
 * Immutable.
 *
 * <pre>{@code
 * RuleOutcome.Builder out = RuleOutcome.builder(this);
 * out.skip(resource, "no cpu_percent rows");
 * out.add(finding);
 * return out.build();
 * }</pre>
 *
 * @param ruleId the rule
 * @param findings its findings, in the order found
 * @param skips what it could not judge
 */
public record RuleOutcome(String ruleId, List<Finding> findings, List<Skip> skips) {
    public RuleOutcome {
        findings = List.copyOf(findings);
        skips = List.copyOf(skips);
    }

    /** A rule that cannot run at all: one skip for every resource ({@link Skip#ALL}). */
    public static RuleOutcome skipped(Rule rule, String reason) {
        return new RuleOutcome(rule.id(), List.of(), List.of(new Skip(rule.id(), Skip.ALL, reason)));
    }

    /** Collects findings and skips of {@code rule}. */
    public static Builder builder(Rule rule) {
        return new Builder(rule.id());
    }

    /** Mutable collector; not thread-safe. */
    public static final class Builder {
        private final String ruleId;
        private final List<Finding> findings = new ArrayList<>();
        private final List<Skip> skips = new ArrayList<>();

        private Builder(String ruleId) {
            this.ruleId = ruleId;
        }

        public Builder add(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder skip(Resource resource, String reason) {
            skips.add(new Skip(ruleId, resource.id(), reason));
            return this;
        }

        public Builder skip(String resourceId, String reason) {
            skips.add(new Skip(ruleId, resourceId, reason));
            return this;
        }

        public RuleOutcome build() {
            return new RuleOutcome(ruleId, findings, skips);
        }
    }
}
