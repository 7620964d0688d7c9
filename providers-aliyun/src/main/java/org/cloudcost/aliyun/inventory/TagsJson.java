package org.cloudcost.aliyun.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Writes tags as the JSON object the inventory's {@code Tags} column takes
 * ({@code {"env":"prod","app":"shop"}}), or an empty cell when there are none.
 *
 * <pre>{@code
 * TagsJson.of(Map.of("env", "prod"));   // {"env":"prod"}
 * }</pre>
 */
final class TagsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TagsJson() {
    }

    static String of(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON", e);
        }
    }
}
