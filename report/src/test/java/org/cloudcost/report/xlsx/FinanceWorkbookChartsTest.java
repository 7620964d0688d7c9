package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.xlsx.WorkbookFiles.rowLabelled;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.CostDataset;
import org.cloudcost.report.xlsx.internal.SummaryCharts;
import org.cloudcost.report.xlsx.internal.SummarySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native charts on the Summary sheet, and the ranges they read. */
class FinanceWorkbookChartsTest {
    @TempDir
    static Path dir;

    private static XSSFWorkbook wb;
    private static List<XSSFChart> charts;

    @BeforeAll
    static void write() throws Exception {
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        Path file = FinanceWorkbook.of(WorkbookFixture.run(dataset)).withDataset(dataset)
                .withRules(WorkbookFixture.rules()).withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("r.xlsx"));
        wb = WorkbookFiles.open(file);
        charts = wb.getSheet(SummarySheet.SHEET).getDrawingPatriarch().getCharts();
    }

    private static XDDFChartData.Series series(XSSFChart chart) {
        assertThat(chart.getChartSeries()).hasSize(1);
        assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
        return chart.getChartSeries().get(0).getSeries(0);
    }

    private static int row(String label) {
        return rowLabelled(wb.getSheet(SummarySheet.SHEET), label).getRowNum() + 1;
    }

    @Test
    void theSummaryHasThreeTitledCharts() {
        assertThat(charts).hasSize(3);
        assertThat(charts).extracting(c -> c.getTitleText().getString())
                .containsExactly(SummaryCharts.SPEND_TITLE, SummaryCharts.SAVINGS_TITLE, SummaryCharts.DAILY_TITLE);
        assertThat(charts.get(0).getChartSeries().get(0)).isInstanceOf(XDDFBarChartData.class);
        assertThat(charts.get(1).getChartSeries().get(0)).isInstanceOf(XDDFBarChartData.class);
        assertThat(charts.get(2).getChartSeries().get(0)).isInstanceOf(XDDFLineChartData.class);
        // only Summary carries charts
        for (String other : List.of("Findings", "Spend", "Assumptions")) {
            XSSFSheet sheet = wb.getSheet(other);
            assertThat(sheet.getDrawingPatriarch() == null || sheet.getDrawingPatriarch().getCharts().isEmpty()).isTrue();
        }
    }

    @Test
    void spendByCategoryReadsTheSummarysCategoryRows() {
        XDDFChartData.Series s = series(charts.get(0));
        assertThat(s.getCategoryData().getDataRangeReference())
                .isEqualTo("Summary!$A$" + row("Databases") + ":$A$" + row("Other"));
        assertThat(s.getValuesData().getDataRangeReference())
                .isEqualTo("Summary!$B$" + row("Databases") + ":$B$" + row("Other"));
        assertThat(s.getValuesData().getPointCount()).isEqualTo(5);
        assertThat(s.getValuesData().getPointAt(4).doubleValue()).isEqualTo(-31.0);
        assertThat(s.getCategoryData().getPointAt(0)).isEqualTo("Databases");
    }

    @Test
    void savingsByStrategyReadsTheSummarysStrategyRows() {
        XDDFChartData.Series s = series(charts.get(1));
        assertThat(s.getCategoryData().getDataRangeReference())
                .isEqualTo("Summary!$A$" + row("elastic-scaling") + ":$A$" + row("cleanup"));
        assertThat(s.getValuesData().getDataRangeReference())
                .isEqualTo("Summary!$B$" + row("elastic-scaling") + ":$B$" + row("cleanup"));
        assertThat(s.getValuesData().getPointAt(4).doubleValue()).isEqualTo(620.0);
    }

    @Test
    void dailySpendReadsTheSpendSheetsDailySeries() {
        XDDFChartData.Series s = series(charts.get(2));
        assertThat(s.getCategoryData().getDataRangeReference()).isEqualTo("Spend!$U$5:$U$35");
        assertThat(s.getValuesData().getDataRangeReference()).isEqualTo("Spend!$V$5:$V$35");
        assertThat(s.getValuesData().getPointCount()).isEqualTo(31);
        assertThat(wb.getSheet("Spend").getRow(4).getCell(20).getLocalDateTimeCellValue().toLocalDate())
                .hasToString("2026-10-01");
        assertThat(wb.getSheet("Spend").getRow(34).getCell(20).getLocalDateTimeCellValue().toLocalDate())
                .hasToString("2026-10-31");
    }
}
