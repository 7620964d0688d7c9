package org.cloudcost.report.markdown;

/**
 * Untrusted text (resource ids, tags, rule reasons, notes) made inert inside a Markdown line
 * or table cell: no HTML, no links or images, no emphasis or code, no table break, no math.
 * What the reader sees is the text as it was, on one line.
 *
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become entities, so no HTML tag or autolink forms;</li>
 *   <li>{@code \ ` * _ [ ] | ~ $} get a backslash (CommonMark backslash escapes; {@code \|} keeps a
 *       GFM table cell whole, {@code \$} stops GitHub's math);</li>
 *   <li>line breaks and other control characters become spaces, so nothing starts a new block.</li>
 * </ul>
 */
final class MarkdownText {
    private static final String BACKSLASHED = "\\`*_[]|~$";

    private MarkdownText() {
    }

    /** {@code "a|b <i>"} → {@code "a\|b &lt;i&gt;"}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                    } else {
                        if (BACKSLASHED.indexOf(c) >= 0) {
                            out.append('\\');
                        }
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString().strip();
    }
}
