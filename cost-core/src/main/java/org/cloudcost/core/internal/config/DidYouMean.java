package org.cloudcost.core.internal.config;

import java.util.Collection;
import java.util.Locale;

/** The hint {@code  (did you mean idle-compute?)} for a name close to a known one; empty when none is. */
final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The hint for {@code typed}: a known name equal but for case, else the nearest one within
     * two edits (fewer for short names), else {@code ""}.
     */
    static String hint(String typed, Collection<String> known) {
        String folded = typed.toLowerCase(Locale.ROOT);
        int limit = Math.min(2, (typed.length() - 1) / 3); // "CST" gets no guess, "idel-compute" does
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(folded)) {
                return " (did you mean " + candidate + "?)";
            }
            if (Math.abs(c.length() - folded.length()) > limit) {
                continue;
            }
            int d = distance(folded, c);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /** Levenshtein distance, with adjacent swaps counting as one edit ("idel" → "idle"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
