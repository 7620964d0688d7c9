package org.cloudcost.report.xlsx.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The native charts on the Summary sheet (POI XDDF, so they follow the cells): spend by
 * ServiceCategory and savings by strategy as column charts over the Summary's own tables, and
 * the daily spend as a line over the Spend sheet's daily series. Column charts rather than a pie,
 * because a category can be negative (credits) and a pie cannot show that. Charts whose data is
 * empty are left out.
 */
public final class SummaryCharts {
    /** Chart titles, in the order the charts are placed from the top. */
    public static final String SPEND_TITLE = "Spend by ServiceCategory";
    public static final String SAVINGS_TITLE = "Savings by strategy (per month)";
    public static final String DAILY_TITLE = "Daily spend";

    /** Where the charts go: right of the tables, each 18 rows high. */
    private static final int FIRST_COLUMN = 8;
    private static final int LAST_COLUMN = 18;
    private static final int HEIGHT_ROWS = 18;

    private SummaryCharts() {
    }

    /** Adds the charts to the Summary sheet; returns how many were added. */
    public static int add(SummarySheet summary, SpendSheet spend, String currency) {
        XSSFSheet sheet = summary.sheet();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = 0;
        int added = 0;
        if (summary.categoryLabels().isPresent()) {
            bars(drawing, top, SPEND_TITLE, "ServiceCategory", currency, sheet, summary.categoryLabels().get(),
                    summary.categoryAmounts().get(), PresetColor.STEEL_BLUE);
            top += HEIGHT_ROWS + 1;
            added++;
        }
        bars(drawing, top, SAVINGS_TITLE, "Strategy", currency + " per month", sheet, summary.strategyLabels(),
                summary.strategyAmounts(), PresetColor.SEA_GREEN);
        top += HEIGHT_ROWS + 1;
        added++;
        if (spend.dailyRows() > 0) {
            daily(drawing, top, currency, spend);
            added++;
        }
        return added;
    }

    /**
     * The text of a column of cells, referenced by address. The chart's cached copy is taken from
     * the cells as written rather than from POI's cell-range source, which evaluates formulas while
     * the streamed Findings sheet is still empty (and would cache zero savings).
     */
    private static XDDFCategoryDataSource labels(XSSFSheet sheet, CellRangeAddress range) {
        String[] out = new String[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = sheet.getRow(range.getFirstRow() + i).getCell(range.getFirstColumn()).getStringCellValue();
        }
        return XDDFDataSourcesFactory.fromArray(out, range.formatAsString(sheet.getSheetName(), true));
    }

    /** The numbers of a column of cells (formula cells: their written result), referenced by address. */
    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, CellRangeAddress range) {
        Double[] out = new Double[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = sheet.getRow(range.getFirstRow() + i).getCell(range.getFirstColumn()).getNumericCellValue();
        }
        return XDDFDataSourcesFactory.fromArray(out, range.formatAsString(sheet.getSheetName(), true));
    }

    private static XSSFChart chart(XSSFDrawing drawing, int top, String title) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, top, LAST_COLUMN,
                top + HEIGHT_ROWS));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String title) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(title);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(WorkbookStyles.COUNT);
        return y;
    }

    private static void bars(XSSFDrawing drawing, int top, String title, String axis, String unit, XSSFSheet sheet,
                             CellRangeAddress labels, CellRangeAddress amounts, PresetColor color) {
        XSSFChart chart = chart(drawing, top, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(axis);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);   // below a negative bar, not across it
        XDDFValueAxis y = valueAxis(chart, unit);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(labels(sheet, labels), numbers(sheet, amounts));
        s.setTitle(title, null);
        s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        chart.plot(data);
    }

    private static void daily(XSSFDrawing drawing, int top, String currency, SpendSheet spend) {
        XSSFChart chart = chart(drawing, top, DAILY_TITLE);
        XDDFDateAxis x = chart.createDateAxis(AxisPosition.BOTTOM);
        x.setTitle("Day");
        x.setNumberFormat(WorkbookStyles.DATE);
        XDDFValueAxis y = valueAxis(chart, currency + " per day");
        if (spend.dailyMinimum() >= 0) {
            y.setMinimum(0); // a cost axis starts at zero, else a 5 % dip looks like a collapse; credits may go below
        }
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(numbers(spend.sheet(), spend.dailyDates()),
                numbers(spend.sheet(), spend.dailyAmounts()));
        s.setTitle(DAILY_TITLE, null);
        s.setMarkerStyle(MarkerStyle.NONE);
        s.setSmooth(false);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DARK_ORANGE)));
        line.setWidth(2.0);
        s.setLineProperties(line);
        chart.plot(data);
    }
}
