package org.cloudcost.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned, two spaces apart. */
final class TextColumns {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    TextColumns(String... header) {
        this.header = header;
    }

    /** Adds a row with one cell per header column. */
    void row(String... cells) {
        rows.add(cells.clone());
    }

    /** Adds a line of dashes under every column. */
    void rule() {
        rows.add(null);
    }

    void appendTo(StringBuilder out) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] r : rows) {
                if (r != null) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
        }
        line(out, header, width);
        for (String[] r : rows) {
            line(out, r == null ? dashes(width) : r, width);
        }
    }

    private static String[] dashes(int[] width) {
        String[] rule = new String[width.length];
        for (int c = 0; c < width.length; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        return rule;
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder("  ");
        l.append(cells[0]).append(" ".repeat(width[0] - cells[0].length()));
        for (int c = 1; c < cells.length; c++) {
            l.append("  ").append(" ".repeat(width[c] - cells[c].length())).append(cells[c]);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
