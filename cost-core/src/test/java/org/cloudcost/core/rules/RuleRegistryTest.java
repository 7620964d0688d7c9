package org.cloudcost.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole registry: every built-in rule is found, has a unique kebab-case id and documented thresholds. */
class RuleRegistryTest {
    /** DESIGN.md's rule table, in order. */
    static final List<String> DESIGN_RULES = List.of("idle-compute", "underutilized-compute", "off-hours-compute",
            "idle-window-database", "oversized-test-env", "stale-storage", "unattached-disk", "old-snapshot", "unused-ip",
            "bandwidth-peak", "hot-instance");

    @Test
    void theBuiltInRulesAreTheDesignTableInOrder() {
        assertThat(RuleRegistry.load().ids()).containsExactlyElementsOf(DESIGN_RULES);
    }

    @Test
    void everyRuleDocumentsItselfAndItsThresholds() {
        for (Rule rule : RuleRegistry.load().rules()) {
            assertThat(rule.summary()).as(rule.id() + " summary").isNotBlank().doesNotContain("\n");
            assertThat(rule.description()).as(rule.id() + " description").isNotBlank();
            assertThat(rule.requires()).as(rule.id() + " requires").isNotEmpty();
            assertThat(rule.thresholds()).as(rule.id() + " thresholds").isNotEmpty();
            Set<String> names = new HashSet<>();
            for (Threshold t : rule.thresholds()) {
                assertThat(names.add(t.name())).as(rule.id() + " duplicate threshold " + t.name()).isTrue();
                assertThat(t.source()).as(rule.id() + "." + t.name() + " source").hasSizeGreaterThan(5);
                assertThat(t.why()).as(rule.id() + "." + t.name() + " why").hasSizeGreaterThan(10);
                assertThat(t.accepts(t.defaultValue())).isTrue();
            }
            assertThat(Thresholds.defaults(rule.id(), rule.thresholds()).values()).hasSameSizeAs(rule.thresholds());
        }
    }

    @Test
    void strategiesMatchTheDesignTable() {
        RuleRegistry r = RuleRegistry.load();
        assertThat(r.find("idle-compute").orElseThrow().strategy()).isEqualTo(Strategy.CLEANUP);
        assertThat(r.find("underutilized-compute").orElseThrow().strategy()).isEqualTo(Strategy.RIGHT_SIZING);
        assertThat(r.find("off-hours-compute").orElseThrow().strategy()).isEqualTo(Strategy.ELASTIC_SCALING);
        assertThat(r.find("idle-window-database").orElseThrow().strategy()).isEqualTo(Strategy.ELASTIC_SCALING);
        assertThat(r.find("oversized-test-env").orElseThrow().strategy()).isEqualTo(Strategy.RIGHT_SIZING);
        assertThat(r.find("stale-storage").orElseThrow().strategy()).isEqualTo(Strategy.DATA_LIFECYCLE);
        for (String id : List.of("unattached-disk", "old-snapshot", "unused-ip")) {
            assertThat(r.find(id).orElseThrow().strategy()).isEqualTo(Strategy.CLEANUP);
        }
        assertThat(r.find("bandwidth-peak").orElseThrow().strategy()).isEqualTo(Strategy.NETWORK);
        assertThat(r.find("hot-instance").orElseThrow().strategy()).isEqualTo(Strategy.CAPACITY_RISK);
    }

    @Test
    void duplicateAndMalformedIdsAreRefused() {
        Rule idle = RuleRegistry.load().find("idle-compute").orElseThrow();
        assertThatThrownBy(() -> RuleRegistry.of(List.of(idle, idle))).hasMessageContaining("two rules have the id idle-compute");
        Rule bad = new Rule() {
            public String id() {
                return "Idle_Compute";
            }

            public Strategy strategy() {
                return Strategy.CLEANUP;
            }

            public String summary() {
                return "x";
            }

            public Set<DataKind> requires() {
                return Set.of();
            }

            public List<Threshold> thresholds() {
                return List.of();
            }

            public RuleOutcome evaluate(RuleContext context) {
                return RuleOutcome.builder(this).build();
            }
        };
        assertThatThrownBy(() -> RuleRegistry.of(List.of(bad))).hasMessageContaining("kebab-case");
        assertThat(RuleRegistry.load().only(List.of("stale-storage", "idle-compute")).ids())
                .containsExactly("idle-compute", "stale-storage");
    }
}
