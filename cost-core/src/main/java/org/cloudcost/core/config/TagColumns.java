package org.cloudcost.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, Integer> slotByFoldedKey;
    private final Map<String, Integer> cache = new ConcurrentHashMap<>();

    private TagColumns(Map<String, List<String>> aliases) {
        this.aliases = copy(aliases);
        this.columns = List.copyOf(this.aliases.keySet());
        Map<String, Integer> slots = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> e : this.aliases.entrySet()) {
            slots.putIfAbsent(fold(e.getKey()), i);
            for (String raw : e.getValue()) {
                slots.putIfAbsent(fold(raw), i);
            }
            i++;
        }
        this.slotByFoldedKey = Map.copyOf(slots);
    }

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

    /** Columns in iteration order of the map, each with the raw keys that feed it. */
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
        Integer slot = cache.get(rawKey);
        if (slot == null) {
            slot = slotByFoldedKey.getOrDefault(fold(rawKey), -1);
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
