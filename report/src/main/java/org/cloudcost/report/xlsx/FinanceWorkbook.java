package org.cloudcost.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.report.internal.OutputWarmUp;
import org.cloudcost.report.xlsx.internal.AssumptionsSheet;
import org.cloudcost.report.xlsx.internal.DataQualitySheet;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.FindingsSheet;
import org.cloudcost.report.xlsx.internal.SpendSheet;
import org.cloudcost.report.xlsx.internal.SummaryCharts;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.cloudcost.report.xlsx.internal.WorkbookSource;
import org.cloudcost.report.xlsx.internal.WorkbookStyles;

/**
 * The finance workbook, {@code report.xlsx}: a Summary whose totals are live formulas over the
 * Findings, Spend and Assumptions sheets, with native charts; the findings with an Include column
 * finance can flip; spend by category, service, account, environment, charge category and day;
 * the effort assumptions as named input cells; and what the data lacked. See
 * {@code docs/report.md} for the sheets, cell by cell. Immutable.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * FinanceWorkbook.of(result).withDataset(dataset).write(Path.of("out/report.xlsx"));
 * }</pre>
 *
 * <p>Without {@link #withDataset(CostDataset)} the workbook still has every figure of the analysis,
 * but no files read or lines skipped, no spend by environment, and the effort inputs hold each
 * strategy's implementation cost from the savings plan as a one-off cost (the hours and rate are
 * in the configuration, which only the dataset carries).
 *
 * <p>The Findings and Data quality sheets are streamed (Apache POI SXSSF, {@value #ROW_WINDOW} rows
 * in memory), so 100,000 findings write in bounded memory. Formula results are written with the
 * formulas (from the savings plan and spend summary, the figures {@code summary.json} carries) and
 * the workbook asks to be recalculated when opened.
 */
public final class FinanceWorkbook {
    /** The file name FORMATS.md §3 gives the workbook. */
    public static final String FILE_NAME = "report.xlsx";
    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of(SummarySheet.SHEET, FindingsLayout.SHEET, SpendSheet.SHEET,
            AssumptionsSheet.SHEET, DataQualitySheet.SHEET);
    /** Rows of a streamed sheet kept in memory; older rows go to a temporary file. */
    public static final int ROW_WINDOW = 200;

    private final AnalysisResult result;
    private final CostDataset dataset;
    private final RuleRegistry rules;
    private final PriceCatalogs catalogs;

    private FinanceWorkbook(AnalysisResult result, CostDataset dataset, RuleRegistry rules, PriceCatalogs catalogs) {
        this.result = Objects.requireNonNull(result, "result");
        this.dataset = dataset;
        this.rules = rules;
        this.catalogs = catalogs;
    }

    /** The workbook of {@code result}. */
    public static FinanceWorkbook of(AnalysisResult result) {
        return new FinanceWorkbook(result, null, null, null);
    }

    /** A copy that also shows what only the dataset knows: files read, configuration, spend by environment. */
    public FinanceWorkbook withDataset(CostDataset dataset) {
        return new FinanceWorkbook(result, Objects.requireNonNull(dataset, "dataset"), rules, catalogs);
    }

    /** A copy that looks up thresholds in {@code registry} (default: the rules on the class path). */
    public FinanceWorkbook withRules(RuleRegistry registry) {
        return new FinanceWorkbook(result, dataset, Objects.requireNonNull(registry, "registry"), catalogs);
    }

    /** A copy that lists the prices of {@code priceCatalogs} (default: the catalogs on the class path). */
    public FinanceWorkbook withPriceCatalogs(PriceCatalogs priceCatalogs) {
        return new FinanceWorkbook(result, dataset, rules, Objects.requireNonNull(priceCatalogs, "priceCatalogs"));
    }

    /**
     * Writes the workbook to {@code file}, creating its folder; the file appears complete or not
     * at all (written to {@code file.part}, then moved).
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public Path write(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                write(out);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    /**
     * Writes the workbook to {@code out} (not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        OutputWarmUp.await();
        WorkbookSource source = new WorkbookSource(result, Optional.ofNullable(dataset),
                rules == null ? RuleRegistry.load() : rules, catalogs == null ? PriceCatalogs.load() : catalogs);
        List<Finding> findings = FindingsSheet.sorted(result.findings().list());
        FindingsLayout layout = new FindingsLayout(findings.size());

        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template, source.currency());
        XSSFSheet summary = template.createSheet(SummarySheet.SHEET);
        FindingsSheet.prepare(template.createSheet(FindingsLayout.SHEET), layout, styles);
        SpendSheet spend = SpendSheet.write(template.createSheet(SpendSheet.SHEET), result.spend(), source.dataset(), styles);
        AssumptionsSheet.write(template.createSheet(AssumptionsSheet.SHEET), source, styles);
        SummaryCharts.add(SummarySheet.write(summary, styles, source, spend, layout), spend, source.currency());
        template.setForceFormulaRecalculation(true);
        template.setActiveSheet(0);
        template.getProperties().getCoreProperties().setTitle("Cost review " + result.spend().billingPeriod());
        template.getProperties().getCoreProperties().setCreator("cloudcost");

        // close() deletes the temporary files of the streamed rows (POI 5.3+, bug 68183)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROW_WINDOW, true)) {
            FindingsSheet.writeRows(workbook.getSheet(FindingsLayout.SHEET), findings, styles);
            Sheet quality = workbook.createSheet(DataQualitySheet.SHEET);
            DataQualitySheet.write(quality, source, styles);
            workbook.write(out);
        }
    }

    @Override
    public String toString() {
        return "FinanceWorkbook{" + result.findings().size() + " findings, " + result.spend().billingPeriod()
                + (dataset == null ? "" : ", with dataset") + "}";
    }
}
