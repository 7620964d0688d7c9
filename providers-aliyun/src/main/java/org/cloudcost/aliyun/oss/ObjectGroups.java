package org.cloudcost.aliyun.oss;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds listed objects into storage groups: one group per key prefix (the first
 * {@code prefixDepth} folder levels of the key), storage class and UTC month of LastModified.
 * A group's size and count are sums; its LastModified is the newest in the group. Grouping by
 * month keeps old data apart from new data under the same prefix, so the age rules see it.
 *
 * <pre>{@code
 * ObjectGroups groups = new ObjectGroups(1);
 * groups.add(new OssObject("logs/2024/01/a.log", 10, "Standard", Instant.parse("2024-01-03T00:00:00Z")));
 * groups.rows("app-logs");   // [app-logs, logs/, Standard, 10, 1, 2024-01-03T00:00:00Z]
 * }</pre>
 */
public final class ObjectGroups {
    private record Key(String prefix, String storageClass, YearMonth month) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::prefix).thenComparing(Key::storageClass)
            .thenComparing(Key::month);

    private static final class Sum {
        long bytes;
        long objects;
        Instant newest;
    }

    private final int prefixDepth;
    private final Map<Key, Sum> groups = new TreeMap<>(ORDER);
    private final Map<String, ClassTotal> byClass = new TreeMap<>();
    private long objects;

    /** @param prefixDepth folder levels of the key that make the prefix (1: {@code logs/}; 2: {@code logs/2024/}) */
    public ObjectGroups(int prefixDepth) {
        if (prefixDepth < 0) {
            throw new IllegalArgumentException("prefixDepth must be at least 0, was " + prefixDepth);
        }
        this.prefixDepth = prefixDepth;
    }

    /** Adds one object to its group. */
    public void add(OssObject o) {
        Key key = new Key(prefixOf(o.key(), prefixDepth), o.storageClass(),
                YearMonth.from(o.lastModified().atOffset(ZoneOffset.UTC)));
        Sum sum = groups.computeIfAbsent(key, k -> new Sum());
        sum.bytes = Math.addExact(sum.bytes, o.size());
        sum.objects++;
        if (sum.newest == null || o.lastModified().isAfter(sum.newest)) {
            sum.newest = o.lastModified();
        }
        byClass.merge(o.storageClass(), new ClassTotal(o.size(), 1), ClassTotal::plus);
        objects++;
    }

    /** Objects added so far. */
    public long objects() {
        return objects;
    }

    /** Listed bytes and objects per storage class. */
    public Map<String, ClassTotal> totalsByClass() {
        return Map.copyOf(byClass);
    }

    /** The groups as storage rows of {@code bucket}, ordered by prefix, class and month. */
    public List<StorageGroupRow> rows(String bucket) {
        List<StorageGroupRow> rows = new ArrayList<>(groups.size());
        groups.forEach((k, s) -> rows.add(new StorageGroupRow(bucket, k.prefix(), k.storageClass(), s.bytes, s.objects,
                s.newest)));
        return rows;
    }

    /**
     * The first {@code depth} folder levels of {@code key}, with their trailing slash: the object's
     * own name never counts as a level ({@code prefixOf("a.txt", 1)} is {@code ""},
     * {@code prefixOf("logs/a.txt", 2)} is {@code "logs/"}).
     */
    public static String prefixOf(String key, int depth) {
        int end = 0;
        for (int level = 0; level < depth; level++) {
            int slash = key.indexOf('/', end);
            if (slash < 0) {
                break;
            }
            end = slash + 1;
        }
        return key.substring(0, end);
    }
}
