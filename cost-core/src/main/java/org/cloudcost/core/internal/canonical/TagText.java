package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.internal.csv.OneLine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The text forms of a resource's tags: reads the syntaxes inventories carry and writes the one
 * the frame keeps (a compact JSON object). The syntax is recognised from the text:
 * <ul>
 * <li>a JSON object, {@code {"env":"prod","team":"web"}} (non-string values kept as their JSON
 * text), or AWS's JSON list {@code [{"Key":"env","Value":"prod"}]};</li>
 * <li>Alibaba's bill form {@code key:env value:prod; key:team value:web};</li>
 * <li>pairs separated by {@code ;}, as {@code k=v;k=v} or Alibaba's {@code k:v;k:v}: {@code =} is
 * the separator of every pair when every pair has one (so keys may hold colons:
 * {@code cloudcost:ignore=true}, {@code aws:createdBy=x}) or when it comes before the first
 * {@code :}; otherwise {@code :} is. A pair is split at its first separator, so values may
 * contain the other one ({@code url=http://x}) and, with {@code :}, more colons
 * ({@code link:https://x:8443}).</li>
 * </ul>
 * Keys and values of the pair forms are trimmed; a key seen twice keeps its first value.
 *
 * <pre>{@code
 * Map<String, String> tags = TagText.parse("env:prod;team:web");   // {env=prod, team=web}
 * TagText.toJson(tags);                                            // {"env":"prod","team":"web"}
 * }</pre>
 */
final class TagText {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String EXPECTED = "expected a JSON object, k=v;k=v or k:v;k:v";

    private TagText() {
    }

    /**
     * The tags in {@code text}, in their order; empty for blank text.
     *
     * @throws IllegalArgumentException with a one-line message when the text is malformed
     */
    static Map<String, String> parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Map.of();
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            return parseJson(t);
        }
        if (t.regionMatches(true, 0, "key:", 0, 4)) {
            return parseKeyValueWords(t);
        }
        return parsePairs(t);
    }

    /** A compact JSON object of the tags, {@code {}} when there are none. */
    static String toJson(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON", e); // strings only: cannot happen
        }
    }

    private static Map<String, String> parseJson(String t) {
        JsonNode node;
        try {
            node = JSON.readTree(t);
        } catch (JacksonException e) {
            String why = String.valueOf(e.getOriginalMessage());
            int cut = why.indexOf('\n');
            String at = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                    : " at character " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("malformed JSON tags" + at + " ("
                    + OneLine.of(cut < 0 ? why : why.substring(0, cut), 200) + "); " + EXPECTED);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                tags.putIfAbsent(e.getKey(), scalar(e.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode key = field(item, "Key");
                if (key == null || !key.isValueNode() || key.asText().isBlank()) {
                    throw new IllegalArgumentException("malformed JSON tags: a list must hold objects like "
                            + "{\"Key\":\"env\",\"Value\":\"prod\"}, found " + OneLine.of(item.toString(), 40));
                }
                JsonNode value = field(item, "Value");
                tags.putIfAbsent(key.asText(), value == null ? "" : scalar(value));
            }
        } else {
            throw new IllegalArgumentException("malformed JSON tags: " + EXPECTED);
        }
        return Collections.unmodifiableMap(tags);
    }

    private static JsonNode field(JsonNode object, String name) {
        if (!object.isObject()) {
            return null;
        }
        JsonNode v = object.get(name);
        return v != null ? v : object.get(name.toLowerCase(Locale.ROOT));
    }

    private static String scalar(JsonNode v) {
        if (v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** {@code key:env value:prod; key:team value:web}. */
    private static Map<String, String> parseKeyValueWords(String t) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String pair : t.split(";")) {
            String p = pair.strip();
            if (p.isEmpty()) {
                continue;
            }
            int v = indexOfIgnoreCase(p, " value:");
            String key = !p.regionMatches(true, 0, "key:", 0, 4) ? "" : (v < 0 ? p.substring(4) : p.substring(4, v)).strip();
            if (key.isEmpty()) {
                throw malformed(p, "expected key:K value:V pairs separated by ';'");
            }
            tags.putIfAbsent(key, v < 0 ? "" : p.substring(v + " value:".length()).strip());
        }
        return Collections.unmodifiableMap(tags);
    }

    private static int indexOfIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code k=v;k=v} or {@code k:v;k:v}. */
    /** True when every non-blank {@code ;}-separated pair contains {@code c}. */
    private static boolean everyPairHas(String t, char c) {
        for (String pair : t.split(";")) {
            if (!pair.isBlank() && pair.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> parsePairs(String t) {
        int eq = t.indexOf('=');
        int colon = t.indexOf(':');
        if (eq < 0 && colon < 0) {
            throw malformed(t, EXPECTED);
        }
        char separator = colon < 0 || (eq >= 0 && (eq < colon || everyPairHas(t, '='))) ? '=' : ':';
        Map<String, String> tags = new LinkedHashMap<>();
        for (String pair : t.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int at = pair.indexOf(separator);
            String key = at < 0 ? "" : pair.substring(0, at).strip();
            if (key.isEmpty()) {
                throw malformed(pair.strip(), "expected k" + separator + "v pairs separated by ';'");
            }
            tags.putIfAbsent(key, pair.substring(at + 1).strip());
        }
        return Collections.unmodifiableMap(tags);
    }

    private static IllegalArgumentException malformed(String pair, String expected) {
        return new IllegalArgumentException("malformed tag \"" + OneLine.of(pair, 40) + "\"; " + expected);
    }
}
