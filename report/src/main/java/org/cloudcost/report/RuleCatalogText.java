package org.cloudcost.report;

import java.util.Locale;
import java.util.stream.Collectors;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Threshold;

/**
 * The rule catalog as text: {@code cloudcost rules list} (aligned, or the README's Markdown
 * table with {@code --markdown}) and {@code cloudcost rules describe ID}. The README's rule table
 * is checked against {@link #markdownTable(RuleRegistry)} by a test, so it cannot drift.
 *
 * <pre>{@code
 * System.out.print(RuleCatalogText.list(RuleRegistry.load()));
 * System.out.print(RuleCatalogText.describe(RuleRegistry.load().find("idle-compute").orElseThrow()));
 * }</pre>
 */
public final class RuleCatalogText {
    private RuleCatalogText() {
    }

    /** One line per rule: id, strategy, summary. */
    public static String list(RuleRegistry rules) {
        StringBuilder out = new StringBuilder();
        TextColumns t = new TextColumns("Rule", "Strategy", "Flags").allLeft();
        for (Rule r : rules.rules()) {
            t.row(r.id(), r.strategy().id(), oneLine(r.summary()));
        }
        t.appendTo(out);
        return out.toString();
    }

    /**
     * The README's rule table: {@code | Rule | Strategy | Flags | Thresholds (default) |}, one row
     * per rule, thresholds as {@code name = default unit}.
     */
    public static String markdownTable(RuleRegistry rules) {
        StringBuilder out = new StringBuilder();
        out.append("| Rule | Strategy | Flags | Thresholds (default) |\n");
        out.append("|---|---|---|---|\n");
        for (Rule r : rules.rules()) {
            out.append("| `").append(r.id()).append("` | ").append(r.strategy().id()).append(" | ")
                    .append(cell(r.summary())).append(" | ")
                    .append(r.thresholds().stream().map(t -> "`" + t.name() + "` = " + number(t.defaultValue()) + " " + t.unit())
                            .collect(Collectors.joining("<br>")))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Everything about one rule: summary, description, inputs, thresholds with meaning, range, why and source. */
    public static String describe(Rule rule) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(" (").append(rule.strategy().id()).append(")\n");
        out.append("  ").append(rule.summary()).append("\n\n");
        for (String line : wrap(rule.description(), 96)) {
            out.append("  ").append(line).append('\n');
        }
        out.append("\n  Needs: ").append(rule.requires().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "))).append('\n');
        out.append("\n  Thresholds (set them under rules.").append(rule.id()).append(".thresholds in cloudcost.yaml):\n");
        for (Threshold t : rule.thresholds()) {
            out.append("\n  ").append(t.name()).append(" = ").append(number(t.defaultValue())).append(' ').append(t.unit())
                    .append("   (allowed ").append(number(t.min())).append(" to ").append(number(t.max())).append(")\n");
            for (String line : wrap(t.meaning(), 92)) {
                out.append("      ").append(line).append('\n');
            }
            for (String line : wrap("Why: " + t.why(), 92)) {
                out.append("      ").append(line).append('\n');
            }
            for (String line : wrap("Source: " + t.source(), 92)) {
                out.append("      ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code 5.0 → "5"}, {@code 0.9 → "0.9"}; an unbounded range end is {@code ∞}. */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v)
                .stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /** Line breaks and runs of spaces as one space: a summary stays on its row. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
