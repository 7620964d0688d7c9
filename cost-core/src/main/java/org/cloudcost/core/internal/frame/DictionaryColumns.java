package org.cloudcost.core.internal.frame;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Builds a Tablesaw {@link StringColumn} from a dictionary and one code per row, instead of
 * appending its cells one at a time (each append is a hash lookup of the string, and a column
 * that outgrows its key width is copied to a wider one). The column is the one those appends
 * would give: the same values, the same key width (bytes up to 254 distinct values, shorts up
 * to 65,534, then ints or no dictionary at all, as Tablesaw promotes), the empty string as
 * Tablesaw's missing value,
 * the counts per value, and room for later appends. Only the numbering of the keys differs
 * (by value here, by first appearance there), which nothing outside the column sees.
 *
 * <pre>{@code
 * StringColumn region = DictionaryColumns.of("RegionId",
 *         new String[] {"", "eu-west-1", "us-east-1"},   // distinct values, each once
 *         new int[] {1, 2, 2, 0});                         // per row, its value's index
 * // region: eu-west-1, us-east-1, us-east-1, (missing)
 * }</pre>
 */
public final class DictionaryColumns {
    /** Most values other than the missing one that a byte-keyed dictionary holds (keys -127..126). */
    static final int BYTE_VALUES = 254;
    /** Likewise for a short-keyed dictionary (keys -32767..32766). */
    static final int SHORT_VALUES = 65_534;

    private DictionaryColumns() {
    }

    /**
     * A column named {@code name} whose row {@code r} holds {@code values[codes[r]]}.
     *
     * @param values distinct values, each at most once; "" is the missing value; null is not allowed;
     *               a value no row holds is left out
     * @param codes  per row, an index into {@code values}
     */
    public static StringColumn of(String name, String[] values, int[] codes) {
        int[] count = new int[values.length];
        for (int c : codes) {
            count[c]++;
        }
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            if (count[i] > 0 && !values[i].isEmpty()) {
                present++;
            }
        }
        int[] keyOf = new int[values.length];
        DictionaryMap map;
        if (present <= BYTE_VALUES) {
            map = bytes(values, codes, count, keyOf, keys(values, count, Byte.MIN_VALUE, Byte.MAX_VALUE, keyOf));
        } else if (present <= SHORT_VALUES) {
            map = shorts(values, codes, count, keyOf, keys(values, count, Short.MIN_VALUE, Short.MAX_VALUE, keyOf));
        } else {
            map = ints(values, codes, count, keyOf, keys(values, count, Integer.MIN_VALUE, Integer.MAX_VALUE, keyOf));
            if (appendsDropTheDictionary(values, codes)) {
                map = new NullDictionaryMap(map);
            }
        }
        return StringColumn.createInternal(name, map);
    }

    /**
     * Whether appending the cells in row order would leave the column without a dictionary. A
     * short-keyed column that meets its 65,535th value is promoted to int keys, or to plain text
     * ({@link NullDictionaryMap}) when at that moment it holds more distinct values than half its
     * cells (Tablesaw's {@code ShortDictionaryMap.promoteYourself}).
     */
    private static boolean appendsDropTheDictionary(String[] values, int[] codes) {
        boolean[] seen = new boolean[values.length];
        int distinct = 0; // keys in the dictionary, the missing value's included
        int present = 0;
        for (int r = 0; r < codes.length; r++) {
            int c = codes[r];
            if (seen[c]) {
                continue;
            }
            seen[c] = true;
            if (!values[c].isEmpty() && ++present > SHORT_VALUES) {
                return distinct > r * 0.5;
            }
            distinct++;
        }
        return false;
    }

    /**
     * Per value that some row holds, its key: from the width's least key + 1 upwards in the
     * order of {@code values}, the missing value at the width's greatest. Returns the last key
     * given (where Tablesaw goes on from for a new value).
     */
    private static int keys(String[] values, int[] count, int least, int missing, int[] keyOf) {
        int next = least;
        for (int i = 0; i < values.length; i++) {
            if (count[i] > 0) {
                keyOf[i] = values[i].isEmpty() ? missing : ++next;
            }
        }
        return next;
    }

    private static DictionaryMap bytes(String[] values, int[] codes, int[] count, int[] keyOf, int last) {
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>(values.length);
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>(values.length);
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap(values.length);
        keyToCount.defaultReturnValue(0);
        for (int i = 0; i < values.length; i++) {
            byte k = (byte) keyOf[i];
            if (count[i] > 0) {
                keyToValue.put(k, values[i]);
                valueToKey.put(values[i], k);
                keyToCount.put(k, count[i]);
            }
        }
        byte[] rows = new byte[codes.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = (byte) keyOf[codes[r]];
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(last).setKeyToValue(keyToValue)
                .setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(rows).build();
    }

    private static DictionaryMap shorts(String[] values, int[] codes, int[] count, int[] keyOf, int last) {
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>(values.length);
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>(values.length);
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap(values.length);
        keyToCount.defaultReturnValue(0);
        for (int i = 0; i < values.length; i++) {
            short k = (short) keyOf[i];
            if (count[i] > 0) {
                keyToValue.put(k, values[i]);
                valueToKey.put(values[i], k);
                keyToCount.put(k, count[i]);
            }
        }
        short[] rows = new short[codes.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = (short) keyOf[codes[r]];
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(last).setKeyToValue(keyToValue)
                .setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(rows).build();
    }

    private static DictionaryMap ints(String[] values, int[] codes, int[] count, int[] keyOf, int last) {
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(values.length);
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(values.length);
        valueToKey.defaultReturnValue(Integer.MIN_VALUE);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(values.length);
        keyToCount.defaultReturnValue(0);
        for (int i = 0; i < values.length; i++) {
            int k = keyOf[i];
            if (count[i] > 0) {
                keyToValue.put(k, values[i]);
                valueToKey.put(values[i], k);
                keyToCount.put(k, count[i]);
            }
        }
        int[] rows = new int[codes.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = keyOf[codes[r]];
        }
        return new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(last).setKeyToValue(keyToValue)
                .setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(rows).build();
    }
}
