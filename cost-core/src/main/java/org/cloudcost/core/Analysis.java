package org.cloudcost.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.internal.rules.DailyCategorySpend;
import org.cloudcost.core.internal.rules.DatasetRuleContext;
import org.cloudcost.core.internal.rules.RuleSettingsCheck;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.savings.SavingsPlan;
import tech.tablesaw.api.StringColumn;

/**
 * Runs the rules over a dataset and rolls the findings into a savings plan and a forecast.
 * Immutable: each {@code with…} returns a new analysis.
 *
 * <pre>{@code
 * AnalysisResult result = Analysis.of(dataset).run();        // all rules, all catalogs on the class path
 * AnalysisResult mine = Analysis.of(dataset)
 *         .withRules(RuleRegistry.load().only(List.of("idle-compute", "stale-storage")))
 *         .run();
 * }</pre>
 */
public final class Analysis {
    private static final String[] KIND_OPTION = {"--billing", "--usage", "--inventory", "--storage"};

    private final CostDataset dataset;
    private final RuleRegistry rules;
    private final PriceCatalogs catalogs;

    private Analysis(CostDataset dataset, RuleRegistry rules, PriceCatalogs catalogs) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** An analysis of {@code dataset} with every rule and price catalog found through ServiceLoader. */
    public static Analysis of(CostDataset dataset) {
        return new Analysis(dataset, RuleRegistry.load(), PriceCatalogs.load());
    }

    /** A copy that runs these rules. */
    public Analysis withRules(RuleRegistry registry) {
        return new Analysis(dataset, registry, catalogs);
    }

    /** A copy that prices with these catalogs (the configuration's overrides still apply). */
    public Analysis withCatalogs(PriceCatalogs priceCatalogs) {
        return new Analysis(dataset, rules, priceCatalogs);
    }

    /**
     * Runs every enabled rule, de-duplicates the savings, rolls them up and forecasts next month.
     *
     * @throws CloudcostException when the bills mix currencies without rates, a price override
     *         names an unknown provider or key, or a rule setting names an unknown rule or
     *         threshold or a value out of range
     */
    public AnalysisResult run() {
        RuleSettingsCheck.check(dataset.config(), rules);
        DatasetRuleContext context;
        try {
            context = DatasetRuleContext.of(dataset, catalogs);
        } catch (IllegalArgumentException e) {
            throw new CloudcostException("prices in the configuration: " + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (!dataset.config().rule(rule.id()).enabled()) {
                disabled.add(rule.id());
                continue;
            }
            run.add(rule.id());
            String missing = missingInput(rule, context);
            if (missing != null) {
                skips.addAll(RuleOutcome.skipped(rule, missing).skips());
                continue;
            }
            RuleOutcome outcome;
            try {
                outcome = rule.evaluate(context);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + rule.id() + " failed: " + e, e);
            }
            findings.addAll(outcome.findings());
            skips.addAll(outcome.skips());
        }
        BigDecimal monthlySpend = dataset.spend().totalBilledCost()
                .multiply(BigDecimal.valueOf(context.monthScale()), MathContext.DECIMAL64);
        SavingsPlan plan = SavingsPlan.of(findings, monthlySpend, dataset.config().effort());
        SpendForecast forecast = SpendForecast.of(DailyCategorySpend.of(dataset.billing(), dataset.config()));
        List<String> ignored = context.resources().stream().filter(context::ignored).map(Resource::id).toList();
        return new AnalysisResult(dataset.spend(), Findings.of(plan.findings()), plan, forecast, skips, run, disabled,
                ignored, notes(context), context.asOf(), context.monthScale());
    }

    /** Why {@code rule} cannot run at all, or null when its inputs are there. */
    private static String missingInput(Rule rule, DatasetRuleContext context) {
        for (DataKind kind : DataKind.values()) {
            if (rule.requires().contains(kind) && !context.has(kind)) {
                return "needs " + kind.name().toLowerCase(java.util.Locale.ROOT) + " data (" + KIND_OPTION[kind.ordinal()]
                        + ") and the dataset has none";
            }
        }
        return null;
    }

    /** Data-quality notes: metric names no rule reads; providers without a price catalog. */
    private List<String> notes(DatasetRuleContext context) {
        List<String> notes = new ArrayList<>();
        StringColumn metric = FrameAccess.readOnly(dataset.usage()).stringColumn(UsageFrame.METRIC);
        TreeMap<String, Integer> unknown = new TreeMap<>();
        for (String m : metric) {
            if (!UsageFrame.CANONICAL_METRICS.contains(m)) {
                unknown.merge(m, 1, Integer::sum);
            }
        }
        unknown.forEach((m, n) -> notes.add("usage metric \"" + m + "\" (" + n + " hourly rows) is not a canonical name ("
                + String.join(", ", UsageFrame.CANONICAL_METRICS) + "); no rule reads it"));
        TreeSet<String> unpriced = new TreeSet<>();
        for (Resource r : context.resources()) {
            if (!r.providerName().isEmpty() && context.catalog(r).isEmpty()) {
                unpriced.add(r.providerName());
            }
        }
        unpriced.forEach(p -> notes.add("no price catalog for provider \"" + p + "\" (catalogs: "
                + String.join(", ", context.catalogs().providers()) + "); rules that need prices skip its resources"));
        return notes;
    }
}
