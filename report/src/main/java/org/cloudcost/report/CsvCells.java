package org.cloudcost.report;

import org.cloudcost.report.internal.FormulaTriggers;

/**
 * CSV cells as RFC 4180 writes them, safe to open in a spreadsheet: a text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an
 * apostrophe, so no tag, name or reason ever runs as a formula (OWASP "CSV Injection"). Cells
 * with a comma, quote or line break are quoted, quotes doubled.
 */
final class CsvCells {
    private CsvCells() {
    }

    /** A text cell: neutralized, then quoted if needed. */
    static String text(String value) {
        String v = value == null ? "" : value;
        if (FormulaTriggers.startsFormula(v)) {
            v = "'" + v;
        }
        return quoted(v);
    }

    /** A number cell, written as is (numbers are never neutralized: {@code -1.50} stays a number). */
    static String number(String value) {
        return value;
    }

    private static String quoted(String v) {
        boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
