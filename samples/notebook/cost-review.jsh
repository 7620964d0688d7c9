// cost-review.jsh: a cost review of the case-study estate, as a notebook.
// CASE-STUDY.md: an online retailer spends about 1.8 M CNY a month on Alibaba Cloud.
// Each "cell" below is a comment and a few snippets; run the whole file with
//
//     jshell --class-path cli/target/cloudcost.jar samples/notebook/cost-review.jsh
//
// or paste the cells one by one into `jshell --class-path cli/target/cloudcost.jar`.
// (JShell ends a statement at the end of any line where it could end: long expressions
// below break after a dot or inside parentheses.)

// ## 1. Imports
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.report.charts.ChartSet;
import org.cloudcost.samples.casestudy.CaseStudyData;
import tech.tablesaw.api.IntColumn;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;

// Money as a person reads it: 1,800,000.00
String money(BigDecimal amount) { return String.format(Locale.ROOT, "%,.2f", amount); }

// ## 2. The data: one month of the estate, written as the files a user would have
// (the bill as Alibaba Cloud's FOCUS export; usage, inventory and storage as canonical CSVs).
var folder = Path.of(System.getProperty("java.io.tmpdir"), "cloudcost-notebook");
var files = CaseStudyData.write(folder.resolve("input"));
var month = files.load();
System.out.println("Wrote and read " + folder.resolve("input"));
System.out.println(month);

// ## 3. Where the money goes: billed cost by FOCUS ServiceCategory
var spend = month.spend();
spend.byServiceCategory().forEach((category, cost) ->
        System.out.printf("%-12s %16s %s%n", category, money(cost), spend.currency()));
System.out.printf("%-12s %16s %s  %s%n", "Total", money(spend.totalBilledCost()), spend.currency(),
        spend.reconciliation().reconciled() ? "(reconciled with the bill)" : "(NOT reconciled: see spend.reconciliation())");

// ## 4. An idle instance next to a busy one: mean CPU by hour of day, China time
// The usage frame holds one row per resource, metric, statistic and hour (timestamps in UTC).
var china = ZoneId.of("Asia/Shanghai");   // the clock of cn-hangzhou
var idle = "i-legacy-prod-01";
var busy = "i-web-prod-01";
var usage = month.usage().table();
var cpu = usage.where(usage.stringColumn(UsageFrame.RESOURCE_ID).isIn(idle, busy).
        and(usage.stringColumn(UsageFrame.METRIC).isEqualTo(UsageFrame.CPU_PERCENT)).
        and(usage.stringColumn(UsageFrame.STATISTIC).isEqualTo("Average")));
cpu.addColumns(IntColumn.create("Hour", cpu.dateTimeColumn(UsageFrame.TIMESTAMP).asList().stream().
        mapToInt(t -> t.atOffset(ZoneOffset.UTC).atZoneSameInstant(china).getHour()).toArray()));
var profile = cpu.pivot("Hour", UsageFrame.RESOURCE_ID, UsageFrame.VALUE, mean).sortAscendingOn("Hour");
System.out.println("Mean CPU % by hour of day (" + china + ")");
System.out.printf("%4s %18s %18s%n", "hour", idle, busy);
for (var row : profile) {
    System.out.printf(Locale.ROOT, "%4d %18.1f %18.1f%n", row.getInt("Hour"), row.getDouble(idle), row.getDouble(busy));
}

// ## 5. The rules, with their documented defaults
AnalysisResult result = month.analyze();
System.out.println("Savings by strategy, per month:");
result.plan().byStrategy().forEach((strategy, saving) ->
        System.out.printf("  %-16s %14s%n", strategy, money(saving)));
System.out.printf(Locale.ROOT, "  %-16s %14s (%.1f %% of the spend)%n", "total",
        money(result.plan().totalMonthlySavings()), result.plan().savingsPercent());

// ## 6. One threshold changed: archive object storage after 180 days instead of 90
// (the example in the repository's cloudcost.yaml: rules: stale-storage: thresholds: archiveAfterDays: 180)
// A dataset keeps the configuration it was read with; reuse its frames with another one.
var policy = month.config().withThreshold("stale-storage", "archiveAfterDays", 180);
var strictMonth = new CostDataset(month.billing(), month.usage(), month.inventory(), month.storage(),
        month.readReport(), policy);
AnalysisResult strict = strictMonth.analyze();
System.out.printf("data-lifecycle: %s with archiveAfterDays 90, %s with 180%n",
        money(result.plan().byStrategy().get(Strategy.DATA_LIFECYCLE)),
        money(strict.plan().byStrategy().get(Strategy.DATA_LIFECYCLE)));
System.out.printf("total saving:   %s with archiveAfterDays 90, %s with 180%n",
        money(result.plan().totalMonthlySavings()), money(strict.plan().totalMonthlySavings()));

// ## 7. The ten largest findings (savings de-duplicated across rules)
System.out.println("Top ten findings:");
for (Finding f : result.findings().top(10)) {
    System.out.printf("  %-22s %-16s %12s  %s%n", f.ruleId(), f.resourceId(), money(f.estimatedMonthlySavings()), f.action());
}

// ... and what they say about the idle instance of cell 4
System.out.println("Findings about " + idle + ":");
result.findings().forResource(idle).forEach(f -> System.out.println("  " + f));

// ## 8. A chart to share: the PNGs of `cloudcost analyze`, drawn by the report module
var pngs = ChartSet.of(result, month).writeTo(folder.resolve("charts"));
pngs.forEach(png -> System.out.println("chart: " + png));

/exit
