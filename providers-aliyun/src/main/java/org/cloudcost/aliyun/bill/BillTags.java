package org.cloudcost.aliyun.bill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 实例标签 (Instance Tag) column: {@code k:v;k:v} as the console export writes it, or
 * {@code key:k value:v; key:k2 value:v2} as the BSS API does. A pair is split at its first
 * {@code :}, so values may hold colons ({@code link:https://x:8443}); a piece without one
 * ({@code team:web;api}: the {@code ;} was part of a value) continues the previous value; blank
 * pieces are dropped. Keys and values are trimmed. Each distinct text is parsed once.
 *
 * <pre>{@code
 * new BillTags().pairs("env:prod;team:web");                      // [env, prod, team, web]
 * new BillTags().pairs("key:env value:prod; key:team value:web"); // the same
 * }</pre>
 */
final class BillTags {
    private static final int MAX_CACHED = 100_000;
    private static final String[] NONE = {};

    private final Map<String, String[]> cache = new HashMap<>();

    /** The tags in {@code text} as key, value, key, value …; empty for blank text. */
    String[] pairs(String text) {
        String[] pairs = cache.get(text);
        if (pairs == null) {
            pairs = parse(text);
            if (cache.size() < MAX_CACHED) {
                cache.put(text, pairs);
            }
        }
        return pairs;
    }

    static String[] parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return NONE;
        }
        boolean words = t.regionMatches(true, 0, "key:", 0, 4) && indexOfIgnoreCase(t, " value:") > 0;
        List<String> keys = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        for (String piece : t.split(";", -1)) {
            String key = null;
            String value = null;
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (words && p.regionMatches(true, 0, "key:", 0, 4)) {
                int v = indexOfIgnoreCase(p, " value:");
                key = (v < 0 ? p.substring(4) : p.substring(4, v)).strip();
                value = v < 0 ? "" : p.substring(v + " value:".length()).strip();
            } else if (!words && p.indexOf(':') > 0) {
                key = p.substring(0, p.indexOf(':')).strip();
                value = p.substring(p.indexOf(':') + 1).strip();
            }
            if (key != null && !key.isEmpty()) {
                keys.add(key);
                values.add(new StringBuilder(value));
            } else if (!values.isEmpty()) {
                values.get(values.size() - 1).append(';').append(piece);
            }
        }
        String[] pairs = new String[keys.size() * 2];
        for (int i = 0; i < keys.size(); i++) {
            pairs[2 * i] = keys.get(i);
            pairs[2 * i + 1] = values.get(i).toString().strip();
        }
        return pairs;
    }

    private static int indexOfIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}
