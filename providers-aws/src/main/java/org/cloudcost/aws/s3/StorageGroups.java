package org.cloudcost.aws.s3;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds objects into storage groups: one group per key prefix (the first {@code prefixDepth} folder
 * levels of the key), storage class and UTC month of LastModified. A group's size and count are
 * sums; its LastModified is the newest in the group. Grouping by month keeps old data apart from
 * new data under one prefix, so the age-based rules see it.
 *
 * <pre>{@code
 * StorageGroups groups = new StorageGroups(1);
 * groups.add("logs/2026/01/a.log", 10, "STANDARD", Instant.parse("2026-01-03T00:00:00Z"));
 * groups.rows("app-logs");   // [app-logs, logs/, STANDARD, 10, 1, 2026-01-03T00:00:00Z]
 * }</pre>
 */
final class StorageGroups {
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
    private long objects;

    /** @param prefixDepth folder levels of the key that make the prefix (1: {@code logs/}; 2: {@code logs/2026/}) */
    StorageGroups(int prefixDepth) {
        if (prefixDepth < 0) {
            throw new IllegalArgumentException("prefixDepth must be at least 0, was " + prefixDepth);
        }
        this.prefixDepth = prefixDepth;
    }

    /** Adds one object to its group. */
    void add(String key, long size, String storageClass, Instant lastModified) {
        Key k = new Key(prefixOf(key, prefixDepth), storageClass, YearMonth.from(lastModified.atOffset(ZoneOffset.UTC)));
        Sum sum = groups.computeIfAbsent(k, x -> new Sum());
        sum.bytes = Math.addExact(sum.bytes, size);
        sum.objects++;
        if (sum.newest == null || lastModified.isAfter(sum.newest)) {
            sum.newest = lastModified;
        }
        objects++;
    }

    /** Objects added so far. */
    long objects() {
        return objects;
    }

    /** The groups as storage rows of {@code bucket}, ordered by prefix, class and month. */
    List<StorageRow> rows(String bucket) {
        List<StorageRow> rows = new ArrayList<>(groups.size());
        groups.forEach((k, s) -> rows.add(new StorageRow(bucket, k.prefix(), k.storageClass(), s.bytes, s.objects,
                s.newest)));
        return rows;
    }

    /**
     * The first {@code depth} folder levels of {@code key}, with their trailing slash; the object's own
     * name never counts as a level ({@code prefixOf("a.txt", 1)} is {@code ""}, {@code prefixOf("logs/a.txt", 2)}
     * is {@code "logs/"}).
     */
    static String prefixOf(String key, int depth) {
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
