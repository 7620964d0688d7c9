package org.cloudcost.report.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.charts.ChartSet;

/**
 * {@code report.md} (FORMATS.md §3): the summary tables of an analysis and its charts, readable
 * in any Markdown viewer. Sections: the headline figures and the reconciliation line; spend by
 * ServiceCategory with shares; savings by strategy with their share of spend and implementation
 * cost; daily spend and next month's forecast; the largest findings and the capacity risks;
 * the fleet CPU heatmap; data quality (files, skipped lines, rates, rules, resources not
 * evaluated, notes, charts not drawn).
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * Path charts = out.resolve("charts");
 * ChartSet.of(result, dataset).writeTo(charts);
 * MarkdownReport.of(result, dataset).write(out.resolve("report.md"), charts);
 * }</pre>
 *
 * <p>Charts are linked relative to the report (e.g. {@code charts/daily-spend.png}) when their
 * file exists; a chart that was not drawn is replaced by the reason. Text from the inputs
 * (resource ids, tags, reasons, notes) is escaped: it can neither inject HTML nor form links,
 * images, emphasis or table cells. Figures are rounded as in {@code summary.json}. Immutable.
 */
public final class MarkdownReport {
    /** The file name FORMATS.md gives the report. */
    public static final String FILE_NAME = "report.md";

    private final AnalysisResult result;
    private final CostDataset dataset;
    private final ChartSet charts;

    private MarkdownReport(AnalysisResult result, CostDataset dataset, ChartSet charts) {
        this.result = Objects.requireNonNull(result, "result");
        this.dataset = dataset;
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /**
     * The report of {@code result}; {@code datasetOrNull} adds the read report (files, skipped
     * lines) and the CPU heatmap, and may be {@code null}.
     */
    public static MarkdownReport of(AnalysisResult result, CostDataset datasetOrNull) {
        return new MarkdownReport(result, datasetOrNull, ChartSet.of(result, datasetOrNull));
    }

    /**
     * A copy that describes exactly these charts (the ones written, e.g. with another heatmap
     * zone), instead of {@code ChartSet.of(result, dataset)}; saves computing the heatmap twice.
     */
    public MarkdownReport withCharts(ChartSet charts) {
        return new MarkdownReport(result, dataset, charts);
    }

    /**
     * Writes the report to {@code file} in UTF-8 (creating its folder), linking the charts in
     * {@code chartsDir}; write the charts first ({@link ChartSet#writeTo(Path)}).
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public Path write(Path file, Path chartsDir) throws IOException {
        String text = toMarkdown(file, chartsDir);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The text {@link #write(Path, Path)} would write to {@code file}, ending with a newline. */
    public String toMarkdown(Path file, Path chartsDir) {
        Path reportDir = file.toAbsolutePath().normalize().getParent();
        ChartLinks links = new ChartLinks(charts, reportDir, chartsDir);
        String currency = result.spend().currency();
        MarkdownDoc doc = new MarkdownDoc();
        String period = result.spend().billingPeriod();
        doc.heading(1, "Cloud cost report" + (period.isEmpty() ? "" : ": " + period));
        doc.paragraph("Billing period "
                + (period.isEmpty() ? "none (no billing lines)" : "**" + MarkdownText.escape(period) + "**") + ", currency **" + MarkdownText.escape(currency) + "**, ages measured to " + result.asOf() + ".");
        doc.heading(2, "Summary");
        SummarySection.appendTo(doc, result);
        SpendSection.appendTo(doc, result.spend(), links);
        SavingsSection.appendTo(doc, result.plan(), currency, links);
        ForecastSection.appendTo(doc, result, links);
        FindingsSection.appendTo(doc, result, links);
        doc.heading(2, "Fleet CPU by hour and weekday");
        doc.paragraph(links.block(ChartKind.CPU_HEATMAP));
        if (charts.drawn().contains(ChartKind.CPU_HEATMAP)) {
            doc.paragraph("Each cell is the mean cpu\\_percent of every resource-hour that fell in that weekday and hour ("
                    + MarkdownText.escape(charts.zone().getId()) + "). Pale cells at night and at weekends are machines "
                    + "running with little to do.");
        }
        ReadReport read = dataset == null ? null : dataset.readReport();
        DataQualitySection.appendTo(doc, result, read, charts);
        return doc.text();
    }

    @Override
    public String toString() {
        return "MarkdownReport{" + result.spend().billingPeriod() + ", " + result.findings().size() + " findings, "
                + (dataset == null ? "without" : "with") + " dataset}";
    }
}
