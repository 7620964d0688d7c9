package org.cloudcost.report.internal;

/**
 * The first characters that make a spreadsheet read typed or imported text as a formula:
 * {@code =}, {@code +}, {@code -}, {@code @}, tab and carriage return (OWASP "CSV Injection").
 * The one list both {@code findings.csv} (which prefixes an apostrophe) and {@code report.xlsx}
 * (which gives the cell Excel's quote-prefix style) check.
 *
 * <pre>{@code
 * FormulaTriggers.startsFormula("=HYPERLINK(\"http://x\",\"y\")"); // true
 * FormulaTriggers.startsFormula("i-123");                         // false
 * }</pre>
 */
public final class FormulaTriggers {
    /** The trigger characters. */
    public static final String CHARACTERS = "=+-@\t\r";

    private FormulaTriggers() {
    }

    /** True when {@code text} starts with a trigger character. */
    public static boolean startsFormula(String text) {
        return text != null && !text.isEmpty() && CHARACTERS.indexOf(text.charAt(0)) >= 0;
    }
}
