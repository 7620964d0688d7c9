package org.cloudcost.report.xlsx.internal;

import org.cloudcost.report.internal.FormulaTriggers;

/**
 * Untrusted text (tags, names, ids, reasons) made fit for a spreadsheet cell. It is always
 * written as a string cell, never parsed, so it cannot become a formula or a link; in addition:
 * <ul>
 *   <li>characters XML 1.0 cannot hold (control characters other than tab, line feed and
 *       carriage return; lone surrogates; U+FFFE, U+FFFF) become U+FFFD, so the file stays
 *       well-formed;</li>
 *   <li>text longer than {@value #MAX_CELL_CHARS} characters, Excel's limit for one cell
 *       ("Excel specifications and limits"), is cut and ends with {@value #CUT_MARK};</li>
 *   <li>{@link #looksLikeFormula(String)} tells the writer to give the cell Excel's
 *       quote-prefix style, so even editing the cell in Excel does not turn
 *       {@code =HYPERLINK(...)} into a formula (the OWASP "CSV Injection" trigger characters).</li>
 * </ul>
 */
public final class SafeText {
    /** Excel's maximum number of characters in one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Appended to text cut at {@link #MAX_CELL_CHARS}. */
    public static final String CUT_MARK = "…[cut]";

    private SafeText() {
    }

    /** {@code text} with XML-invalid characters replaced and cut to the cell limit; null is {@code ""}. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean valid;
            if (Character.isHighSurrogate(c)) {
                valid = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (valid) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                valid = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != '\uFFFE' && c != '\uFFFF';
            }
            if (!valid && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(valid ? c : '\uFFFD');
            }
        }
        String clean = out == null ? text : out.toString();
        if (clean.length() > MAX_CELL_CHARS) {
            int keep = MAX_CELL_CHARS - CUT_MARK.length();
            if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
                keep--;
            }
            clean = clean.substring(0, keep) + CUT_MARK;
        }
        return clean;
    }

    /** True when a spreadsheet would read {@code text} as a formula if it were typed in. */
    public static boolean looksLikeFormula(String text) {
        return FormulaTriggers.startsFormula(text);
    }
}
