package org.cloudcost.report.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.report.charts.ChartSet;

/**
 * What the figures rest on and what they leave out: files read and lines skipped, exchange
 * rates, rules run and disabled, ignored resources, what each rule could not evaluate and
 * why, the analysis notes, and the charts not drawn. Long lists show their first entries and
 * say how many more there are and where they are listed; nothing is dropped silently.
 */
final class DataQualitySection {
    /** Examples shown per list before "and N more". */
    static final int EXAMPLES = 5;

    private DataQualitySection() {
    }

    static void appendTo(MarkdownDoc doc, AnalysisResult result, ReadReport readOrNull, ChartSet charts) {
        doc.heading(2, "Data quality");
        List<String> items = new ArrayList<>();
        if (readOrNull == null) {
            items.add("Files read: not known here (the report was written from the analysis alone; summary.json lists them).");
        } else {
            items.add("Files read: " + readOrNull.files().size() + ", " + readOrNull.linesRead() + " data lines; "
                    + readOrNull.linesSkipped() + " lines skipped.");
            for (ReadReport.SkippedLines s : readOrNull.skipped()) {
                items.add("Skipped in " + MarkdownText.escape(s.file()) + ": " + s.count() + " line" + plural(s.count()) + " ("
                        + MarkdownText.escape(s.reason()) + "), first at line " + s.firstLine() + ".");
            }
        }
        Map<String, BigDecimal> rates = result.spend().exchangeRates();
        String currency = MarkdownText.escape(result.spend().currency());
        items.add(rates.isEmpty() ? "Exchange rates: none needed, every bill is in " + currency + "."
                : "Exchange rates used: " + String.join(", ", rates.entrySet().stream()
                        .map(e -> "1 " + MarkdownText.escape(e.getKey()) + " = " + e.getValue().toPlainString() + " " + currency)
                        .toList()) + ".");
        items.add("Rules run: " + list(result.rulesRun(), result.rulesRun().size(), "summary.json (rulesRun)") + ".");
        if (!result.rulesDisabled().isEmpty()) {
            items.add("Rules disabled by the configuration: " + list(result.rulesDisabled(), result.rulesDisabled().size(),
                    "summary.json (rulesDisabled)") + ".");
        }
        if (!result.ignoredResources().isEmpty()) {
            items.add("Resources carrying the ignore tag: " + result.ignoredResources().size() + ": "
                    + list(result.ignoredResources(), EXAMPLES, "summary.json (ignoredResources)") + ".");
        }
        result.notes().forEach(n -> items.add("Note: " + MarkdownText.escape(n)));
        charts.skipped().forEach((kind, reason) -> items.add("Chart " + MarkdownText.escape(kind.fileName()) + " not drawn: "
                + MarkdownText.escape(reason) + "."));
        charts.notes().forEach(n -> items.add(MarkdownText.escape(n)));
        doc.bullets(items);
        notEvaluated(doc, result.notEvaluated());
    }

    private static void notEvaluated(MarkdownDoc doc, Map<String, List<Skip>> byRule) {
        if (byRule.isEmpty()) {
            doc.paragraph("Every rule evaluated every resource in its scope.");
            return;
        }
        doc.heading(3, "Not evaluated (missing data is not evidence)");
        MarkdownTable t = new MarkdownTable(List.of("Rule", "Resources", "Examples and reasons"), 1);
        byRule.forEach((rule, skips) -> {
            List<String> examples = new ArrayList<>();
            for (Skip s : skips.subList(0, Math.min(EXAMPLES, skips.size()))) {
                examples.add((s.resourceId().equals(Skip.ALL) ? "all resources" : s.resourceId()) + ": " + s.reason());
            }
            String more = skips.size() > EXAMPLES ? "; and " + (skips.size() - EXAMPLES) + " more, listed in summary.json "
                    + "(notEvaluated)" : "";
            t.row(rule, skips.get(0).resourceId().equals(Skip.ALL) ? "all" : String.valueOf(skips.size()),
                    String.join("; ", examples) + more);
        });
        doc.table(t);
    }

    /** Up to {@code max} escaped entries, then how many more and where they are listed. */
    private static String list(List<String> values, int max, String where) {
        List<String> shown = values.subList(0, Math.min(max, values.size())).stream().map(MarkdownText::escape).toList();
        String more = values.size() > max ? " and " + (values.size() - max) + " more (" + where + ")" : "";
        return (shown.isEmpty() ? "none" : String.join(", ", shown)) + more;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
