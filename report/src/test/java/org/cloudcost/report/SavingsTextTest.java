package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.SpendSummaries.d;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavingsTextTest {

    private static Finding finding(String ruleId, Strategy strategy, String resourceId, String cost, String saving,
                                   Confidence confidence) {
        return new Finding(ruleId, strategy, resourceId, "compute", "Compute", "ECS", "cn-hangzhou", "sub-1", "test",
                d(cost), d(cost), d(saving), d(saving), "CNY", "Do it", "because", confidence);
    }

    /**
     * disk-1 saves 500.00 (cleanup), i-1 250.005 (right-sizing), db-1 nothing (capacity risk), of
     * 2,000.00 a month; cleanup effort 2 h × 100 = 200.
     */
    private static AnalysisResult result(Map<Strategy, Effort> effort, SpendForecast forecast, List<Skip> skips,
                                         List<String> notes) {
        List<Finding> findings = List.of(
                finding("rightsize-compute", Strategy.RIGHT_SIZING, "i-1", "1000", "250.005", Confidence.MEDIUM),
                finding("capacity-db", Strategy.CAPACITY_RISK, "db-1", "800", "0", Confidence.LOW),
                finding("unattached-disk", Strategy.CLEANUP, "disk-1", "500", "500", Confidence.HIGH));
        SavingsPlan plan = SavingsPlan.of(findings, d("2000"), effort);
        return new AnalysisResult(SpendSummaries.cny(), Findings.of(plan.findings()), plan, forecast, skips,
                List.of("rightsize-compute", "capacity-db", "unattached-disk"), List.of(), List.of(), notes,
                Instant.parse("2026-11-01T00:00:00Z"), 1.0);
    }

    private static Map<Strategy, Effort> cleanupEffort() {
        return Map.of(Strategy.CLEANUP, new Effort(d("2"), d("100"), BigDecimal.ZERO));
    }

    private static SpendForecast noForecast() {
        return SpendForecast.of(Map.of());
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void printsOneRowPerSavingStrategyAndTheTotal() {
        String text = SavingsText.render(result(cleanupEffort(), noForecast(), List.of(), List.of()));

        assertThat(text).startsWith("\nSavings per month, CNY (3 findings from 3 rules)\n\n").endsWith("\n");
        List<String> lines = lines(text);
        int header = lines.indexOf(lines.stream().filter(l -> l.contains("Strategy")).findFirst().orElseThrow());
        assertThat(lines.get(header)).matches("  Strategy\\s+Saving\\s+Of spend");
        assertThat(lines.subList(header + 1, header + 6)).satisfiesExactly(
                l -> assertThat(l).matches("  elastic-scaling\\s+0\\.00\\s+0\\.0%"),
                l -> assertThat(l).matches("  right-sizing\\s+250\\.01\\s+12\\.5%"),
                l -> assertThat(l).matches("  data-lifecycle\\s+0\\.00\\s+0\\.0%"),
                l -> assertThat(l).matches("  network\\s+0\\.00\\s+0\\.0%"),
                l -> assertThat(l).matches("  cleanup\\s+500\\.00\\s+25\\.0%"));
        assertThat(lines.get(header + 6)).matches("  -+  -+  -+");
        // 750.005 → 750.01; 750.005 / 2,000 = 37.5 %
        assertThat(lines.get(header + 7)).matches("  Total\\s+750\\.01\\s+37\\.5%");
        assertThat(text).doesNotContain("capacity-risk  ");
        // numbers are right-aligned: every row of the table has the same length
        assertThat(lines.subList(header, header + 8)).extracting(String::length).containsOnly(lines.get(header).length());
    }

    @Test
    void printsTheAnnualSavingAndTheRoiLine() {
        String text = SavingsText.render(result(cleanupEffort(), noForecast(), List.of(), List.of()));

        // 750.005 × 12
        assertThat(text).contains("\nAnnual saving 9,000.06 CNY\n");
        // ROI 9,000.06 / 200 = 45.0003; payback 200 / (9,000.06 / 365) = 8.11 days
        assertThat(text).contains("\nImplementation cost 200.00 CNY, ROI 45.0x, payback 8.1 days\n");
        assertThat(text).doesNotContain("not computed");
    }

    @Test
    void withoutEffortTheRoiIsNotComputed() {
        String text = SavingsText.render(result(Map.of(), noForecast(), List.of(), List.of()));

        assertThat(text).contains("\nROI: not computed (set `effort` per strategy in cloudcost.yaml, --config)\n");
        assertThat(text).doesNotContain("Implementation cost", "payback");
        assertThat(text).contains("Annual saving 9,000.06 CNY");
    }

    @Test
    void listsTheLargestFindingsFirst() {
        String text = SavingsText.render(result(cleanupEffort(), noForecast(), List.of(), List.of()));

        List<String> lines = lines(text);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Largest findings")).findFirst().orElseThrow());
        assertThat(lines.get(header)).matches("  Largest findings\\s+Rule\\s+Saving\\s+Confidence");
        assertThat(lines.subList(header + 1, header + 3)).satisfiesExactly(
                l -> assertThat(l).matches("  disk-1\\s+unattached-disk\\s+500\\.00\\s+HIGH"),
                l -> assertThat(l).matches("  i-1\\s+rightsize-compute\\s+250\\.01\\s+MEDIUM"));
        // a finding that saves nothing is not a "largest finding": capacity risks get their own list
        assertThat(lines.get(header + 3)).isEmpty();
        assertThat(text).doesNotContainPattern("  db-1\\s+capacity-db\\s+0\\.00");
        assertThat(text).contains("Capacity risks (no saving: resources to watch or grow):\n  db-1: ");
        // text columns are left-aligned, amounts right-aligned
        assertThat(lines.get(header + 2)).contains("rightsize-compute  250.01  MEDIUM");
    }

    @Test
    void listsAtMostTenFindings() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(finding("r", Strategy.CLEANUP, String.format("vol-%02d", i), "100", String.valueOf(i), Confidence.HIGH));
        }
        SavingsPlan plan = SavingsPlan.of(many, d("1000"), Map.of());
        AnalysisResult result = new AnalysisResult(SpendSummaries.cny(), Findings.of(plan.findings()), plan, noForecast(),
                List.of(), List.of("r"), List.of(), List.of(), List.of(), Instant.EPOCH, 1.0);

        String text = SavingsText.render(result);

        assertThat(text).contains("(12 findings from 1 rules)");
        assertThat(text.lines().filter(l -> l.startsWith("  vol-"))).hasSize(SavingsText.TOP_FINDINGS);
        assertThat(text).contains("vol-12", "vol-03").doesNotContain("vol-02", "vol-01");
    }

    @Test
    void withoutFindingsThereIsNoFindingsTable() {
        SavingsPlan plan = SavingsPlan.of(List.of(), d("1000"), Map.of());
        AnalysisResult result = new AnalysisResult(SpendSummaries.cny(), Findings.of(List.of()), plan, noForecast(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Instant.EPOCH, 1.0);

        String text = SavingsText.render(result);

        assertThat(text).doesNotContain("Largest findings", "Not evaluated", "Forecast", "Note:");
        assertThat(text).containsPattern("  Total\\s+0\\.00\\s+0\\.0%");
    }

    @Test
    void aZeroSpendHasNoShare() {
        SavingsPlan plan = SavingsPlan.of(List.of(), BigDecimal.ZERO, Map.of());
        AnalysisResult result = new AnalysisResult(SpendSummaries.empty("USD", Map.of()), Findings.of(List.of()), plan,
                noForecast(), List.of(), List.of(), List.of(), List.of(), List.of(), Instant.EPOCH, 1.0);

        String text = SavingsText.render(result);

        assertThat(text).contains("Savings per month, USD").containsPattern("  Total\\s+0\\.00\\s+-\n");
    }

    @Test
    void printsWhatWasNotEvaluatedPerRule() {
        List<Skip> skips = List.of(new Skip("idle-compute", "i-9", "no cpu_percent rows"),
                new Skip("idle-compute", "i-10", "9 days of data, needs 14"),
                new Skip("stale-storage", Skip.ALL, "needs storage data (--storage) and the dataset has none"),
                new Skip("idle-db", "rds-1", "no db_connections rows"));

        String text = SavingsText.render(result(cleanupEffort(), noForecast(), skips, List.of()));

        assertThat(text).contains("\nNot evaluated (missing data is not evidence):\n"
                + "  idle-compute: 2 resources, e.g. i-9: no cpu_percent rows\n"
                + "  stale-storage: all resources: needs storage data (--storage) and the dataset has none\n"
                + "  idle-db: 1 resource, e.g. rds-1: no db_connections rows\n");
    }

    @Test
    void printsNextMonthsForecastAndTheNotes() {
        Map<LocalDate, Double> days = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            days.put(LocalDate.of(2026, 10, 1).plusDays(i), 100.0);
        }
        SpendForecast forecast = SpendForecast.of(Map.of("Compute", days));

        String text = SavingsText.render(result(cleanupEffort(), forecast, List.of(),
                List.of("usage metric \"gpu\" is not a canonical name", "no price catalog for provider \"X\"")));

        // five days of 100.00: the mean, times November's 30 days
        assertThat(text).containsPattern("\nForecast 2026-11: 3,000\\.00 CNY \\(95 % interval [0-9,.]+ to [0-9,.]+, "
                + "mean over 5 days\\)\n");
        assertThat(text).endsWith("Note: usage metric \"gpu\" is not a canonical name\n"
                + "Note: no price catalog for provider \"X\"\n");
    }

    @Test
    void rendersARealAnalysis(@TempDir Path dir) {
        String text = SavingsText.render(TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT));

        assertThat(text).contains("(4 findings from 5 rules)")
                .containsPattern("  Total\\s+837\\.00\\s+87\\.1%")
                .contains("Annual saving 10,044.00 CNY", "Implementation cost 2,300.00 CNY, ROI 4.4x, payback 83.6 days")
                .contains("  test-shrink: 1 resource, e.g. db-1: no cpu_percent rows")
                .containsPattern("Forecast 2026-11: 930\\.00 CNY")
                .contains("Note: no price catalog for provider \"Alibaba Cloud\"");
        assertThat(SavingsText.render(TestAnalyses.run(dir, CloudcostConfig.defaults()))).contains("ROI: not computed");
    }
}
