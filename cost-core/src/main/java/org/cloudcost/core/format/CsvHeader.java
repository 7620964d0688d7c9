package org.cloudcost.core.format;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.cloudcost.core.InputException;

/**
 * The header row of a CSV input: column names in file order, looked up case-insensitively
 * (real exports vary the casing, e.g. {@code SavingsPlanARN} / {@code SavingsPlanArn}).
 *
 * <pre>{@code
 * int billed = header.require("BilledCost");           // InputException when missing
 * OptionalInt tags = header.find("Tags", "tags");      // optional column
 * BitSet read = header.usedColumns();                  // {billed, tags}: what a columnar reader projects
 * }</pre>
 *
 * <p>The header remembers which columns {@link #find}, {@link #indexOf}, {@link #require} and
 * {@link #use} returned, so that a columnar (Parquet) reader reads only those; a mapper that
 * picks columns by scanning {@link #names()} marks them with {@link #use}.
 */
public final class CsvHeader {
    private final String file;
    private final List<String> names;
    private final List<String> folded;
    private final BitSet used = new BitSet();

    /** @param file the file name for messages; {@code names} the column names in order */
    public CsvHeader(String file, List<String> names) {
        this.file = file;
        this.names = List.copyOf(names);
        this.folded = this.names.stream().map(CsvHeader::fold).toList();
    }

    private static String fold(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The file this header belongs to, as the user named it. */
    public String file() {
        return file;
    }

    /** Column names in file order, as written. */
    public List<String> names() {
        return names;
    }

    /** Number of columns. */
    public int size() {
        return names.size();
    }

    /** The name of column {@code index} (0-based). */
    public String name(int index) {
        return names.get(index);
    }

    /** True when a column of this name exists (case-insensitive). */
    public boolean has(String name) {
        return folded.contains(fold(name));
    }

    /** The index of the first column matching any of the names (case-insensitive). */
    public OptionalInt find(String... candidates) {
        for (String c : candidates) {
            int i = folded.indexOf(fold(c));
            if (i >= 0) {
                used.set(i);
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the first column matching any of the names, or -1. */
    public int indexOf(String... candidates) {
        return find(candidates).orElse(-1);
    }

    /**
     * Marks column {@code index}, found by scanning {@link #names()}, as read by the mapper.
     *
     * @return {@code index}
     */
    public int use(int index) {
        used.set(index);
        return index;
    }

    /** The columns looked up so far (a copy): those a columnar reader must read for the bound mapper. */
    public BitSet usedColumns() {
        return (BitSet) used.clone();
    }

    /**
     * The index of a mandatory column.
     *
     * @throws InputException naming the file, line 1 and the missing column
     */
    public int require(String... candidates) {
        OptionalInt i = find(candidates);
        if (i.isEmpty()) {
            throw new InputException(file, 1, 0, null, "missing mandatory column \"" + candidates[0] + "\""
                    + (candidates.length > 1 ? " (or " + String.join(", ", List.of(candidates).subList(1, candidates.length)) + ")" : "")
                    + "; the header has " + names.size() + " columns");
        }
        return i.getAsInt();
    }

    @Override
    public String toString() {
        return file + " " + names;
    }
}
