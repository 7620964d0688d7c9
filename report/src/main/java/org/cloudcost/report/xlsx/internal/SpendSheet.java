package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.spend.SpendSummary;

/**
 * The Spend sheet: BilledCost by ServiceCategory, service, account, environment and charge
 * category, each with its share and total, and the daily series; side by side, headers in row 4,
 * data from row 5. Shares and totals are formulas. The Summary reads the ServiceCategory block row by
 * row and charts the daily one.
 */
public final class SpendSheet {
    /** The sheet name. */
    public static final String SHEET = "Spend";
    /** 0-based row of the block titles, the headers and the first amounts. */
    static final int TITLE_ROW = 2;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = 4;
    /** 0-based first columns of the blocks (three columns and a gap each). */
    static final int CATEGORY = 0;
    static final int SERVICE = 4;
    static final int ACCOUNT = 8;
    static final int ENVIRONMENT = 12;
    static final int CHARGE = 16;
    static final int DAILY = 20;

    private final XSSFSheet sheet;
    private final SheetWriter writer;
    private int categoryRows;
    private BigDecimal categoryTotal = BigDecimal.ZERO;
    private int dailyRows;
    private double dailyMinimum;

    private SpendSheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.writer = new SheetWriter(sheet, styles, 0);
    }

    /** Fills {@code sheet} from the spend summary (and, for environments, the dataset). */
    public static SpendSheet write(XSSFSheet sheet, SpendSummary spend, Optional<CostDataset> dataset, WorkbookStyles styles) {
        SpendSheet s = new SpendSheet(sheet, styles);
        SheetWriter.label(s.row(0), 0, "Spend " + spend.billingPeriod() + " (BilledCost, " + spend.currency() + ")",
                styles.title());
        SheetWriter.label(s.row(1), 0, "Amounts in " + spend.currency() + (spend.exchangeRates().isEmpty() ? ""
                : ", converted with the exchange rates on the Data quality sheet") + ". Shares and totals are formulas.",
                styles.note());
        s.categoryRows = s.block(CATEGORY, "By ServiceCategory", "ServiceCategory", spend.byServiceCategory());
        s.categoryTotal = spend.byServiceCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        s.block(SERVICE, "By service", "ServiceName", spend.byService());
        s.block(ACCOUNT, "By account", "SubAccountId", spend.bySubAccount());
        if (dataset.isPresent() && SpendByEnvironment.column(dataset.get()).isPresent()) {
            s.block(ENVIRONMENT, "By environment", "Environment", SpendByEnvironment.of(dataset.get(), spend));
        } else {
            s.heading(ENVIRONMENT, "By environment", "Environment");
            SheetWriter.label(s.row(FIRST_DATA_ROW), ENVIRONMENT, dataset.isEmpty()
                    ? "needs the dataset (Report.withDataset)" : "the bills carry no environment tag", styles.note());
        }
        s.block(CHARGE, "By charge category", "ChargeCategory", spend.byChargeCategory());
        s.dailyRows = s.daily(spend.daily());
        int[] widths = {18, 16, 8, 3, 30, 16, 8, 3, 20, 16, 8, 3, 16, 16, 8, 3, 16, 16, 8, 3, 12, 16};
        s.writer.widths(widths);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        s.writer.landscape(true);
        return s;
    }

    /** How a breakdown's key is shown: {@code (blank)} for an empty one. The Summary matches on the same text. */
    public static String label(String key) {
        return key.isEmpty() ? "(blank)" : key;
    }

    private Row row(int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    private void heading(int column, String title, String... labels) {
        SheetWriter.label(row(TITLE_ROW), column, title, writer.styles().section());
        for (int i = 0; i < labels.length; i++) {
            SheetWriter.label(row(HEADER_ROW), column + i, labels[i], writer.styles().header());
        }
    }

    /** One breakdown with shares and a total; returns its number of data rows. */
    private int block(int column, String title, String keyHeader, Map<String, BigDecimal> amounts) {
        heading(column, title, keyHeader, "BilledCost", "Share");
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int totalRow = FIRST_DATA_ROW + amounts.size();
        String amountColumn = CellReference.convertNumToColString(column + 1);
        String totalCell = "$" + amountColumn + "$" + (totalRow + 1);
        int r = FIRST_DATA_ROW;
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            Row row = row(r);
            writer.text(row, column, label(e.getKey()));
            SheetWriter.number(row, column + 1, e.getValue(), writer.styles().money());
            share(row, column + 2, amountColumn + (r + 1), totalCell, e.getValue(), total);
            r++;
        }
        Row t = row(totalRow);
        SheetWriter.label(t, column, "Total", writer.styles().boldText());
        SheetWriter.formula(t, column + 1, amounts.isEmpty() ? "0" : "SUM(" + amountColumn + (FIRST_DATA_ROW + 1) + ":"
                + amountColumn + totalRow + ")", total.doubleValue(), writer.styles().boldMoney());
        return amounts.size();
    }

    private void share(Row row, int column, String amountCell, String totalCell, BigDecimal amount, BigDecimal total) {
        double cached = total.signum() == 0 ? 0 : amount.doubleValue() / total.doubleValue();
        SheetWriter.formula(row, column, "IF(" + totalCell + "=0,0," + amountCell + "/" + totalCell + ")", cached,
                writer.styles().percent());
    }

    private int daily(Map<String, BigDecimal> days) {
        heading(DAILY, "Daily", "Date", "BilledCost");
        int r = FIRST_DATA_ROW;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : days.entrySet()) {
            Row row = row(r++);
            writer.date(row, DAILY, LocalDate.parse(e.getKey()));
            SheetWriter.number(row, DAILY + 1, e.getValue(), writer.styles().money());
            total = total.add(e.getValue());
            dailyMinimum = Math.min(dailyMinimum, e.getValue().doubleValue());
        }
        Row t = row(r);
        String col = CellReference.convertNumToColString(DAILY + 1);
        SheetWriter.label(t, DAILY, "Total", writer.styles().boldText());
        SheetWriter.formula(t, DAILY + 1, days.isEmpty() ? "0" : "SUM(" + col + (FIRST_DATA_ROW + 1) + ":" + col + r + ")",
                total.doubleValue(), writer.styles().boldMoney());
        return days.size();
    }

    /** Number of ServiceCategory rows. */
    public int categoryRows() {
        return categoryRows;
    }

    /** The sum of the ServiceCategory amounts. */
    public BigDecimal categoryTotal() {
        return categoryTotal;
    }

    /** The smallest amount of the daily series (0 without days): below zero when credits exceed a day's cost. */
    public double dailyMinimum() {
        return dailyMinimum;
    }

    /** Number of days in the daily series. */
    public int dailyRows() {
        return dailyRows;
    }

    /** The ServiceCategory amounts, absolute with the sheet name (one empty row when there are none). */
    public String categoryAmounts() {
        String letter = CellReference.convertNumToColString(CATEGORY + 1);
        return SHEET + "!$" + letter + "$" + (FIRST_DATA_ROW + 1) + ":$" + letter + "$"
                + (FIRST_DATA_ROW + Math.max(1, categoryRows));
    }

    /**
     * The amount cell of the {@code index}-th ServiceCategory (0-based, in the spend summary's order),
     * absolute with the sheet name: {@code Spend!$B$5}.
     */
    public String categoryAmount(int index) {
        if (index < 0 || index >= categoryRows) {
            throw new IndexOutOfBoundsException("ServiceCategory row " + index + " of " + categoryRows);
        }
        return SHEET + "!$" + CellReference.convertNumToColString(CATEGORY + 1) + "$" + (FIRST_DATA_ROW + index + 1);
    }

    /** The days of the daily series (for a chart; only meaningful with at least one day). */
    public CellRangeAddress dailyDates() {
        return new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW + dailyRows - 1, DAILY, DAILY);
    }

    /** The amounts of the daily series. */
    public CellRangeAddress dailyAmounts() {
        return new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW + dailyRows - 1, DAILY + 1, DAILY + 1);
    }

    public XSSFSheet sheet() {
        return sheet;
    }
}
