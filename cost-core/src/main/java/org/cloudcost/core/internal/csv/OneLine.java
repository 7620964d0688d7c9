package org.cloudcost.core.internal.csv;

/**
 * Quotes input text in an error message on one line: line breaks and tabs shown as
 * {@code \n}, {@code \r}, {@code \t}, other control characters as blanks, and long text cut
 * with an ellipsis, so every {@link org.cloudcost.core.InputException} stays a single line.
 *
 * <pre>{@code
 * OneLine.of("two\nlines", 40);   // two\nlines (a backslash and an n)
 * }</pre>
 */
public final class OneLine {
    private OneLine() {
    }

    /** {@code text} with control characters escaped, cut to {@code max} characters plus "...". */
    public static String of(String text, int max) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        if (sb.length() > max) {
            sb.setLength(max);
            sb.append("...");
        }
        return sb.toString();
    }
}
