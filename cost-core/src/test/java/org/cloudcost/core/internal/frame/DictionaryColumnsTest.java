package org.cloudcost.core.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/** A column made from a dictionary behaves as the same column made by appending its cells. */
class DictionaryColumnsTest {

    /** Distinct values on both sides of each key width's limit, with and without missing cells. */
    @ParameterizedTest
    @CsvSource({"1, false", "3, false", "254, false", "255, false", "300, false", "65534, false", "65535, false",
        "70000, false", "70000, true", "65535, true"})
    void aColumnFromADictionaryIsTheColumnItsAppendsWouldGive(int distinct, boolean repeatsFirst) {
        Random random = new Random(distinct);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            pool.add("v" + Integer.toString(random.nextInt(1 << 30), 36) + "-" + i);
        }
        if (distinct % 2 == 1) {
            pool.add(""); // Tablesaw's missing value
        }
        // each value once, then at random; or (the int-keyed case of a large column) many
        // repeats of a few values first, so the distinct values are under half the cells
        // when the 65,535th arrives
        int head = repeatsFirst ? 3 * pool.size() : 0;
        int rows = head + Math.max(2_000, 2 * pool.size());
        String[] cells = new String[rows];
        for (int r = 0; r < rows; r++) {
            int k = r - head;
            cells[r] = k < 0 ? pool.get(random.nextInt(10)) : k < pool.size() ? pool.get(k) : pool.get(random.nextInt(pool.size()));
        }
        String[] values = new TreeSet<>(Arrays.asList(cells)).toArray(String[]::new);
        String[] withUnused = Arrays.copyOf(values, values.length + 1);
        withUnused[values.length] = "never-used";
        int[] codes = new int[rows];
        for (int r = 0; r < rows; r++) {
            codes[r] = Arrays.binarySearch(values, cells[r]);
        }

        StringColumn appended = StringColumn.create("c");
        for (String cell : cells) {
            appended.append(cell);
        }
        StringColumn built = DictionaryColumns.of("c", withUnused, codes);

        assertThat(built.name()).isEqualTo("c");
        assertThat(built.size()).isEqualTo(appended.size());
        assertThat(built.asObjectArray()).isEqualTo(appended.asObjectArray());
        assertThat(built.countUnique()).isEqualTo(appended.countUnique());
        assertThat(built.countMissing()).isEqualTo(appended.countMissing());
        assertThat(built.isMissing()).isEqualTo(appended.isMissing());
        assertThat(built.unique().asSet()).isEqualTo(appended.unique().asSet());
        assertThat(built.asSet()).doesNotContain("never-used");
        assertThat(built.getDictionary().getClass()).isEqualTo(appended.getDictionary().getClass());
        assertThat(built.asBytes(0)).hasSameSizeAs(appended.asBytes(0));
        String some = cells[rows / 2];
        assertThat(built.isEqualTo(some)).isEqualTo(appended.isEqualTo(some));
        assertThat(built.countOccurrences(some)).isEqualTo(appended.countOccurrences(some));
        assertThat(built.isEqualTo("never-used").size()).isZero();
        assertThat(countsOf(built)).isEqualTo(countsOf(appended));

        // later appends and sets, including past the width's limit, go on as on an appended column
        for (StringColumn c : List.of(built, appended)) {
            c.append(cells[0]);
            c.append("new-a");
            c.append("");
            c.set(1, "new-b");
            for (int i = 0; i < 300; i++) {
                c.append("more-" + i);
            }
        }
        assertThat(built.asObjectArray()).isEqualTo(appended.asObjectArray());
        assertThat(built.countUnique()).isEqualTo(appended.countUnique());
        assertThat(built.countMissing()).isEqualTo(appended.countMissing());
        assertThat(built.getDictionary().getClass()).isEqualTo(appended.getDictionary().getClass());
        assertThat(countsOf(built)).isEqualTo(countsOf(appended));
        assertThat(sortedCopy(built)).isEqualTo(sortedCopy(appended));
    }

    /** The counts per value, for a column with a dictionary (a plain-text column has none). */
    private static String countsOf(StringColumn c) {
        if (c.getDictionary() instanceof NullDictionaryMap) {
            return "no dictionary";
        }
        Table counts = c.countByCategory();
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < counts.rowCount(); r++) {
            lines.add(counts.getString(r, 0) + "=" + counts.getString(r, 1));
        }
        lines.sort(null);
        return String.join(",", lines);
    }

    private static Object[] sortedCopy(StringColumn c) {
        StringColumn copy = c.copy();
        copy.sortAscending();
        return copy.asObjectArray();
    }
}
