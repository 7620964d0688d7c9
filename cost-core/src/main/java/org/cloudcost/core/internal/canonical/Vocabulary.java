package org.cloudcost.core.internal.canonical;

import java.util.List;

import org.cloudcost.core.internal.csv.TokenizedRow;

/**
 * A closed set of words a column accepts, matched without regard to ASCII case and surrounding
 * blanks and returned in their canonical spelling; anything else is an
 * {@link org.cloudcost.core.InputException} that lists what is accepted.
 *
 * <pre>{@code
 * Vocabulary billing = new Vocabulary("bandwidth billing", List.of("fixed", "traffic"));
 * billing.match(row, column);     // "fixed" for "Fixed"
 * }</pre>
 */
final class Vocabulary {
    private final String what;
    private final List<String> words;

    /** @param what the thing named, for messages; {@code words} in their canonical spelling */
    Vocabulary(String what, List<String> words) {
        this.what = what;
        this.words = List.copyOf(words);
    }

    /** The accepted words, in order. */
    List<String> words() {
        return words;
    }

    /** The canonical spelling of the field's word; absent or unknown is an error. */
    String match(TokenizedRow row, int column) {
        return words.get(indexOf(row, column));
    }

    /** The index in {@link #words()} of the field's word; absent or unknown is an error. */
    int indexOf(TokenizedRow row, int column) {
        for (int i = 0; i < words.size(); i++) {
            if (row.equalsIgnoreCase(column, words.get(i))) {
                return i; // the common case: no decoding, no allocation
            }
        }
        if (row.isAbsent(column)) {
            throw row.error(column, "expected a " + what + " (" + accepted() + "), found an empty value");
        }
        String text = row.text(column).trim();
        for (int i = 0; i < words.size(); i++) {
            if (text.equalsIgnoreCase(words.get(i))) {
                return i;
            }
        }
        throw row.error(column, "unknown " + what + " \"" + Cells.shown(row, column) + "\"; expected " + accepted());
    }

    private String accepted() {
        return words.size() == 2 ? words.get(0) + " or " + words.get(1) : "one of " + String.join(", ", words);
    }
}
