package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes typed cells onto one sheet, top to bottom (the order SXSSF needs): {@link #next()} starts
 * the next row. Text from the data goes through {@link #text}, which always makes a string cell
 * via {@link SafeText}; only {@link #formula} makes formulas, and only from formula text this
 * package composes. A formula cell gets its result written with it, for viewers that do not
 * recalculate.
 */
public final class SheetWriter {
    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int nextRow;

    public SheetWriter(Sheet sheet, WorkbookStyles styles, int firstRow) {
        this.sheet = sheet;
        this.styles = styles;
        this.nextRow = firstRow;
    }

    public Sheet sheet() {
        return sheet;
    }

    public WorkbookStyles styles() {
        return styles;
    }

    /** The 0-based index of the row {@link #next()} will create. */
    public int rowIndex() {
        return nextRow;
    }

    /** Creates the next row. */
    public Row next() {
        return sheet.createRow(nextRow++);
    }

    /** Leaves {@code rows} rows empty. */
    public void skip(int rows) {
        nextRow += rows;
    }

    /** A row with one bold section title in column A, after an empty row unless at the top. */
    public Row section(String title) {
        if (nextRow > 0) {
            skip(1);
        }
        Row r = next();
        label(r, 0, title, styles.section());
        return r;
    }

    /** A header row: bold labels from column {@code firstColumn}. */
    public Row header(int firstColumn, String... labels) {
        Row r = next();
        for (int i = 0; i < labels.length; i++) {
            label(r, firstColumn + i, labels[i], styles.header());
        }
        return r;
    }

    /**
     * A label this package wrote (it may quote data, e.g. a currency code): a string cell, cleaned
     * by {@link SafeText}, with the given style.
     */
    public static Cell label(Row row, int column, String label, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(SafeText.of(label));
        c.setCellStyle(style);
        return c;
    }

    /** Untrusted text as an inert string cell; formula-like text gets the quote-prefix style. */
    public Cell text(Row row, int column, String value) {
        String safe = SafeText.of(value);
        Cell c = row.createCell(column);
        c.setCellValue(safe);
        c.setCellStyle(SafeText.looksLikeFormula(safe) ? styles.quotedText() : styles.text());
        return c;
    }

    /** A number cell. */
    public static Cell number(Row row, int column, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /** A number cell from an exact amount (written as the nearest double; the format rounds). */
    public static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
        return number(row, column, value.doubleValue(), style);
    }

    /** A date cell. */
    public Cell date(Row row, int column, LocalDate day) {
        Cell c = row.createCell(column);
        c.setCellValue(day);
        c.setCellStyle(styles.date());
        return c;
    }

    /** A date-time cell showing {@code instant} in UTC. */
    public Cell dateTime(Row row, int column, Instant instant) {
        Cell c = row.createCell(column);
        c.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        c.setCellStyle(styles.dateTime());
        return c;
    }

    /** A formula with its numeric result. */
    public static Cell formula(Row row, int column, String formula, double result, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellValue(result);
        c.setCellStyle(style);
        return c;
    }

    /** A formula whose result is text (e.g. "not computed"). */
    public static Cell formula(Row row, int column, String formula, String result, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellValue(result);
        c.setCellStyle(style);
        return c;
    }

    /**
     * Prints the sheet landscape; {@code fitWidth} scales it to one page wide (as many pages tall
     * as it needs), for sheets whose columns belong together.
     */
    public void landscape(boolean fitWidth) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        if (fitWidth) {
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
    }

    /** Sets column widths in characters, from column A. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }
}
