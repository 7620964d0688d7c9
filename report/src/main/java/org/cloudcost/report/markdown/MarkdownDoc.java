package org.cloudcost.report.markdown;

import java.util.List;

/**
 * A Markdown document being written: headings (escaped), paragraphs and bullet lists (Markdown
 * the caller built, escaping untrusted parts with {@link MarkdownText#escape}) and tables.
 * Every block ends with a blank line.
 */
final class MarkdownDoc {
    private final StringBuilder out = new StringBuilder();

    /** {@code level} hashes and the escaped {@code text}. */
    MarkdownDoc heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(MarkdownText.escape(text)).append("\n\n");
        return this;
    }

    /** One paragraph of Markdown. */
    MarkdownDoc paragraph(String markdown) {
        out.append(markdown).append("\n\n");
        return this;
    }

    /** A bullet list of Markdown items; nothing when {@code items} is empty. */
    MarkdownDoc bullets(List<String> items) {
        if (!items.isEmpty()) {
            items.forEach(i -> out.append("- ").append(i).append('\n'));
            out.append('\n');
        }
        return this;
    }

    MarkdownDoc table(MarkdownTable table) {
        out.append(table.render());
        return this;
    }

    /** The document, ending with exactly one newline. */
    String text() {
        String s = out.toString().stripTrailing();
        return s + "\n";
    }
}
