package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.report.xlsx.WorkbookFiles.rowLabelled;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.report.xlsx.internal.AssumptionsSheet;
import org.cloudcost.report.xlsx.internal.DataQualitySheet;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.SpendSheet;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheets of {@code report.xlsx} read back with POI (figures in {@link WorkbookFixture}). */
class FinanceWorkbookSheetsTest {
    /** FORMATS.md §3, in this order. */
    private static final List<String> FORMATS_COLUMNS = List.of("RuleId", "Strategy", "ResourceId", "ResourceType",
            "ServiceCategory", "ServiceName", "RegionId", "SubAccountId", "Environment", "MonthlyCost",
            "EstimatedMonthlySavings", "Currency", "Action", "Reason", "Confidence");

    @TempDir
    Path dir;

    private AnalysisResult result;
    private XSSFWorkbook wb;
    private Path file;

    @BeforeEach
    void write() throws Exception {
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        result = WorkbookFixture.run(dataset);
        file = FinanceWorkbook.of(result).withDataset(dataset).withRules(WorkbookFixture.rules())
                .withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("out/report.xlsx"));
        wb = WorkbookFiles.open(file);
    }

    private static List<String> row(Row r) {
        List<String> out = new ArrayList<>();
        for (Cell c : r) {
            out.add(c.toString());
        }
        return out;
    }

    /** The first text under the Data quality sheet's title. */
    private static String firstLine(XSSFWorkbook book) {
        Sheet sheet = book.getSheet(DataQualitySheet.SHEET);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                return sheet.getRow(r).getCell(0).getStringCellValue();
            }
        }
        return "";
    }

    @Test
    void theSheetsAreNamedAndOrdered() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));

        assertThat(names).containsExactly("Summary", "Findings", "Spend", "Assumptions", "Data quality")
                .containsExactlyElementsOf(FinanceWorkbook.SHEETS);
        assertThat(wb.getActiveSheetIndex()).isZero();
        assertThat(file.getFileName().toString()).isEqualTo(FinanceWorkbook.FILE_NAME);
        assertThat(Files.exists(file.resolveSibling("report.xlsx.part"))).isFalse();
    }

    @Test
    void findingsHaveTheFormatsColumnsThenIncludeTypedAndLargestSavingFirst() {
        Sheet sheet = wb.getSheet(FindingsLayout.SHEET);
        List<String> header = row(sheet.getRow(0));

        assertThat(header.subList(0, 15)).containsExactlyElementsOf(FORMATS_COLUMNS);
        assertThat(header.subList(0, 17)).containsExactlyElementsOf(Findings.COLUMNS);
        assertThat(header.get(17)).isEqualTo("Include");
        assertThat(sheet.getLastRowNum()).isEqualTo(result.findings().size()).isEqualTo(6);
        double previous = Double.MAX_VALUE;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = row.getCell(c);
                if (FindingsLayout.MONEY.contains(header.get(c))) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"CNY\"");
                } else {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
                }
            }
            double saving = row.getCell(FindingsLayout.SAVING).getNumericCellValue();
            assertThat(saving).isLessThanOrEqualTo(previous);
            previous = saving;
            assertThat(row.getCell(FindingsLayout.INCLUDE_COLUMN).getStringCellValue()).isEqualTo("Y");
        }
        assertThat(row(sheet.getRow(1)).subList(0, 3)).containsExactly("test-cleanup", "cleanup", "db-1");
        assertThat(sheet.getRow(1).getCell(FindingsLayout.SAVING).getNumericCellValue()).isEqualTo(620.0);
    }

    @Test
    void findingsHaveAnAutofilterAFrozenHeaderWidthsAndAnIncludeDropDown() {
        XSSFSheet sheet = wb.getSheet(FindingsLayout.SHEET);

        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R7");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(FindingsLayout.column("Reason"))).isEqualTo(70 * 256);
        assertThat(sheet.getColumnWidth(FindingsLayout.column("ResourceId"))).isEqualTo(30 * 256);
        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        assertThat(validations.get(0).getValidationConstraint().getExplicitListValues()).containsExactly("Y", "N");
        assertThat(validations.get(0).getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("R2:R7");
    }

    @Test
    void spendHasEveryBreakdownWithTotalsAndTheDailySeriesAsDates() {
        Sheet sheet = wb.getSheet(SpendSheet.SHEET);
        Map<String, Double> environments = new LinkedHashMap<>();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Cell key = sheet.getRow(r).getCell(12);
            if (key != null && key.getCellType() == CellType.STRING) {
                environments.put(key.getStringCellValue(), sheet.getRow(r).getCell(13).getNumericCellValue());
            }
        }
        assertThat(environments).containsOnlyKeys("prod", "test", "(untagged)", "=hyperlink(\"http://x\",\"y\")", "Total");
        assertThat(environments.get("prod")).isEqualTo(620.0);
        // bucket-1 and the credit carry no env tag
        assertThat(environments.get("(untagged)")).isCloseTo(155.0 - 31.0, within(1e-9));
        assertThat(environments.get("Total")).isCloseTo(1147.0, within(1e-9));
        assertThat(row(sheet.getRow(3))).contains("ServiceCategory", "ServiceName", "SubAccountId", "Environment",
                "ChargeCategory", "Date");
        int days = 0;
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Cell day = sheet.getRow(r).getCell(20);
            if (day != null && day.getCellType() == CellType.NUMERIC) {
                assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
                assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1).plusDays(days));
                assertThat(sheet.getRow(r).getCell(21).getNumericCellValue()).isCloseTo(37.0, within(1e-9));
                days++;
            }
        }
        assertThat(days).isEqualTo(31);
    }

    @Test
    void assumptionsListTheThresholdsAndPricesUsed() {
        Sheet sheet = wb.getSheet(AssumptionsSheet.SHEET);
        List<List<String>> rows = new ArrayList<>();
        sheet.forEach(r -> rows.add(row(r)));

        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("test-shrink", "p95CpuPercent", "25.0", "%", "cloudcost.yaml"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("test-shrink", "p95CpuPercent", "30.0", "%",
                "cloudcost.yaml, environment test"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Alibaba Cloud", "storage.Standard.gbMonth", "0.12",
                "CNY/GB-month", "2026-11-22", "help.aliyun.com/zh/oss/storage-fees"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Alibaba Cloud", "cdn.traffic.gb")
                .contains("10240: 0.24; above: 0.20"));
        Cell price = rowLabelled(sheet, "Alibaba Cloud").getCell(2);
        assertThat(price.getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void dataQualityListsFilesSkippedLinesUnevaluatedResourcesAndNotes() {
        Sheet sheet = wb.getSheet(DataQualitySheet.SHEET);
        List<List<String>> rows = new ArrayList<>();
        sheet.forEach(r -> rows.add(row(r)));

        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).endsWith("bill.csv"));
        assertThat(rows).anySatisfy(r -> assertThat(r).element(1).isEqualTo("billing"));
        assertThat(rows).anySatisfy(r -> assertThat(r).element(1).isEqualTo("inventory"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("blank line", "1.0"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("test-shrink", "db-1", "no cpu_percent rows"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Rules run").element(1).asString()
                .contains("test-schedule", "test-network"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Reconciliation").element(1).asString()
                .contains("(reconciled)"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Reporting currency", "CNY"));
        Cell linesRead = rowLabelled(sheet, "Lines read").getCell(3);
        assertThat(linesRead.getNumericCellValue()).isGreaterThanOrEqualTo(31 * 5);
    }

    @Test
    void summaryHasTheCaseStudyTableShape() {
        Sheet sheet = wb.getSheet(SummarySheet.SHEET);
        List<String> labels = new ArrayList<>();
        sheet.forEach(r -> {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) {
                labels.add(c.getStringCellValue());
            }
        });

        assertThat(labels).containsSubsequence("Billing period", "Currency", "Spend by ServiceCategory", "Databases",
                "Compute", "Storage", "Networking", "Other", "Total", "Savings by strategy (per month)", "elastic-scaling",
                "right-sizing", "data-lifecycle", "network", "cleanup", "Total", "Headline", "Monthly savings",
                "Annual savings (12 months)", "Implementation cost (one-off)",
                "ROI multiple (annual savings ÷ implementation cost)", "Payback (implementation cost ÷ daily saving)",
                "Next month's forecast (model output, not a formula)", "Total", "Reconciliation with the source files",
                "Source billed cost (every line read)", "Status");
        assertThat(rowLabelled(sheet, "Billing period").getCell(1).getStringCellValue()).isEqualTo("2026-10");
        assertThat(rowLabelled(sheet, "Currency").getCell(1).getStringCellValue()).isEqualTo("CNY");
        Row forecast = null;
        for (Row r : sheet) {
            if (r.getRowNum() > rowLabelled(sheet, "Next month's forecast (model output, not a formula)").getRowNum()
                    && r.getCell(0) != null && "Total".equals(r.getCell(0).getStringCellValue())) {
                forecast = r;
                break;
            }
        }
        assertThat(forecast).isNotNull();
        assertThat(forecast.getCell(1).getNumericCellValue())
                .isEqualTo(result.forecast().total().orElseThrow().expected().doubleValue());
        assertThat(forecast.getCell(4).getStringCellValue()).isEqualTo("2026-11");
        assertThat(rowLabelled(sheet, "ROI multiple (annual savings ÷ implementation cost)").getCell(1).getCellStyle()
                .getDataFormatString()).isEqualTo("0.0\"×\"");
        assertThat(rowLabelled(sheet, "Savings, % of monthly spend").getCell(1).getCellStyle().getDataFormatString())
                .isEqualTo("0.0%");
    }

    @Test
    void writingAgainReplacesTheFile() throws Exception {
        assertThat(firstLine(wb)).isEqualTo("Files read");
        FinanceWorkbook.of(result).write(file);   // now without the dataset

        try (XSSFWorkbook again = WorkbookFiles.open(file)) {
            assertThat(again.getNumberOfSheets()).isEqualTo(5);
            assertThat(firstLine(again)).startsWith("The dataset was not given");
        }
        assertThat(Files.list(file.getParent())).extracting(p -> p.getFileName().toString()).containsExactly("report.xlsx");
    }
}
