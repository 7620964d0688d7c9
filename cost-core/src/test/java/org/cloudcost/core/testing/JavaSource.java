package org.cloudcost.core.testing;

/**
 * Java source text for tests that scan the code they test, such as the IAM and RAM policy
 * tests, which collect the actions every API call names.
 *
 * <pre>{@code
 * String code = JavaSource.withoutComments(Files.readString(file));   // a call in a comment is no call
 * }</pre>
 */
public final class JavaSource {
    private JavaSource() {
    }

    /** {@code s} with comments blanked out; string and char literals are kept as they are. */
    public static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
