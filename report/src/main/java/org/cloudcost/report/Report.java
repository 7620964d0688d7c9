package org.cloudcost.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.cloudcost.report.charts.ChartSet;
import org.cloudcost.report.internal.OutputWarmUp;
import org.cloudcost.report.internal.ParallelTask;
import org.cloudcost.report.markdown.MarkdownReport;
import org.cloudcost.report.xlsx.FinanceWorkbook;

/**
 * Every output of an analysis (FORMATS.md §3) in one call, or one at a time. Immutable.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * Report report = Report.of(result).withDataset(dataset);
 * report.writeAll(Path.of("out"));     // findings.csv, summary.json, report.xlsx, charts/*.png, report.md
 * report.writeXlsx(Path.of("out/report.xlsx"));
 * }</pre>
 *
 * <p>The dataset is optional. With it the outputs also show what only the dataset knows: the
 * files read and lines skipped ({@code summary.json}'s {@code dataQuality}, the workbook's Data
 * quality sheet), the configuration's effort and thresholds, spend by environment, and the CPU
 * heatmap. Without it they carry every figure of the analysis and say what is missing.
 */
public final class Report {
    /** The folder {@link #writeAll(Path)} puts the charts in. */
    public static final String CHARTS_DIR = "charts";

    private final AnalysisResult result;
    private final CostDataset dataset;

    private Report(AnalysisResult result, CostDataset dataset) {
        this.result = Objects.requireNonNull(result, "result");
        this.dataset = dataset;
    }

    /**
     * Starts, on a background thread, the one-time loading of what the outputs need (the
     * workbook's and the charts' libraries: about 0.7 s of a cold JVM's first write) and returns
     * at once; a program calls it before {@code dataset.analyze()}, so the two overlap on two
     * cores. The writes wait for it if it is still running. Later calls do nothing.
     *
     * <pre>{@code
     * Report.warmUp();
     * AnalysisResult result = dataset.analyze();
     * Report.of(result).withDataset(dataset).writeAll(Path.of("out"));
     * }</pre>
     */
    public static void warmUp() {
        OutputWarmUp.start();
    }

    /** The outputs of {@code result}. */
    public static Report of(AnalysisResult result) {
        return new Report(result, null);
    }

    /** A copy that also reads {@code dataset}: read report, configuration, billing and usage frames. */
    public Report withDataset(CostDataset dataset) {
        return new Report(result, Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Writes the finance workbook ({@link FinanceWorkbook}).
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public Path writeXlsx(Path file) throws IOException {
        FinanceWorkbook workbook = FinanceWorkbook.of(result);
        return (dataset == null ? workbook : workbook.withDataset(dataset)).write(file);
    }

    /**
     * Draws the PNG charts into {@code dir} ({@link ChartSet}).
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeCharts(Path dir) throws IOException {
        return ChartSet.of(result, dataset).writeTo(dir);
    }

    /**
     * Writes {@code report.md} ({@link MarkdownReport}), linking the charts in {@code chartsDir}
     * (write them first).
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public Path writeMarkdown(Path file, Path chartsDir) throws IOException {
        return MarkdownReport.of(result, dataset).write(file, chartsDir);
    }

    /**
     * Writes {@code findings.csv}, {@code summary.json}, {@code report.xlsx}, {@code charts/*.png}
     * and {@code report.md} into {@code outDir} (created if needed), replacing files of the same
     * names.
     *
     * @return the files written, in that order
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeAll(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ChartSet charts = ChartSet.of(result, dataset);
        Path chartsDir = outDir.resolve(CHARTS_DIR);
        // the charts and the workbook share nothing but the (immutable) analysis: draw the charts
        // on a second core while this thread writes the rest (docs/performance.md, issue 8)
        ParallelTask<List<Path>> pngs = ParallelTask.start("cloudcost-charts", () -> charts.writeTo(chartsDir));
        List<Path> written = new ArrayList<>();
        try {
            written.add(FindingsCsvWriter.write(result.findings(), outDir.resolve(FindingsCsvWriter.FILE_NAME)));
            ReadReport read = dataset == null ? ReadReport.empty() : dataset.readReport();
            written.add(SummaryJsonWriter.write(result, read, outDir.resolve(SummaryJsonWriter.FILE_NAME)));
            written.add(writeXlsx(outDir.resolve(FinanceWorkbook.FILE_NAME)));
        } catch (IOException | RuntimeException | Error e) {
            pngs.joinQuietly();
            throw e;
        }
        written.addAll(pngs.join());
        written.add(MarkdownReport.of(result, dataset).withCharts(charts).write(outDir.resolve(MarkdownReport.FILE_NAME),
                chartsDir));
        return List.copyOf(written);
    }

    @Override
    public String toString() {
        return "Report{" + result.spend().billingPeriod() + ", " + result.findings().size() + " findings, "
                + (dataset == null ? "without" : "with") + " dataset}";
    }
}
