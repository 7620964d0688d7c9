package org.cloudcost.report.xlsx.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once (a workbook holds at most 64,000 styles, and a
 * style per cell would run out on a large Findings sheet). Money carries the reporting
 * currency's ISO code in its number format, e.g. {@code #,##0.00 "CNY"}; a code that is not three
 * capital letters is left out rather than put into a format string.
 */
public final class WorkbookStyles {
    /** The number format of money without a currency code. */
    public static final String MONEY_PLAIN = "#,##0.00";
    /** Shares and percentages: the value is a fraction, 0.871 shows as 87.1%. */
    public static final String PERCENT = "0.0%";
    /** The ROI multiple. */
    public static final String MULTIPLE = "0.0\"×\"";
    /** Payback in days. */
    public static final String DAYS = "#,##0.0\" days\"";
    /** Counts. */
    public static final String COUNT = "#,##0";
    /** Hours, thresholds and other plain figures. */
    public static final String DECIMAL = "#,##0.######";
    /** Calendar days. */
    public static final String DATE = "yyyy-mm-dd";
    /** Instants, written in UTC. */
    public static final String DATE_TIME = "yyyy-mm-dd hh:mm \"UTC\"";

    private final String moneyFormat;
    private final CellStyle title;
    private final CellStyle section;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle boldText;
    private final CellStyle money;
    private final CellStyle boldMoney;
    private final CellStyle inputMoney;
    private final CellStyle inputDecimal;
    private final CellStyle percent;
    private final CellStyle boldPercent;
    private final CellStyle multiple;
    private final CellStyle days;
    private final CellStyle count;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle note;

    /** Makes the styles in {@code workbook}, money in {@code currency}. */
    public WorkbookStyles(Workbook workbook, String currency) {
        this.moneyFormat = moneyFormat(currency);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        section = workbook.createCellStyle();
        section.setFont(bold);
        section.setBorderBottom(BorderStyle.MEDIUM);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        boldText = workbook.createCellStyle();
        boldText.setFont(bold);
        note = workbook.createCellStyle();
        note.setFont(italic);

        money = numeric(workbook, moneyFormat, null);
        boldMoney = numeric(workbook, moneyFormat, bold);
        boldMoney.setBorderTop(BorderStyle.THIN);
        inputMoney = input(numeric(workbook, moneyFormat, null));
        inputDecimal = input(numeric(workbook, DECIMAL, null));
        percent = numeric(workbook, PERCENT, null);
        boldPercent = numeric(workbook, PERCENT, bold);
        boldPercent.setBorderTop(BorderStyle.THIN);
        multiple = numeric(workbook, MULTIPLE, bold);
        days = numeric(workbook, DAYS, bold);
        count = numeric(workbook, COUNT, null);
        decimal = numeric(workbook, DECIMAL, null);
        date = numeric(workbook, DATE, null);
        dateTime = numeric(workbook, DATE_TIME, null);
    }

    /** {@code #,##0.00 "CNY"}, or {@link #MONEY_PLAIN} when {@code currency} is not an ISO-like code. */
    public static String moneyFormat(String currency) {
        return currency != null && currency.matches("[A-Z]{3}") ? MONEY_PLAIN + " \"" + currency + "\"" : MONEY_PLAIN;
    }

    private static CellStyle numeric(Workbook workbook, String format, Font font) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    /** An input cell finance may edit: pale yellow, unlocked, boxed. */
    private static CellStyle input(CellStyle s) {
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setLocked(false);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** The number format of money cells. */
    public String moneyFormat() {
        return moneyFormat;
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle section() {
        return section;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    /** Text Excel keeps as text even when the cell is edited (quote prefix). */
    public CellStyle quotedText() {
        return quotedText;
    }

    public CellStyle boldText() {
        return boldText;
    }

    public CellStyle note() {
        return note;
    }

    public CellStyle money() {
        return money;
    }

    /** A total: bold money with a rule above. */
    public CellStyle boldMoney() {
        return boldMoney;
    }

    public CellStyle inputMoney() {
        return inputMoney;
    }

    public CellStyle inputDecimal() {
        return inputDecimal;
    }

    public CellStyle percent() {
        return percent;
    }

    public CellStyle boldPercent() {
        return boldPercent;
    }

    public CellStyle multiple() {
        return multiple;
    }

    public CellStyle days() {
        return days;
    }

    public CellStyle count() {
        return count;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle dateTime() {
        return dateTime;
    }
}
