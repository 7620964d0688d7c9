package org.cloudcost.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.charts.ChartFixtures;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.charts.ChartSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

    @TempDir
    Path dir;

    /** Cents with grouping, rounded half up: how the report must print {@code v}. */
    private static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    private static String oneDecimal(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Cells of a table line: the '|' not escaped with a backslash, minus one. */
    static int cellCount(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }

    /** The report text alone (charts not written: their links say so), for the tests of figures and text. */
    private String markdown(AnalysisResult result) {
        return MarkdownReport.of(result, null).toMarkdown(dir.resolve("report.md"), dir.resolve("charts"));
    }

    private String writeWithCharts(AnalysisResult result, CostDataset dataset) throws IOException {
        Path charts = dir.resolve("charts");
        ChartSet.of(result, dataset).writeTo(charts);
        Path md = MarkdownReport.of(result, dataset).write(dir.resolve("report.md"), charts);
        return Files.readString(md, StandardCharsets.UTF_8);
    }

    @Test
    void theHeadlineFiguresAreThoseOfTheSavingsPlanAndSpend() {
        AnalysisResult result = ChartFixtures.result();
        SavingsPlan plan = result.plan();
        SpendSummary spend = result.spend();

        String md = markdown(result);

        assertThat(md).startsWith("# Cloud cost report: 2026-10\n\nBilling period **2026-10**, currency **CNY**");
        assertThat(md).contains("| Billed cost in the period | 1,800,000.00 CNY |",
                "| Savings per month | " + money(plan.totalMonthlySavings()) + " CNY |",
                "| Savings as a share of the monthly spend | "
                        + plan.savingsPercent().setScale(2, RoundingMode.HALF_UP).toPlainString() + "% |",
                "| Savings per year | " + money(plan.annualSavings()) + " CNY |",
                "| Implementation cost | " + money(plan.implementationCost().orElseThrow()) + " CNY |",
                "| ROI (annual saving / implementation cost) | " + oneDecimal(plan.roiMultiple().orElseThrow()) + "x |",
                "| Payback (implementation cost / daily saving) | " + oneDecimal(plan.paybackDays().orElseThrow()) + " days |",
                "| Findings | " + plan.findingCount() + " (1 capacity risk, no saving) |",
                "Reconciliation (CNY): source 1,800,000.00 = reported 1,800,000.00 + excluded 0.00, difference 0.00: "
                        + "**reconciled**.");
        // the fixture's plan, worked by hand: 12 schedules, 8 + 1 resizes, 2 lifecycle moves, a network change, 6 cleanups
        assertThat(plan.totalMonthlySavings()).isEqualByComparingTo(plan.byStrategy().values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(md).contains("| data-lifecycle | 69,000.00 | 3.8% | 4,200.00 |", "| network | 8,000.00 | 0.4% | - |",
                "| cleanup | 35,500.00 | 2.0% | 1,600.00 |");
    }

    @Test
    void everyStrategyAndCategoryRowMatchesItsFigure() {
        AnalysisResult result = ChartFixtures.result();
        SavingsPlan plan = result.plan();

        String md = markdown(result);

        for (Map.Entry<Strategy, BigDecimal> e : plan.byStrategy().entrySet()) {
            BigDecimal cost = plan.implementationCostByStrategy().get(e.getKey());
            String share = e.getValue().multiply(BigDecimal.valueOf(100))
                    .divide(plan.monthlySpend(), 1, RoundingMode.HALF_UP).toPlainString() + "%";
            assertThat(md).contains("| " + e.getKey().id() + " | " + money(e.getValue()) + " | " + share + " | "
                    + (cost == null ? "-" : money(cost)) + " |");
        }
        assertThat(md).contains("| **Total** | " + money(plan.totalMonthlySavings()) + " | 11.6% | "
                + money(plan.implementationCost().orElseThrow()) + " |");
        assertThat(md).contains("| Compute | 850,000.00 | 47.2% |", "| Databases | 450,000.00 | 25.0% |",
                "| Storage | 300,000.00 | 16.7% |", "| Networking | 200,000.00 | 11.1% |",
                "| **Total** | 1,800,000.00 | 100.0% |");
        CategoryForecast total = result.forecast().total().orElseThrow();
        assertThat(md).contains("| Forecast for 2026-11 | " + money(total.expected()) + " CNY (95 % interval "
                + money(total.low()) + " to " + money(total.high()) + ", " + total.method() + " over " + total.daysUsed()
                + " days) |");
        assertThat(md).contains("| **Total** | 2026-11 | " + money(total.expected()) + " | " + money(total.low()) + " | "
                + money(total.high()) + " |");
    }

    @Test
    void theLargestFindingsAreListedInOrderWithTheirSavings() {
        AnalysisResult result = ChartFixtures.result();

        String md = markdown(result);

        List<Finding> saving = result.findings().where(f -> f.estimatedMonthlySavings().signum() > 0).list();
        assertThat(md).contains("The 10 largest of " + saving.size() + " findings with a saving");
        for (int i = 0; i < 10; i++) {
            Finding f = saving.get(i);
            assertThat(md).contains("| " + (i + 1) + " | " + MarkdownText.escape(f.resourceId()) + " | " + f.ruleId() + " | "
                    + f.strategy().id() + " | " + money(f.estimatedMonthlySavings()) + " | " + money(f.monthlyCost()) + " |");
        }
        assertThat(md).doesNotContain("| 11 |");
        assertThat(md).contains("| i-search-01 | hot-instance | Grow it | p95 CPU 91 % |");
    }

    @Test
    void imagesLinkTheWrittenChartsRelativeToTheReport() throws IOException {
        CostDataset ds = ChartFixtures.dataset(ChartFixtures.fleetUsage(),
                CloudcostConfig.defaults().withTimeZone(ChartFixtures.CHINA));

        String md = writeWithCharts(ChartFixtures.result(), ds);

        List<String> links = new ArrayList<>();
        Matcher m = IMAGE.matcher(md);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).containsExactly("charts/spend-by-category.png", "charts/savings-by-strategy.png",
                "charts/daily-spend.png", "charts/top-resources.png", "charts/cpu-heatmap.png");
        for (String link : links) {
            assertThat(dir.resolve(link)).isRegularFile();
        }
        for (ChartKind kind : ChartKind.values()) {
            assertThat(md).contains("![" + kind.title() + "](charts/" + kind.fileName() + ")");
        }
        assertThat(md).contains("hours in Asia/Shanghai", "(Asia/Shanghai). Pale cells");
    }

    @Test
    void describesTheChartSetItIsGiven() {
        AnalysisResult result = ChartFixtures.result();
        CostDataset ds = ChartFixtures.dataset(ChartFixtures.fleetUsage(), CloudcostConfig.defaults());
        ChartSet tokyo = ChartSet.of(result, ds).withZone(java.time.ZoneId.of("Asia/Tokyo"));

        String md = MarkdownReport.of(result, ds).withCharts(tokyo).toMarkdown(dir.resolve("report.md"), dir);

        assertThat(md).contains("(Asia/Tokyo). Pale cells", "hours in Asia/Tokyo.").doesNotContain("UTC");
    }

    @Test
    void withoutTheDatasetTheHeatmapIsExplainedNotLinked() {
        String md = markdown(ChartFixtures.result());

        assertThat(md).doesNotContain("cpu-heatmap.png)");
        assertThat(md).contains("_No chart: no usage data was given to the report (written from the analysis alone)._",
                "- Chart cpu-heatmap.png not drawn: no usage data was given to the report",
                "- Files read: not known here");
    }

    @Test
    void aChartFolderElsewhereIsLinkedWithAnEncodedRelativePath() throws IOException {
        AnalysisResult result = ChartFixtures.result();
        Path charts = dir.resolve("shared charts");
        ChartSet.of(result).writeTo(charts);

        String md = MarkdownReport.of(result, null).toMarkdown(dir.resolve("reports/report.md"), charts);

        assertThat(md).contains("![Spend by service category](../shared%20charts/spend-by-category.png)");
        assertThat(dir.resolve("reports").resolve("../shared charts/spend-by-category.png").normalize()).isRegularFile();
    }

    @Test
    void chartsNotWrittenAreSaidToBeMissing() {
        String md = MarkdownReport.of(ChartFixtures.result(), null).toMarkdown(dir.resolve("report.md"),
                dir.resolve("charts"));

        assertThat(md).doesNotContain("![");
        assertThat(md).contains("_Chart charts/daily-spend.png not found: the charts were not written beside this report._");
    }

    @Test
    void withoutEffortTheRoiIsNotComputedRatherThanZero() {
        AnalysisResult r = ChartFixtures.result();
        SavingsPlan noEffort = SavingsPlan.of(ChartFixtures.findings(), r.spend().totalBilledCost(), Map.of());
        AnalysisResult result = new AnalysisResult(r.spend(), Findings.of(noEffort.findings()), noEffort, r.forecast(),
                r.skips(), r.rulesRun(), r.rulesDisabled(), r.ignoredResources(), r.notes(), r.asOf(), r.monthScale());

        String md = MarkdownReport.of(result, null).toMarkdown(dir.resolve("report.md"), dir);

        assertThat(md).contains(
                "| Implementation cost, ROI and payback | not computed: set effort per strategy in cloudcost.yaml |")
                .doesNotContain("| ROI");
    }

    @Test
    void longListsOfResourcesNotEvaluatedSayHowManyMoreAndWhere() {
        List<Skip> skips = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            skips.add(new Skip("idle-compute", "i-" + i, "no cpu_percent rows"));
        }
        skips.add(new Skip("stale-storage", Skip.ALL, "needs storage data"));
        AnalysisResult result = ChartFixtures.result(ChartFixtures.findings(), skips, List.of("unknown metric gpu_util"));

        String md = MarkdownReport.of(result, null).toMarkdown(dir.resolve("report.md"), dir);

        assertThat(md).contains("| idle-compute | 8 | i-1: no cpu\\_percent rows; i-2: no cpu\\_percent rows; "
                + "i-3: no cpu\\_percent rows; i-4: no cpu\\_percent rows; i-5: no cpu\\_percent rows; and 3 more, listed "
                + "in summary.json (notEvaluated) |");
        assertThat(md).contains("| stale-storage | all | all resources: needs storage data |");
        assertThat(md).contains("- Note: unknown metric gpu\\_util");
        assertThat(md).contains("- Rules disabled by the configuration: idle-window-db.",
                "- Resources carrying the ignore tag: 1: i-keep-01.");
    }

    @Test
    void untrustedTextCannotInjectHtmlLinksOrTableCells() {
        List<Finding> findings = new ArrayList<>(ChartFixtures.findings());
        findings.add(ChartFixtures.finding("unattached-disk", Strategy.CLEANUP, "d-1|evil<script>alert(1)</script>",
                "Storage", "90000", 1.0, "=HYPERLINK(\"http://x\",\"y\")", "line one\n## line two [click](http://evil.example)"));
        AnalysisResult result = ChartFixtures.result(findings,
                List.of(new Skip("idle-compute", "i-<b>", "reason with | pipe")), List.of("<img src=x onerror=alert(1)>"));

        String md = markdown(result);

        assertThat(md).doesNotContain("<script", "<b>", "<img", "\n## line two");
        assertThat(md).as("no unescaped link").doesNotContainPattern("(?<!\\\\)\\]\\(http");
        assertThat(md).as("no bare URL GitHub would autolink").doesNotContain("http://x", "http://evil");
        assertThat(md).contains("| 1 | d-1\\|evil&lt;script&gt;alert(1)&lt;/script&gt; | unattached-disk | cleanup | 90,000.00 |",
                "| =HYPERLINK(\"http\\://x\",\"y\") | line one ## line two \\[click\\](http\\://evil.example) |",
                "- Note: &lt;img src=x onerror=alert(1)&gt;", "| idle-compute | 1 | i-&lt;b&gt;: reason with \\| pipe |");
        for (String table : md.split("\n\n")) {
            List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
            if (!rows.isEmpty()) {
                int columns = cellCount(rows.get(0));
                assertThat(rows).as("every row of\n" + table).allSatisfy(r -> assertThat(cellCount(r)).isEqualTo(columns));
            }
        }
    }
}
