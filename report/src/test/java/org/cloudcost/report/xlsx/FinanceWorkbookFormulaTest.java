package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.xlsx.WorkbookFiles.named;
import static org.cloudcost.report.xlsx.WorkbookFiles.rowLabelled;
import static org.cloudcost.report.xlsx.WorkbookFiles.where;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.report.SummaryJsonWriter;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.cloudcost.report.xlsx.internal.WorkbookNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Summary's formulas: each evaluates without error to the result written with it and to the
 * figure {@code summary.json} carries, and they move when finance flips an Include cell or edits
 * an effort input (figures in {@link WorkbookFixture}).
 */
class FinanceWorkbookFormulaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private CostDataset dataset;
    private AnalysisResult result;
    private XSSFWorkbook wb;
    private JsonNode json;

    @BeforeEach
    void write() throws Exception {
        load(WorkbookFixture.WITH_EFFORT);
    }

    private void load(CloudcostConfig config) throws Exception {
        dataset = WorkbookFixture.dataset(dir, config);
        result = WorkbookFixture.run(dataset);
        Path file = FinanceWorkbook.of(result).withDataset(dataset).withRules(WorkbookFixture.rules())
                .withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("report.xlsx"));
        wb = WorkbookFiles.open(file);
        json = MAPPER.readTree(SummaryJsonWriter.toJson(result, dataset.readReport()));
    }

    private static double number(Cell c) {
        return c.getNumericCellValue();
    }

    private double evaluated(String name) {
        CellValue v = wb.getCreationHelper().createFormulaEvaluator().evaluate(named(wb, name));
        assertThat(v.getCellType()).as(name).isEqualTo(CellType.NUMERIC);
        return v.getNumberValue();
    }

    @Test
    void everyFormulaEvaluatesWithoutErrorToTheResultWrittenWithIt() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        var cells = WorkbookFiles.formulaCells(wb);

        assertThat(cells).hasSizeGreaterThan(40);
        for (Cell c : cells) {
            CellValue v = evaluator.evaluate(c);
            assertThat(v.getCellType()).as(where(c) + " " + c.getCellFormula()).isIn(CellType.NUMERIC, CellType.STRING);
            assertThat(c.getCachedFormulaResultType()).as(where(c)).isEqualTo(v.getCellType());
            if (v.getCellType() == CellType.NUMERIC) {
                assertThat(v.getNumberValue()).as(where(c) + " " + c.getCellFormula())
                        .isCloseTo(c.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(v.getNumberValue()))));
            } else {
                assertThat(v.getStringValue()).as(where(c)).isEqualTo(c.getStringCellValue());
            }
        }
    }

    @Test
    void theHeadlineFiguresEqualSummaryJson() {
        assertThat(evaluated(WorkbookNames.TOTAL_MONTHLY_SAVINGS))
                .isCloseTo(json.get("totalMonthlySavings").doubleValue(), within(0.005));
        assertThat(evaluated(WorkbookNames.TOTAL_MONTHLY_SAVINGS)).isCloseTo(957.90, within(0.005));
        assertThat(evaluated(WorkbookNames.SAVINGS_PERCENT) * 100).isCloseTo(json.get("savingsPercent").doubleValue(),
                within(0.005));
        assertThat(evaluated(WorkbookNames.ANNUAL_SAVINGS)).isCloseTo(json.get("annualSavings").doubleValue(), within(0.005));
        assertThat(evaluated(WorkbookNames.IMPLEMENTATION_COST))
                .isCloseTo(json.get("implementationCost").doubleValue(), within(0.005)).isCloseTo(3700, within(1e-9));
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE)).isCloseTo(json.get("roiMultiple").doubleValue(), within(0.05));
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE))
                .isCloseTo(result.plan().roiMultiple().orElseThrow().doubleValue(), within(1e-9));
        assertThat(evaluated(WorkbookNames.PAYBACK_DAYS))
                .isCloseTo(result.plan().paybackDays().orElseThrow().doubleValue(), within(1e-9))
                .isCloseTo(json.get("paybackDays").doubleValue(), within(0.05));
        assertThat(evaluated(WorkbookNames.MONTHLY_SPEND)).isCloseTo(json.get("totalBilledCost").doubleValue(), within(0.005))
                .isCloseTo(1147.00, within(0.005));
        Cell findings = rowLabelled(wb.getSheet(SummarySheet.SHEET), "Findings included (Include = Y; capacity risks too)").getCell(1);
        assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(findings).getNumberValue())
                .isEqualTo(json.get("findingCount").asInt()).isEqualTo(6);
    }

    @Test
    void theSavingsAndSpendTablesEqualSummaryJson() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Sheet summary = wb.getSheet(SummarySheet.SHEET);
        JsonNode byStrategy = json.get("savingsByStrategy");
        byStrategy.fieldNames().forEachRemaining(id -> {
            Row r = rowLabelled(summary, id);
            assertThat(evaluator.evaluate(r.getCell(1)).getNumberValue()).as(id)
                    .isCloseTo(byStrategy.get(id).doubleValue(), within(0.005));
            assertThat(evaluator.evaluate(r.getCell(3)).getNumberValue()).as(id).isCloseTo(json.get("implementationCostByStrategy")
                    .path(id).asDouble(0), within(0.005));
        });
        JsonNode byCategory = json.get("spendByServiceCategory");
        assertThat(byCategory.size()).isEqualTo(5);
        byCategory.fieldNames().forEachRemaining(category -> assertThat(evaluator.evaluate(rowLabelled(summary, category)
                .getCell(1)).getNumberValue()).as(category).isCloseTo(byCategory.get(category).doubleValue(), within(0.005)));
        assertThat(evaluator.evaluate(rowLabelled(summary, "Other").getCell(1)).getNumberValue()).isCloseTo(-31.0, within(1e-9));
        JsonNode rec = json.get("reconciliation");
        assertThat(evaluator.evaluate(rowLabelled(summary, "Reported billed cost (Spend sheet)").getCell(1)).getNumberValue())
                .isCloseTo(rec.get("reportedBilledCost").doubleValue(), within(0.005));
        assertThat(evaluator.evaluate(rowLabelled(summary, "Difference (source − reported − excluded)").getCell(1))
                .getNumberValue()).isCloseTo(rec.get("difference").doubleValue(), within(0.005));
        assertThat(evaluator.evaluate(rowLabelled(summary, "Status").getCell(1)).getStringValue())
                .isEqualTo("reconciled");
    }

    @Test
    void flippingOneIncludeCellChangesTheTotalByExactlyThatFindingsSaving() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Sheet findings = wb.getSheet(FindingsLayout.SHEET);
        Row network = null;
        for (Row r : findings) {
            if (r.getRowNum() > 0 && r.getCell(FindingsLayout.STRATEGY).getStringCellValue().equals("network")) {
                network = r;
            }
        }
        assertThat(network).isNotNull();
        double saving = network.getCell(FindingsLayout.SAVING).getNumericCellValue();
        assertThat(saving).isCloseTo(27.90, within(1e-9));
        double before = evaluated(WorkbookNames.TOTAL_MONTHLY_SAVINGS);
        double roiBefore = evaluated(WorkbookNames.ROI_MULTIPLE);
        Row networkRow = rowLabelled(wb.getSheet(SummarySheet.SHEET), "network");

        WorkbookFiles.type(network.getCell(FindingsLayout.INCLUDE_COLUMN), FindingsLayout.EXCLUDED);
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();

        assertThat(evaluated(WorkbookNames.TOTAL_MONTHLY_SAVINGS)).isCloseTo(before - saving, within(1e-9));
        assertThat(networkRow.getCell(1).getNumericCellValue()).isCloseTo(0, within(1e-9));
        assertThat(networkRow.getCell(4).getNumericCellValue()).isZero();
        assertThat(evaluated(WorkbookNames.ANNUAL_SAVINGS)).isCloseTo((before - saving) * 12, within(1e-9));
        // network has no effort, so only the saving side of the ROI moves
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE)).isCloseTo(roiBefore - saving * 12 / 3700, within(1e-9));
    }

    @Test
    void excludingAStrategysLastFindingDropsItsImplementationCost() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Sheet findings = wb.getSheet(FindingsLayout.SHEET);
        for (Row r : findings) {
            if (r.getRowNum() > 0 && r.getCell(FindingsLayout.STRATEGY).getStringCellValue().equals("cleanup")) {
                WorkbookFiles.type(r.getCell(FindingsLayout.INCLUDE_COLUMN), FindingsLayout.EXCLUDED);
            }
        }
        evaluator.evaluateAll();

        assertThat(evaluated(WorkbookNames.TOTAL_MONTHLY_SAVINGS)).isCloseTo(957.90 - 620.00, within(1e-9));
        assertThat(evaluated(WorkbookNames.IMPLEMENTATION_COST)).isCloseTo(3700 - 1500, within(1e-9));
    }

    @Test
    void changingAnEffortAssumptionMovesTheImplementationCostRoiAndPayback() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        double annual = evaluated(WorkbookNames.ANNUAL_SAVINGS);
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE)).isCloseTo(annual / 3700, within(1e-9));

        named(wb, WorkbookNames.rate(Strategy.RIGHT_SIZING)).setCellValue(200);
        named(wb, WorkbookNames.hours(Strategy.NETWORK)).setCellValue(5);   // network: rate still empty, so 0
        evaluator.evaluateAll();

        // right-sizing 8 h × 200 instead of × 100
        assertThat(evaluated(WorkbookNames.IMPLEMENTATION_COST)).isCloseTo(4500, within(1e-9));
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE)).isCloseTo(annual / 4500, within(1e-9));
        assertThat(evaluated(WorkbookNames.PAYBACK_DAYS)).isCloseTo(4500 / (annual / 365), within(1e-9));
        Row rightSizing = rowLabelled(wb.getSheet(SummarySheet.SHEET), "right-sizing");
        assertThat(rightSizing.getCell(3).getNumericCellValue()).isCloseTo(1600, within(1e-9));

        named(wb, WorkbookNames.rate(Strategy.NETWORK)).setCellValue(100);
        named(wb, WorkbookNames.oneOff(Strategy.NETWORK)).setCellValue(250);
        evaluator.evaluateAll();
        assertThat(evaluated(WorkbookNames.IMPLEMENTATION_COST)).isCloseTo(4500 + 750, within(1e-9));
    }

    @Test
    void withoutEffortTheRoiIsNotComputedAsSummaryJsonWritesNull() throws Exception {
        load(CloudcostConfig.defaults());
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();

        assertThat(json.get("implementationCost").isNull()).isTrue();
        for (String name : new String[] {WorkbookNames.IMPLEMENTATION_COST, WorkbookNames.ROI_MULTIPLE,
                WorkbookNames.PAYBACK_DAYS}) {
            Cell c = named(wb, name);
            assertThat(c.getCachedFormulaResultType()).as(name).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).as(name).isEqualTo(SummarySheet.NOT_COMPUTED);
            assertThat(evaluator.evaluate(c).getStringValue()).as(name).isEqualTo(SummarySheet.NOT_COMPUTED);
        }
        // finance enters an effort: the ROI appears
        named(wb, WorkbookNames.hours(Strategy.CLEANUP)).setCellValue(10);
        named(wb, WorkbookNames.rate(Strategy.CLEANUP)).setCellValue(100);
        evaluator.evaluateAll();
        assertThat(evaluated(WorkbookNames.IMPLEMENTATION_COST)).isCloseTo(1000, within(1e-9));
        assertThat(evaluated(WorkbookNames.ROI_MULTIPLE)).isCloseTo(957.90 * 12 / 1000, within(1e-9));
    }

    @Test
    void theEffortInputsAreNamedCellsHoldingTheConfiguration() {
        Map<Strategy, BigDecimal[]> expected = Map.of(
                Strategy.ELASTIC_SCALING, new BigDecimal[] {BigDecimal.TEN, BigDecimal.valueOf(100), BigDecimal.ZERO},
                Strategy.CLEANUP, new BigDecimal[] {BigDecimal.TEN, BigDecimal.valueOf(100), BigDecimal.valueOf(500)});
        expected.forEach((s, v) -> {
            assertThat(named(wb, WorkbookNames.hours(s)).getNumericCellValue()).isEqualTo(v[0].doubleValue());
            assertThat(named(wb, WorkbookNames.rate(s)).getNumericCellValue()).isEqualTo(v[1].doubleValue());
            assertThat(named(wb, WorkbookNames.oneOff(s)).getNumericCellValue()).isEqualTo(v[2].doubleValue());
        });
        // network has no configured effort: empty inputs, still named and editable
        Cell networkHours = named(wb, WorkbookNames.hours(Strategy.NETWORK));
        assertThat(networkHours.getCellType()).isEqualTo(CellType.BLANK);
        assertThat(networkHours.getCellStyle().getLocked()).isFalse();
        assertThat(networkHours.getSheet().getSheetName()).isEqualTo("Assumptions");
        assertThat(wb.getName(WorkbookNames.EFFORT_INPUTS).getRefersToFormula()).matches("Assumptions!\\$B\\$\\d+:\\$D\\$\\d+");
        for (Strategy s : Strategy.values()) {
            assertThat(wb.getName(WorkbookNames.hours(s))).as(s.id()).isNotNull();
        }
    }

    @Test
    void theSummaryTotalsAreFormulasOverTheOtherSheets() {
        Cell cleanup = rowLabelled(wb.getSheet(SummarySheet.SHEET), "cleanup").getCell(1);
        assertThat(cleanup.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cleanup.getCellFormula()).startsWith("SUMIFS(Findings!$K$2:$K$7,Findings!$B$2:$B$7,")
                .contains("Findings!$R$2:$R$7,\"Y\"");
        String compute = rowLabelled(wb.getSheet(SummarySheet.SHEET), "Compute").getCell(1).getCellFormula();
        assertThat(compute).matches("Spend!\\$B\\$\\d+");
        int spendRow = Integer.parseInt(compute.substring(compute.lastIndexOf('$') + 1)) - 1;
        assertThat(wb.getSheet("Spend").getRow(spendRow).getCell(0).getStringCellValue()).isEqualTo("Compute");
        assertThat(rowLabelled(wb.getSheet(SummarySheet.SHEET), "right-sizing").getCell(3).getCellFormula())
                .isEqualTo("IF(B" + (rowLabelled(wb.getSheet(SummarySheet.SHEET), "right-sizing").getRowNum() + 1)
                        + ">0,EffortHours_RightSizing*HourlyRate_RightSizing+OneOffCost_RightSizing,0)");
        assertThat(named(wb, WorkbookNames.ROI_MULTIPLE).getCellFormula()).contains(WorkbookNames.IMPLEMENTATION_COST,
                WorkbookNames.ANNUAL_SAVINGS);
        assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }
}
