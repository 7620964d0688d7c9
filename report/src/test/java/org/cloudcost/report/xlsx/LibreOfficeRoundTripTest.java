package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.xlsx.WorkbookFiles.named;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.SummaryCharts;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.cloudcost.report.xlsx.internal.WorkbookNames;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook survives LibreOffice: converted headless to PDF and back to xlsx, the Summary keeps
 * its three charts, the named inputs and live formulas. Skipped, with the reason, when
 * {@code soffice} is not on the PATH (Debian: {@code apt-get install libreoffice-calc-nogui}).
 */
@Tag("libreoffice")
class LibreOfficeRoundTripTest {
    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    static Path dir;

    private static Path soffice;
    private static AnalysisResult result;
    private static Path pdf;
    private static XSSFWorkbook converted;

    @BeforeAll
    static void convert() throws Exception {
        Optional<Path> found = onPath("soffice").or(() -> onPath("libreoffice"));
        Assumptions.assumeTrue(found.isPresent(),
                "LibreOffice (soffice) is not on the PATH; install libreoffice-calc-nogui to run the round trip");
        soffice = found.get();
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        result = WorkbookFixture.run(dataset);
        Path xlsx = FinanceWorkbook.of(result).withDataset(dataset).withRules(WorkbookFixture.rules())
                .withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("report.xlsx"));
        pdf = run(xlsx, "pdf", dir.resolve("pdf")).resolve("report.pdf");
        converted = WorkbookFiles.open(run(xlsx, "xlsx", dir.resolve("lo")).resolve("report.xlsx"));
    }

    static Optional<Path> onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Path run(Path input, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", format, "--outdir",
                outDir.toString(), input.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(format + ".log").toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish converting to " + format + " in " + TIMEOUT_SECONDS + " s");
        }
        assertThat(p.exitValue()).as(Files.readString(dir.resolve(format + ".log"))).isZero();
        return outDir;
    }

    @Test
    void thePdfShowsTheSummaryWithItsFiguresAndCharts() throws Exception {
        assertThat(pdf).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Optional<Path> pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(pdftotext.isPresent(), "pdftotext (poppler-utils) is not on the PATH: the PDF's text is not checked");
        Path text = dir.resolve("report.txt");
        Process p = new ProcessBuilder(pdftotext.get().toString(), "-layout", pdf.toString(), text.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String s = Files.readString(text);
        assertThat(s).contains("Cost review 2026-10", "957.90 CNY", "3,700.00 CNY", "reconciled", "=HYPERLINK(\"http://x\",\"y\")");
        // chart titles are drawn on the Summary's page
        String summaryPage = s.substring(0, s.indexOf('\f'));
        assertThat(summaryPage).contains(SummaryCharts.DAILY_TITLE, SummaryCharts.SAVINGS_TITLE, "CNY per month");
    }

    @Test
    void theConvertedWorkbookKeepsTheSheetsChartsAndNames() {
        List<String> names = new ArrayList<>();
        converted.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactlyElementsOf(FinanceWorkbook.SHEETS);

        List<XSSFChart> charts = converted.getSheet(SummarySheet.SHEET).getDrawingPatriarch().getCharts();
        assertThat(charts).extracting(c -> c.getTitleText().getString())
                .containsExactly(SummaryCharts.SPEND_TITLE, SummaryCharts.SAVINGS_TITLE, SummaryCharts.DAILY_TITLE);
        assertThat(charts.get(2).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo("Spend!$V$5:$V$35");
        assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(4).doubleValue())
                .isEqualTo(620.0);
        for (String name : List.of(WorkbookNames.hours(Strategy.RIGHT_SIZING), WorkbookNames.rate(Strategy.CLEANUP),
                WorkbookNames.ROI_MULTIPLE, WorkbookNames.EFFORT_INPUTS)) {
            assertThat(converted.getName(name)).as(name).isNotNull();
        }
    }

    @Test
    void theConvertedFormulasStillAddUpAndMoveWithAnAssumption() {
        assertThat(named(converted, WorkbookNames.TOTAL_MONTHLY_SAVINGS).getNumericCellValue()).isCloseTo(957.90, within(1e-6));
        assertThat(named(converted, WorkbookNames.ROI_MULTIPLE).getNumericCellValue())
                .isCloseTo(result.plan().roiMultiple().orElseThrow().doubleValue(), within(1e-9));
        assertThat(named(converted, WorkbookNames.ROI_MULTIPLE).getCellFormula()).contains("ImplementationCost");

        FormulaEvaluator evaluator = converted.getCreationHelper().createFormulaEvaluator();
        named(converted, WorkbookNames.rate(Strategy.RIGHT_SIZING)).setCellValue(200);
        WorkbookFiles.type(converted.getSheet(FindingsLayout.SHEET).getRow(1).getCell(FindingsLayout.INCLUDE_COLUMN),
                FindingsLayout.EXCLUDED);
        evaluator.evaluateAll();

        // the cleanup (620.00, 1,500 of effort) is out, right-sizing costs 1,600 instead of 800
        assertThat(named(converted, WorkbookNames.TOTAL_MONTHLY_SAVINGS).getNumericCellValue())
                .isCloseTo(957.90 - 620.00, within(1e-6));
        assertThat(named(converted, WorkbookNames.IMPLEMENTATION_COST).getNumericCellValue()).isCloseTo(3000, within(1e-9));
        assertThat(named(converted, WorkbookNames.ROI_MULTIPLE).getNumericCellValue())
                .isCloseTo((957.90 - 620.00) * 12 / 3000, within(1e-9));
    }
}
