package org.cloudcost.report.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a small workbook of the finance workbook's kinds of parts to no file: the styles, text,
 * numbers and a formula in an in-memory sheet, a native bar chart, streamed rows. It loads and
 * initializes what the real workbook needs of POI (XSSF, SXSSF, XDDF and their XML schema types,
 * about half a second of a cold JVM), so that work can be done on another core before the real
 * workbook is written ({@code report.internal.OutputWarmUp}).
 *
 * <pre>{@code
 * WorkbookWarmUp.write();   // nothing is written anywhere
 * }</pre>
 */
public final class WorkbookWarmUp {
    private WorkbookWarmUp() {
    }

    /** Builds and writes the small workbook into a stream that discards it. */
    public static void write() throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(template, "USD");
        XSSFSheet sheet = template.createSheet("Summary");
        for (int r = 0; r < 2; r++) {
            Row row = sheet.createRow(r);
            Cell label = row.createCell(0);
            label.setCellValue("label " + r);
            label.setCellStyle(styles.text());
            Cell amount = row.createCell(1);
            amount.setCellValue(r + 1.5);
            amount.setCellStyle(styles.money());
        }
        Cell total = sheet.createRow(2).createCell(1);
        total.setCellFormula("SUM(B1:B2)");
        total.setCellStyle(styles.money());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 9, 10));
        chart.setTitleText("warm-up");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"a", "b"}, new CellRangeAddress(0, 1, 0, 0)
                .formatAsString(sheet.getSheetName(), true)), XDDFDataSourcesFactory.fromArray(new Double[] {1.5, 2.5},
                new CellRangeAddress(0, 1, 1, 1).formatAsString(sheet.getSheetName(), true)));
        chart.plot(data);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, 100, true)) {
            Sheet rows = workbook.createSheet("Rows");
            Cell cell = rows.createRow(0).createCell(0);
            cell.setCellValue("streamed");
            cell.setCellStyle(styles.text());
            workbook.write(OutputStream.nullOutputStream());
        }
    }
}
