package org.cloudcost.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.SpendSummary;

/**
 * What an {@link Analysis} found: the spend, the findings with savings that add up, the savings
 * plan (roll-ups, ROI, payback), next month's forecast, and what could not be judged. Immutable.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * result.plan().byStrategy();
 * result.findings().top(10).print();
 * result.notEvaluated();          // {idle-compute=[i-9 no cpu_percent rows, ...], ...}
 * }</pre>
 *
 * @param spend the spend summary of the dataset
 * @param findings de-duplicated findings, largest saving first
 * @param plan the savings plan
 * @param forecast next month's spend
 * @param skips what the rules could not judge, and why
 * @param rulesRun ids of the rules that ran
 * @param rulesDisabled ids of the rules the configuration turned off
 * @param ignoredResources ids of the resources carrying the ignore tag
 * @param notes data-quality notes (unknown metric names, resources without a price catalog, …)
 * @param asOf the instant ages were measured to
 * @param monthScale the factor that turned the period's cost into a month's
 */
public record AnalysisResult(SpendSummary spend, Findings findings, SavingsPlan plan, SpendForecast forecast,
                             List<Skip> skips, List<String> rulesRun, List<String> rulesDisabled,
                             List<String> ignoredResources, List<String> notes, Instant asOf, double monthScale) {
    public AnalysisResult {
        skips = List.copyOf(skips);
        rulesRun = List.copyOf(rulesRun);
        rulesDisabled = List.copyOf(rulesDisabled);
        ignoredResources = List.copyOf(ignoredResources);
        notes = List.copyOf(notes);
    }

    /** The skips grouped by rule, in rule order: what each rule could not evaluate and why. */
    public Map<String, List<Skip>> notEvaluated() {
        Map<String, List<Skip>> out = new java.util.LinkedHashMap<>();
        for (Skip s : skips) {
            out.computeIfAbsent(s.ruleId(), k -> new java.util.ArrayList<>()).add(s);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "AnalysisResult{" + spend.currency() + ", " + findings + ", " + plan + ", " + skips.size() + " skips}";
    }
}
