package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.xlsx.WorkbookFiles.named;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.SummaryCharts;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.cloudcost.report.xlsx.internal.WorkbookNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects found in review: category text a criterion would misread, the Include column's last row, the daily axis. */
class FinanceWorkbookReviewTest {
    @TempDir
    Path dir;

    /**
     * ServiceCategory comes from the bills. As a SUMIFS criterion, {@code Other*} is a wildcard,
     * {@code >0} a comparison and {@code compute} equals {@code Compute}; each Summary row must
     * still show its own category's spend, and the total the sum of the categories.
     */
    @Test
    void categoriesThatLookLikeCriteriaEachShowTheirOwnSpend() throws Exception {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        categories.put("Compute", new BigDecimal("100.00"));
        categories.put("compute", new BigDecimal("7.00"));
        categories.put("Other", new BigDecimal("20.00"));
        categories.put("Other*", new BigDecimal("3.00"));
        categories.put(">0", new BigDecimal("5.00"));
        categories.put("=Storage", new BigDecimal("11.00"));
        categories.put("Storage", new BigDecimal("13.00"));
        categories.put("Cr~edit?", new BigDecimal("-2.00"));
        BigDecimal total = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        AnalysisResult result = spendOnly(categories, Map.of("2026-10-01", total));

        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(result).write(dir.resolve("criteria.xlsx")));
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        Sheet summary = wb.getSheet(SummarySheet.SHEET);
        Row header = WorkbookFiles.rowLabelled(summary, "ServiceCategory");
        int r = header.getRowNum() + 1;
        for (Map.Entry<String, BigDecimal> e : categories.entrySet()) {
            Row row = summary.getRow(r++);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e.getKey());
            assertThat(evaluator.evaluate(row.getCell(1)).getNumberValue()).as(e.getKey())
                    .isCloseTo(e.getValue().doubleValue(), within(1e-9));
            assertThat(row.getCell(1).getNumericCellValue()).as("cached " + e.getKey())
                    .isCloseTo(e.getValue().doubleValue(), within(1e-9));
        }
        Row totalRow = summary.getRow(r);
        assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("Total");
        assertThat(evaluator.evaluate(totalRow.getCell(1)).getNumberValue()).isCloseTo(total.doubleValue(), within(1e-9));
        assertThat(evaluator.evaluate(named(wb, WorkbookNames.MONTHLY_SPEND)).getNumberValue())
                .isCloseTo(total.doubleValue(), within(1e-9));
    }

    /** The last finding's row is inside every range the Summary reads: flipping it moves the total by its saving. */
    @Test
    void flippingTheLastFindingMovesTheTotalByItsSaving() throws Exception {
        int n = FinanceWorkbook.ROW_WINDOW + 3;
        AnalysisResult result = SyntheticAnalyses.of(n);
        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(result).write(dir.resolve("last.xlsx")));
        Sheet findings = wb.getSheet(FindingsLayout.SHEET);
        int lastWithSaving = n;
        while (findings.getRow(lastWithSaving).getCell(FindingsLayout.SAVING).getNumericCellValue() == 0) {
            lastWithSaving--;
        }
        double saving = findings.getRow(lastWithSaving).getCell(FindingsLayout.SAVING).getNumericCellValue();
        assertThat(saving).isPositive();
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        double before = evaluator.evaluate(named(wb, WorkbookNames.TOTAL_MONTHLY_SAVINGS)).getNumberValue();
        double countBefore = evaluator.evaluate(WorkbookFiles.rowLabelled(wb.getSheet(SummarySheet.SHEET),
                "Findings included (Include = Y; capacity risks too)").getCell(1)).getNumberValue();

        WorkbookFiles.type(findings.getRow(n).getCell(FindingsLayout.INCLUDE_COLUMN), FindingsLayout.EXCLUDED);
        if (lastWithSaving != n) {
            WorkbookFiles.type(findings.getRow(lastWithSaving).getCell(FindingsLayout.INCLUDE_COLUMN), FindingsLayout.EXCLUDED);
        }
        evaluator.clearAllCachedResultValues();

        assertThat(evaluator.evaluate(named(wb, WorkbookNames.TOTAL_MONTHLY_SAVINGS)).getNumberValue())
                .isCloseTo(before - saving, within(1e-6));
        assertThat(evaluator.evaluate(WorkbookFiles.rowLabelled(wb.getSheet(SummarySheet.SHEET),
                "Findings included (Include = Y; capacity risks too)").getCell(1)).getNumberValue())
                .isEqualTo(countBefore - (lastWithSaving == n ? 1 : 2));
    }

    /** An analysis without findings of this spend by category and day. */
    private static AnalysisResult spendOnly(Map<String, BigDecimal> categories, Map<String, BigDecimal> daily) {
        BigDecimal total = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        SpendSummary spend = new SpendSummary("CNY", List.of("2026-10"), total, total, total, categories,
                Map.of("svc", total), Map.of("acct-1", total), Map.of("Usage", total), daily,
                Map.of(), Reconciliation.of(total, total, BigDecimal.ZERO));
        SavingsPlan plan = SavingsPlan.of(List.of(), total, Map.of());
        return new AnalysisResult(spend, Findings.of(plan.findings()), plan, SpendForecast.of(Map.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), Instant.parse("2026-11-01T00:00:00Z"), 1.0);
    }

    private static XDDFValueAxis dailyValueAxis(XSSFWorkbook wb) {
        XSSFChart daily = ((XSSFSheet) wb.getSheet(SummarySheet.SHEET)).getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText().getString().equals(SummaryCharts.DAILY_TITLE)).findFirst().orElseThrow();
        return daily.getAxes().stream().filter(XDDFValueAxis.class::isInstance).map(XDDFValueAxis.class::cast)
                .findFirst().orElseThrow();
    }

    /** LibreOffice and Excel scale a line chart to its data: a 58,000 → 53,000 dip filled the chart's height. */
    @Test
    void theDailySpendAxisStartsAtZeroUnlessADayIsACredit() throws Exception {
        Map<String, BigDecimal> categories = Map.of("Compute", new BigDecimal("111.00"));
        Map<String, BigDecimal> positive = new LinkedHashMap<>();
        positive.put("2026-10-01", new BigDecimal("58.00"));
        positive.put("2026-10-02", new BigDecimal("53.00"));
        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(spendOnly(categories, positive)).write(dir.resolve("p.xlsx")));
        assertThat(dailyValueAxis(wb).isSetMinimum()).isTrue();
        assertThat(dailyValueAxis(wb).getMinimum()).isZero();

        Map<String, BigDecimal> credited = new LinkedHashMap<>(positive);
        credited.put("2026-10-03", new BigDecimal("-5.00"));
        XSSFWorkbook wb2 = WorkbookFiles.open(FinanceWorkbook.of(spendOnly(categories, credited)).write(dir.resolve("c.xlsx")));
        assertThat(dailyValueAxis(wb2).isSetMinimum()).isFalse();
    }
}
