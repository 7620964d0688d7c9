package org.cloudcost.aliyun.bss;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Tag} string of a BSS bill line, {@code key:K value:V; key:K2 value:V2}, as a map and
 * as the JSON object FOCUS writes in its {@code Tags} column. The bill export's short form
 * {@code K:V;K2:V2} is read too. Keys and values keep their case and inner spaces; a key given
 * twice keeps its last value; a piece without a key is dropped (it names nothing).
 *
 * <pre>{@code
 * BssTags.parse("key:env value:prod; key:team value:data");   // {env=prod, team=data}
 * BssTags.json("key:env value:prod");                          // {"env":"prod"}
 * BssTags.json("");                                            // "" (no tags: an empty cell)
 * }</pre>
 */
public final class BssTags {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "key:";
    private static final String VALUE = " value:";

    private BssTags() {
    }

    /** The tags in the order written; empty for null or blank. */
    public static Map<String, String> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Map.of();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String piece : tag.split(";")) {
            String p = piece.strip();
            String key;
            String value;
            if (p.startsWith(KEY)) {
                int v = p.indexOf(VALUE, KEY.length());
                key = (v < 0 ? p.substring(KEY.length()) : p.substring(KEY.length(), v)).strip();
                value = v < 0 ? "" : p.substring(v + VALUE.length()).strip();
            } else {
                int colon = p.indexOf(':');
                key = (colon < 0 ? p : p.substring(0, colon)).strip();
                value = colon < 0 ? "" : p.substring(colon + 1).strip();
            }
            if (!key.isEmpty()) {
                tags.put(key, value);
            }
        }
        return Collections.unmodifiableMap(tags);
    }

    /** The tags as a JSON object, or {@code ""} when there are none. */
    public static String json(String tag) {
        Map<String, String> tags = parse(tag);
        if (tags.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
