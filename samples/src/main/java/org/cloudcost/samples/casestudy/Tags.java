package org.cloudcost.samples.casestudy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tags as the JSON object FOCUS and the canonical inventory carry, keys in order; the estate's tags need no escaping. */
final class Tags {
    private Tags() {
    }

    static String json(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        return new TreeMap<>(tags).entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
