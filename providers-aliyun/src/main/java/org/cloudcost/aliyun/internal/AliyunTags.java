package org.cloudcost.aliyun.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alibaba Cloud's tag texts, read one way wherever they come from: the bill export's 实例标签
 * (Instance Tag) {@code k:v;k:v}, and the BSS API's {@code Tag} {@code key:k value:v; key:k2 value:v2}
 * (the API form is recognised by a leading {@code key:} and a {@code value:} after it, without
 * regard to case). A pair is split at its first {@code :}, so values keep their colons
 * ({@code link:x:8443}); a piece without a key ({@code team:web;api}: the {@code ;} was part of
 * a value) continues the previous value; blank pieces are dropped; keys and values are trimmed;
 * a key given twice keeps its last value. Tags go out as the JSON object the canonical
 * {@code Tags} columns take.
 *
 * <pre>{@code
 * AliyunTags.parse("env:prod;team:web");                          // {env=prod, team=web}
 * AliyunTags.parse("key:env value:prod; key:team value:web;api"); // {env=prod, team=web;api}
 * AliyunTags.json(Map.of("env", "prod"));                         // {"env":"prod"}
 * AliyunTags.json("");                                            // "" (no tags: an empty cell)
 * }</pre>
 */
public final class AliyunTags {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NONE = {};
    private static final String KEY = "key:";
    private static final String VALUE = " value:";

    private AliyunTags() {
    }

    /** The tags of {@code text} as key, value, key, value … in the order written; empty for null or blank. */
    public static String[] pairs(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return NONE;
        }
        String first = t.replaceFirst("^[;\\s]+", "");   // the form is told by the first piece that is not blank
        boolean words = first.regionMatches(true, 0, KEY, 0, KEY.length()) && indexOfIgnoreCase(first, VALUE) > 0;
        List<String> keys = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        for (String piece : t.split(";", -1)) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String key = null;
            String value = null;
            if (words && p.regionMatches(true, 0, KEY, 0, KEY.length())) {
                int v = indexOfIgnoreCase(p, VALUE);
                key = (v < 0 ? p.substring(KEY.length()) : p.substring(KEY.length(), v)).strip();
                value = v < 0 ? "" : p.substring(v + VALUE.length()).strip();
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

    /** The tags of {@code text} in the order written, a repeated key keeping its last value; empty for null or blank. */
    public static Map<String, String> parse(String text) {
        String[] pairs = pairs(text);
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            tags.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(tags);
    }

    /** The tags of {@code text} as a JSON object, or {@code ""} when there are none. */
    public static String json(String text) {
        return json(parse(text));
    }

    /** {@code tags} as a JSON object ({@code {"env":"prod","app":"shop"}}), or {@code ""} when empty. */
    public static String json(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON", e);
        }
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
