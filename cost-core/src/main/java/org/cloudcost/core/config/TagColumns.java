package org.cloudcost.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cloudcost.core.CloudcostException;

/**
 * The normalized tag columns the frames carry, each fed by a list of raw tag keys (matched
 * without regard to case), so {@code Environment=prod}, {@code env:prod} and
 * {@code {"stage":"prod"}} all land in the {@code env} column.
 *
 * <pre>{@code
 * TagColumns tags = TagColumns.defaults();          // env, team, app
 * tags.columnOf("Environment");                     // 0 (the env column)
 * TagColumns custom = TagColumns.of(Map.of("costcenter", List.of("cost-center", "cc")));
 * }</pre>
 */
public final class TagColumns {
    /**
     * Default columns and their raw keys. {@code env}: the keys FORMATS.md §2 names for the
     * environment; {@code team} and {@code app}: the common ownership keys (AWS tagging best
     * practices, Alibaba Cloud tag guidance).
     */
    private static final Map<String, List<String>> DEFAULTS = defaultsInOrder();

    private final List<String> columns;
    private final Map<String, List<String>> aliases;
    /** Folded raw key → {column index, rank}; rank 0 is the column's own name, then the aliases in order. */
    private final Map<String, int[]> slotByFoldedKey;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();
    private static final int[] NONE = {-1, Integer.MAX_VALUE};

    private TagColumns(Map<String, List<String>> aliases) {
        this.aliases = copy(aliases);
        this.columns = List.copyOf(this.aliases.keySet());
        Map<String, int[]> slots = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> e : this.aliases.entrySet()) {
            requireName(e.getKey());
            claim(slots, e.getKey(), i, 0);
            int rank = 1;
            for (String raw : e.getValue()) {
                if (!fold(raw).equals(fold(e.getKey()))) {
                    claim(slots, raw, i, rank++);
                }
            }
            i++;
        }
        this.slotByFoldedKey = Map.copyOf(slots);
    }

    private void claim(Map<String, int[]> slots, String rawKey, int column, int rank) {
        int[] before = slots.putIfAbsent(fold(rawKey), new int[] {column, rank});
        if (before != null && before[0] != column) {
            throw new CloudcostException("tag key \"" + rawKey + "\" feeds two tag columns, "
                    + columns.get(before[0]) + " and " + columns.get(column) + "; give it to one");
        }
    }

    private static void requireName(String column) {
        if (!column.matches("[a-z][a-z0-9_]*")) {
            throw new CloudcostException("tag column \"" + column + "\" must be lower-case letters, digits and _ , starting with a letter");
        }
        if (RESERVED.contains(column)) {
            throw new CloudcostException("tag column \"" + column + "\" would clash with a frame column of that name");
        }
    }

    /** Frame column names, folded: a tag column may not take one (Tablesaw names are case-insensitive). */
    private static final java.util.Set<String> RESERVED = java.util.stream.Stream.of(
            org.cloudcost.core.frame.BillingFrame.FIXED_COLUMNS, org.cloudcost.core.frame.InventoryFrame.FIXED_COLUMNS)
            .flatMap(List::stream).map(TagColumns::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Map<String, List<String>> defaultsInOrder() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("env", List.of("env", "environment", "stage"));
        m.put("team", List.of("team", "owner"));
        m.put("app", List.of("app", "application", "service"));
        return m;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String fold(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }

    /** {@code env}, {@code team}, {@code app} with their usual raw keys. */
    public static TagColumns defaults() {
        return new TagColumns(DEFAULTS);
    }

    /**
     * Columns in iteration order of the map, each with the raw keys that feed it.
     *
     * @throws CloudcostException for a column name that is not lower-case snake case or clashes
     *         with a frame column, or a raw key that would feed two columns
     */
    public static TagColumns of(Map<String, List<String>> columnsAndRawKeys) {
        return new TagColumns(columnsAndRawKeys);
    }

    /** The normalized column names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The raw keys of each column. */
    public Map<String, List<String>> aliases() {
        return aliases;
    }

    /** The column index a raw tag key feeds, or -1 when the key is not carried. */
    public int columnOf(String rawKey) {
        return lookup(rawKey)[0];
    }

    /**
     * How strongly a raw key speaks for its column when a resource carries several that feed
     * it: 0 for the column's own name, then 1, 2, … in the order of the aliases. Lower wins.
     */
    public int rankOf(String rawKey) {
        return lookup(rawKey)[1];
    }

    private int[] lookup(String rawKey) {
        int[] slot = cache.get(rawKey);
        if (slot == null) {
            slot = slotByFoldedKey.getOrDefault(fold(rawKey), NONE);
            cache.put(rawKey, slot);
        }
        return slot;
    }

    /** The same columns in a list, for messages. */
    @Override
    public String toString() {
        return new ArrayList<>(aliases.entrySet()).toString();
    }
}
