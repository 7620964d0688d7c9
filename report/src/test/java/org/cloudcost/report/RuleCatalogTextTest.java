package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;
import org.junit.jupiter.api.Test;

class RuleCatalogTextTest {
    private static final Threshold CPU = new Threshold("p95CpuPercent", "95th percentile of hourly CPU below which an"
            + " instance is idle", "%", 5, 0, 100, "a busy-looking idle VM (agents, cron) stays under 5 %",
            "AWS Trusted Advisor low-utilization check (10 %)");
    private static final Threshold SHARE = new Threshold("idleDayShare", "share of days that must be idle", "share", 0.9,
            0.5, 1, "one busy day a fortnight must not hide an idle VM", "the case study");

    /** A rule with fixed texts, thresholds and inputs. */
    private record FixedRule(String id, Strategy strategy, String summary, String description, Set<DataKind> requires,
                             List<Threshold> thresholds) implements Rule {
        @Override
        public RuleOutcome evaluate(RuleContext context) {
            throw new AssertionError("not run");
        }
    }

    private static final Rule IDLE = new FixedRule("idle-thing", Strategy.CLEANUP, "Things that do nothing",
            "Looks at every thing's CPU and network. A thing idle on most days is flagged; the saving is its whole cost.",
            Set.of(DataKind.USAGE, DataKind.BILLING), List.of(CPU, SHARE));
    private static final Rule PIPE = new FixedRule("pipe-rule", Strategy.NETWORK, "Pipes | or bars\nover two lines",
            "Short.", Set.of(DataKind.INVENTORY), List.of(CPU));
    private static final Rule BARE = new FixedRule("bare-rule", Strategy.CAPACITY_RISK, "No thresholds at all",
            "Short.", Set.of(DataKind.BILLING), List.of());

    private static final RuleRegistry THREE = RuleRegistry.of(List.of(IDLE, PIPE, BARE));

    @Test
    void listHasAHeaderAndOneLinePerRuleAllLeftAligned() {
        List<String> lines = RuleCatalogText.list(THREE).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("  Rule\\s+Strategy\\s+Flags");
        assertThat(lines.get(1)).matches("  idle-thing\\s+cleanup\\s+Things that do nothing");
        assertThat(lines.get(2)).startsWith("  pipe-rule ").contains(" network ");
        assertThat(lines.get(3)).matches("  bare-rule\\s+capacity-risk\\s+No thresholds at all");
        // left-aligned: the strategy and the summary start in the same column on every line
        int strategy = lines.get(0).indexOf("Strategy");
        int flags = lines.get(0).indexOf("Flags");
        for (String line : List.of(lines.get(1), lines.get(2), lines.get(3))) {
            assertThat(line.charAt(strategy - 1)).as(line).isEqualTo(' ');
            assertThat(line.charAt(strategy)).as(line).isNotEqualTo(' ');
            assertThat(line.charAt(flags)).as(line).isNotEqualTo(' ');
        }
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void listOfTheBuiltInRulesHasOneLinePerRegisteredRule() {
        RuleRegistry builtIn = RuleRegistry.load();

        List<String> lines = RuleCatalogText.list(builtIn).lines().toList();

        assertThat(lines).hasSize(builtIn.ids().size() + 1);
        for (int i = 0; i < builtIn.ids().size(); i++) {
            assertThat(lines.get(i + 1)).startsWith("  " + builtIn.ids().get(i) + " ");
        }
    }

    @Test
    void markdownTableHasAHeaderASeparatorAndOneRowPerRule() {
        List<String> lines = RuleCatalogText.markdownTable(THREE).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("| Rule | Strategy | Flags | Thresholds (default) |");
        assertThat(lines.get(1)).isEqualTo("|---|---|---|---|");
        assertThat(lines.get(2)).isEqualTo("| `idle-thing` | cleanup | Things that do nothing | "
                + "`p95CpuPercent` = 5 %<br>`idleDayShare` = 0.9 share |");
        assertThat(lines.get(4)).isEqualTo("| `bare-rule` | capacity-risk | No thresholds at all |  |");
    }

    @Test
    void markdownTableEscapesBarsAndJoinsLinesOfASummary() {
        String row = RuleCatalogText.markdownTable(THREE).lines().toList().get(3);

        assertThat(row).isEqualTo("| `pipe-rule` | network | Pipes \\| or bars over two lines | `p95CpuPercent` = 5 % |");
        // still four cells: only the unescaped bars separate them
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6);
    }

    @Test
    void markdownTableOfTheBuiltInRules() {
        RuleRegistry builtIn = RuleRegistry.load();

        List<String> lines = RuleCatalogText.markdownTable(builtIn).lines().toList();

        assertThat(lines).hasSize(builtIn.ids().size() + 2);
        assertThat(lines.get(0)).startsWith("| Rule | Strategy |");
        for (int i = 0; i < builtIn.ids().size(); i++) {
            assertThat(lines.get(i + 2)).startsWith("| `" + builtIn.ids().get(i) + "` | ").endsWith(" |");
        }
    }

    @Test
    void describePrintsEveryThresholdWithDefaultRangeMeaningWhyAndSource() {
        String text = RuleCatalogText.describe(IDLE);

        assertThat(text).startsWith("idle-thing (cleanup)\n  Things that do nothing\n\n");
        assertThat(text).contains("  Looks at every thing's CPU and network.");
        assertThat(text).contains("\n  Needs: billing, usage\n");
        assertThat(text).contains("rules.idle-thing.thresholds in cloudcost.yaml");
        assertThat(text).contains("\n  p95CpuPercent = 5 %   (allowed 0 to 100)\n");
        assertThat(text).contains("\n  idleDayShare = 0.9 share   (allowed 0.5 to 1)\n");
        assertThat(text).contains("      95th percentile of hourly CPU below which an instance is idle\n",
                "      Why: a busy-looking idle VM (agents, cron) stays under 5 %\n",
                "      Source: AWS Trusted Advisor low-utilization check (10 %)\n",
                "      share of days that must be idle\n",
                "      Why: one busy day a fortnight must not hide an idle VM\n",
                "      Source: the case study\n");
        // thresholds in the rule's order
        assertThat(text.indexOf("p95CpuPercent =")).isLessThan(text.indexOf("idleDayShare ="));
    }

    @Test
    void describeWrapsLongTextWithoutLosingWords() {
        String longWhy = "word ".repeat(60).strip();
        Rule rule = new FixedRule("long-rule", Strategy.RIGHT_SIZING, "s", "d " + "desc ".repeat(50),
                Set.of(DataKind.BILLING), List.of(new Threshold("minDays", "m", "days", 14, 1, 90, longWhy, "src")));

        String text = RuleCatalogText.describe(rule);

        List<String> whyLines = text.lines().dropWhile(l -> !l.contains("Why:")).takeWhile(l -> !l.contains("Source:"))
                .toList();
        assertThat(whyLines.size()).isGreaterThan(1);
        assertThat(whyLines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(6 + 92).isGreaterThan(6));
        assertThat(String.join(" ", whyLines).replaceAll("\\s+", " ").strip()).isEqualTo("Why: " + longWhy);
        assertThat(text.lines().filter(l -> l.startsWith("  d desc") || l.startsWith("  desc")))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(2 + 96));
    }

    @Test
    void describesEveryBuiltInRuleWithAllItsThresholds() {
        for (Rule rule : RuleRegistry.load().rules()) {
            String text = RuleCatalogText.describe(rule);
            assertThat(text).startsWith(rule.id() + " (" + rule.strategy().id() + ")\n");
            for (Threshold t : rule.thresholds()) {
                assertThat(text).as(rule.id()).contains("\n  " + t.name() + " = " + RuleCatalogText.number(t.defaultValue())
                        + " " + t.unit() + "   (allowed " + RuleCatalogText.number(t.min()) + " to "
                        + RuleCatalogText.number(t.max()) + ")\n");
            }
            assertThat(text.lines().filter(l -> l.startsWith("      Why: "))).as(rule.id()).hasSize(rule.thresholds().size());
            assertThat(text.lines().filter(l -> l.startsWith("      Source: "))).as(rule.id())
                    .hasSize(rule.thresholds().size());
        }
    }

    @Test
    void numbersDropAZeroFraction() {
        assertThat(RuleCatalogText.number(5.0)).isEqualTo("5");
        assertThat(RuleCatalogText.number(0.9)).isEqualTo("0.9");
        assertThat(RuleCatalogText.number(0.05)).isEqualTo("0.05");
        assertThat(RuleCatalogText.number(0)).isEqualTo("0");
        assertThat(RuleCatalogText.number(-0.0)).isEqualTo("0");
        assertThat(RuleCatalogText.number(365)).isEqualTo("365");
        assertThat(RuleCatalogText.number(-2.5)).isEqualTo("-2.5");
        assertThat(RuleCatalogText.number(1e-7)).isEqualTo("0.0000001");
        assertThat(RuleCatalogText.number(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void anUnboundedThresholdCanBeDescribed() {
        Threshold unbounded = new Threshold("maxRatio", "peak to mean", "ratio", 3, 1, Double.POSITIVE_INFINITY, "why",
                "src");
        Rule rule = new FixedRule("open-rule", Strategy.NETWORK, "s", "d", Set.of(DataKind.BILLING), List.of(unbounded));

        assertThat(RuleCatalogText.describe(rule)).contains("maxRatio = 3 ratio   (allowed 1 to ∞)");
        assertThat(RuleCatalogText.markdownTable(RuleRegistry.of(List.of(rule)))).contains("`maxRatio` = 3 ratio");
        assertThat(RuleCatalogText.number(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
    }
}
