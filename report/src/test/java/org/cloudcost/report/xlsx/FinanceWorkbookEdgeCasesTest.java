package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.xlsx.WorkbookFiles.named;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.SummaryCharts;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.cloudcost.report.xlsx.internal.WorkbookNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook without a dataset, of an empty analysis, and of thousands of findings (streamed). */
class FinanceWorkbookEdgeCasesTest {
    @TempDir
    Path dir;

    /** Every formula evaluates without error to the result written with it. */
    private static void formulasAgreeWithTheirResults(XSSFWorkbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Cell c : WorkbookFiles.formulaCells(wb)) {
            CellValue v = evaluator.evaluate(c);
            assertThat(v.getCellType()).as(WorkbookFiles.where(c)).isIn(CellType.NUMERIC, CellType.STRING);
            if (v.getCellType() == CellType.NUMERIC) {
                assertThat(v.getNumberValue()).as(WorkbookFiles.where(c) + " " + c.getCellFormula())
                        .isCloseTo(c.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(v.getNumberValue()))));
            } else {
                assertThat(v.getStringValue()).isEqualTo(c.getStringCellValue());
            }
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> out.append(c).append('\n')));
        return out.toString();
    }

    @Test
    void withoutTheDatasetThePlansImplementationCostBecomesTheOneOffInputs() throws Exception {
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        AnalysisResult result = WorkbookFixture.run(dataset);
        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(result).withRules(WorkbookFixture.rules())
                .write(dir.resolve("alone.xlsx")));

        formulasAgreeWithTheirResults(wb);
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(named(wb, WorkbookNames.IMPLEMENTATION_COST)).getNumberValue())
                .isCloseTo(3700, within(1e-9));
        assertThat(evaluator.evaluate(named(wb, WorkbookNames.ROI_MULTIPLE)).getNumberValue())
                .isCloseTo(result.plan().roiMultiple().orElseThrow().doubleValue(), within(1e-9));
        assertThat(named(wb, WorkbookNames.oneOff(Strategy.CLEANUP)).getNumericCellValue()).isEqualTo(1500);
        assertThat(named(wb, WorkbookNames.hours(Strategy.CLEANUP)).getNumericCellValue()).isZero();
        assertThat(named(wb, WorkbookNames.oneOff(Strategy.NETWORK)).getNumericCellValue()).isZero();
        assertThat(text(wb.getSheet("Data quality"))).contains("The dataset was not given to the report");
        assertThat(text(wb.getSheet("Spend"))).contains("needs the dataset (Report.withDataset)");
        assertThat(text(wb.getSheet("Assumptions"))).contains("default (configuration not given)")
                .contains("entered as its one-off cost");
    }

    @Test
    void anEmptyAnalysisStillWritesAWorkbookWhoseFormulasEvaluate() throws Exception {
        List<String> tags = CloudcostConfig.defaults().tagColumns().columns();
        CostDataset dataset = new CostDataset(BillingFrame.empty(tags), UsageFrame.empty(), InventoryFrame.empty(tags),
                StorageFrame.empty(), ReadReport.empty(), CloudcostConfig.defaults());
        AnalysisResult result = WorkbookFixture.run(dataset);
        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(result).withDataset(dataset)
                .withRules(WorkbookFixture.rules()).withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("e.xlsx")));

        formulasAgreeWithTheirResults(wb);
        XSSFSheet findings = wb.getSheet(FindingsLayout.SHEET);
        assertThat(findings.getLastRowNum()).isZero();
        assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R2");
        assertThat(findings.getDataValidations()).isEmpty();
        assertThat(named(wb, WorkbookNames.TOTAL_MONTHLY_SAVINGS).getNumericCellValue()).isZero();
        assertThat(named(wb, WorkbookNames.ROI_MULTIPLE).getStringCellValue()).isEqualTo(SummarySheet.NOT_COMPUTED);
        // no spend and no days: only the savings chart
        assertThat(wb.getSheet(SummarySheet.SHEET).getDrawingPatriarch().getCharts())
                .extracting(c -> c.getTitleText().getString()).containsExactly(SummaryCharts.SAVINGS_TITLE);
        assertThat(text(wb.getSheet(SummarySheet.SHEET))).contains("no billing days to forecast from");
    }

    @Test
    void thousandsOfFindingsStreamPastTheRowWindowAndStillAddUp() throws Exception {
        int n = 5 * FinanceWorkbook.ROW_WINDOW + 7;
        AnalysisResult result = SyntheticAnalyses.of(n);
        XSSFWorkbook wb = WorkbookFiles.open(FinanceWorkbook.of(result).write(dir.resolve("big.xlsx")));

        Sheet findings = wb.getSheet(FindingsLayout.SHEET);
        assertThat(findings.getLastRowNum()).isEqualTo(n);
        assertThat(findings.getPhysicalNumberOfRows()).isEqualTo(n + 1);
        Row first = findings.getRow(1);
        Row last = findings.getRow(n);
        assertThat(first.getCell(FindingsLayout.SAVING).getNumericCellValue())
                .isEqualTo(result.plan().findings().get(0).estimatedMonthlySavings().doubleValue());
        assertThat(last.getCell(FindingsLayout.INCLUDE_COLUMN).getStringCellValue()).isEqualTo("Y");
        assertThat(((XSSFSheet) findings).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R" + (n + 1));
        formulasAgreeWithTheirResults(wb);
        assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(named(wb, WorkbookNames.TOTAL_MONTHLY_SAVINGS))
                .getNumberValue()).isCloseTo(result.plan().totalMonthlySavings().doubleValue(), within(1e-6));
        assertThat(WorkbookFiles.rowLabelled(wb.getSheet(SummarySheet.SHEET), "cleanup").getCell(1).getCellFormula())
                .contains("Findings!$K$2:$K$" + (n + 1), "Findings!$R$2:$R$" + (n + 1));
    }
}
