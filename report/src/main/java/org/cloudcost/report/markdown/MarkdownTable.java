package org.cloudcost.report.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table whose every cell is escaped ({@link MarkdownText}), so
 * untrusted text can be passed as is. Numeric columns are right-aligned.
 */
final class MarkdownTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<String> rows = new ArrayList<>();

    /** A table with these column titles; {@code rightAligned} lists the 0-based numeric columns. */
    MarkdownTable(List<String> header, int... rightAligned) {
        this.header = List.copyOf(header);
        this.rightAligned = new boolean[header.size()];
        for (int c : rightAligned) {
            this.rightAligned[c] = true;
        }
    }

    /** Adds a row; {@code cells} are plain text. */
    MarkdownTable row(String... cells) {
        rows.add(line(cells, false));
        return this;
    }

    /** Adds a row whose first cell is bold: a total. */
    MarkdownTable totalRow(String... cells) {
        rows.add(line(cells, true));
        return this;
    }

    private String line(String[] cells, boolean total) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells in a table of " + header.size() + " columns");
        }
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String cell = MarkdownText.escape(cells[i]);
            b.append(' ').append(total && i == 0 ? "**" + cell + "**" : cell).append(" |");
        }
        return b.toString();
    }

    /** The table, each line ending with a newline, followed by a blank line. */
    String render() {
        StringBuilder b = new StringBuilder(line(header.toArray(String[]::new), false)).append('\n').append('|');
        for (boolean right : rightAligned) {
            b.append(right ? "---:|" : "---|");
        }
        b.append('\n');
        rows.forEach(r -> b.append(r).append('\n'));
        return b.append('\n').toString();
    }
}
