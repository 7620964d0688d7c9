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
 *   <li>line breaks and other control characters become spaces, so nothing starts a new block;</li>
 *   <li>GitHub's extended autolinks are broken with a backslash escape the reader does not see: the
 *       {@code :} of {@code ://}, the {@code .} of {@code www.} and every {@code @}, so a tag reading
 *       {@code http://evil.example} or {@code a@b.example} stays text, not a link (GFM spec,
 *       "Autolinks (extension)"; a backslash escape is its own text node, which the autolinker
 *       does not match across);</li>
 *   <li>a leading {@code #} is backslashed, so text that starts a list item or line is no heading.</li>
 * </ul>
 */
final class MarkdownText {
    private static final String BACKSLASHED = "\\`*_[]|~$@";

    private MarkdownText() {
    }

    /** {@code "a|b <i>"} → {@code "a\|b &lt;i&gt;"}; {@code "http://x"} → {@code "http\://x"}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                    } else {
                        if (BACKSLASHED.indexOf(c) >= 0 || startsAutolink(cps, i)) {
                            out.append('\\');
                        }
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        String line = out.toString().strip();
        return line.startsWith("#") ? "\\" + line : line;
    }

    /** True at the {@code :} of {@code ://} and at the {@code .} of {@code www.} (any case). */
    private static boolean startsAutolink(int[] cps, int i) {
        if (cps[i] == ':') {
            return i + 2 < cps.length && cps[i + 1] == '/' && cps[i + 2] == '/';
        }
        if (cps[i] == '.' && i >= 3) {
            return Character.toLowerCase(cps[i - 1]) == 'w' && Character.toLowerCase(cps[i - 2]) == 'w'
                    && Character.toLowerCase(cps[i - 3]) == 'w';
        }
        return false;
    }
}
