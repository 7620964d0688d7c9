package org.cloudcost.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: the first column left-aligned, the others right-aligned (numbers), two
 * spaces apart; {@link #left(int...)} aligns the given columns left too, {@link #allLeft()} every
 * column (text).
 */
final class TextColumns {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final java.util.Set<Integer> leftColumns = new java.util.HashSet<>(java.util.Set.of(0));

    TextColumns(String... header) {
        this.header = header;
    }

    /** Aligns every column left, for tables of text. */
    TextColumns allLeft() {
        for (int c = 0; c < header.length; c++) {
            leftColumns.add(c);
        }
        return this;
    }

    /** Aligns these columns (0-based) left, for text among numbers. */
    TextColumns left(int... columns) {
        for (int c : columns) {
            leftColumns.add(c);
        }
        return this;
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
        line(out, header, width, leftColumns);
        for (String[] r : rows) {
            line(out, r == null ? dashes(width) : r, width, leftColumns);
        }
    }

    private static String[] dashes(int[] width) {
        String[] rule = new String[width.length];
        for (int c = 0; c < width.length; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        return rule;
    }

    private static void line(StringBuilder out, String[] cells, int[] width, java.util.Set<Integer> leftColumns) {
        StringBuilder l = new StringBuilder("  ");
        l.append(cells[0]).append(" ".repeat(width[0] - cells[0].length()));
        for (int c = 1; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - cells[c].length());
            l.append("  ").append(leftColumns.contains(c) ? cells[c] + pad : pad + cells[c]);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
