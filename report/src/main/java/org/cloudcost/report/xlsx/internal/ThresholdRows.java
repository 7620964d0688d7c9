package org.cloudcost.report.xlsx.internal;

import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.Threshold;

/**
 * The "Thresholds used" table of the Assumptions sheet: for every rule that ran, each documented
 * threshold with the value in force for all resources (the configuration's global override, else
 * the default), then the configuration's per-environment and per-tag overrides.
 */
final class ThresholdRows {
    private ThresholdRows() {
    }

    static void write(SheetWriter w, WorkbookSource source) {
        w.section("Thresholds used (informative: a change needs a new run)");
        w.header(0, "Rule", "Threshold", "Value", "Unit", "Set by", "Meaning");
        Optional<CloudcostConfig> config = AssumptionsSheet.config(source);
        if (source.result().rulesRun().isEmpty()) {
            SheetWriter.label(w.next(), 0, "no rule ran", w.styles().note());
        }
        for (String id : source.result().rulesRun()) {
            Optional<Rule> rule = source.rules().find(id);
            if (rule.isEmpty()) {
                Row r = w.next();
                w.text(r, 0, id);
                SheetWriter.label(r, 1, "thresholds unknown: the rule is not on the report's class path", w.styles().note());
                continue;
            }
            RuleSettings settings = config.map(c -> c.rule(id)).orElse(RuleSettings.defaults());
            for (Threshold t : rule.get().thresholds()) {
                Double set = settings.thresholds().get(t.name());
                row(w, id, t, set == null ? t.defaultValue() : set, set != null ? "cloudcost.yaml"
                        : config.isPresent() ? "default" : "default (configuration not given)");
            }
            overrides(w, id, rule.get(), settings.byEnvironment(), "environment ");
            overrides(w, id, rule.get(), settings.byTag(), "tag ");
        }
    }

    private static void overrides(SheetWriter w, String id, Rule rule, Map<String, Map<String, Double>> scoped, String kind) {
        scoped.forEach((scope, values) -> values.forEach((name, value) -> {
            Threshold t = rule.thresholds().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (t != null) {
                row(w, id, t, value, "cloudcost.yaml, " + kind + scope);
            }
        }));
    }

    private static void row(SheetWriter w, String id, Threshold t, double value, String setBy) {
        Row r = w.next();
        w.text(r, 0, id);
        w.text(r, 1, t.name());
        SheetWriter.number(r, 2, value, w.styles().decimal());
        w.text(r, 3, t.unit());
        w.text(r, 4, setBy);
        w.text(r, 5, t.meaning());
    }
}
