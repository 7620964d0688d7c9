package org.cloudcost.aliyun.bill;

import java.util.HashMap;
import java.util.Map;
import org.cloudcost.aliyun.internal.AliyunTags;

/**
 * The 实例标签 (Instance Tag) column of one bill read: {@link AliyunTags#pairs} (both the console's
 * {@code k:v;k:v} and the API's {@code key:k value:v; key:k2 value:v2}), each distinct text parsed
 * once, since a bill repeats the same tags on every line of a resource.
 *
 * <pre>{@code
 * new BillTags().pairs("env:prod;team:web");   // [env, prod, team, web]
 * }</pre>
 */
final class BillTags {
    private static final int MAX_CACHED = 100_000;

    private final Map<String, String[]> cache = new HashMap<>();

    /** The tags in {@code text} as key, value, key, value …; empty for blank text. */
    String[] pairs(String text) {
        String[] pairs = cache.get(text);
        if (pairs == null) {
            pairs = AliyunTags.pairs(text);
            if (cache.size() < MAX_CACHED) {
                cache.put(text, pairs);
            }
        }
        return pairs;
    }
}
