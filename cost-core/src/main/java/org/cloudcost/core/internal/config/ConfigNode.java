package org.cloudcost.core.internal.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.cloudcost.core.InputException;

/**
 * A node of the config tree that knows its key path ({@code tags.columns.env[0]}) and where it
 * is in the file, so every check can fail with one positioned line:
 * {@code cloudcost.yaml:4:3 (tags.colums): unknown key "colums"; known keys: columns}.
 * Public for the other strict YAML readers of {@code internal} packages (the price catalogs);
 * not API.
 */
public final class ConfigNode {
    private static final int MAX_QUOTED = 60;

    private final YamlDocument document;
    private final String path;
    private final String key;
    private final JsonNode json;
    private final YamlDocument.Slot slot;

    ConfigNode(YamlDocument document, String path, String key, JsonNode json, YamlDocument.Slot slot) {
        this.document = document;
        this.path = path;
        this.key = key;
        this.json = json;
        this.slot = slot;
    }

    /** The key path from the root, e.g. {@code exchangeRates.USD}; empty for the root. */
    public String path() {
        return path;
    }

    /** The map key this value sits under; empty for the root and list elements. */
    public String key() {
        return key;
    }

    /** The Jackson value. */
    public JsonNode json() {
        return json;
    }

    /** No value at all: {@code key:} with nothing after it, {@code ~}, or an empty file. */
    public boolean isEmpty() {
        return json.isNull() || json.isMissingNode() || (json.isTextual() && json.textValue().isEmpty());
    }

    /** A single value (text, number, boolean), not a map, a list or nothing. */
    public boolean isScalar() {
        return json.isValueNode() && !isEmpty();
    }

    /** The scalar as written in the file (a number keeps its exact digits); empty for maps and lists. */
    public String text() {
        return slot.text() == null ? "" : slot.text();
    }

    /** The child under {@code key}, when present. */
    public Optional<ConfigNode> field(String name) {
        JsonNode child = json.isObject() ? json.get(name) : null;
        return child == null ? Optional.empty() : Optional.of(child(name, child));
    }

    /**
     * The entries of a map, in file order; none for an empty value, so a section left empty
     * ({@code tags:}) keeps its defaults.
     *
     * @param expected what the value should be, for the message when it is a list or a scalar
     * @throws InputException when the value is a list or a scalar
     */
    public List<ConfigNode> entries(String expected) {
        if (isEmpty()) {
            return List.of();
        }
        if (!json.isObject()) {
            throw expected(expected);
        }
        List<ConfigNode> out = new ArrayList<>();
        json.properties().forEach(e -> out.add(child(e.getKey(), e.getValue())));
        return out;
    }

    /**
     * The elements of a list, in order; none for an empty value.
     *
     * @param expected what the value should be, for the message when it is a map or a scalar
     * @throws InputException when the value is a map or a scalar
     */
    public List<ConfigNode> elements(String expected) {
        if (isEmpty()) {
            return List.of();
        }
        if (!json.isArray()) {
            throw expected(expected);
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new ConfigNode(document, elementPath(path, i), "", json.get(i), document.slotOfElement(json, i)));
        }
        return out;
    }

    /**
     * Rejects the first key of this map that is not in {@code known}, naming the known keys.
     *
     * @throws InputException at the unknown key, or at the value when it is not a map
     */
    public void requireKnownKeys(Collection<String> known) {
        for (ConfigNode entry : entries("a map with the keys " + String.join(", ", known))) {
            if (!known.contains(entry.key())) {
                throw entry.keyError("unknown key " + quote(entry.key()) + "; known keys: " + String.join(", ", known));
            }
        }
    }

    /** An error about the value, positioned at the value. */
    public InputException error(String problem) {
        return at(slot.value(), problem);
    }

    /** An error about the key itself (an unknown or malformed name), positioned at the key. */
    public InputException keyError(String problem) {
        return at(slot.key(), problem);
    }

    /** {@code expected <what>, found <this value>}, positioned at the value. */
    public InputException expected(String what) {
        return error("expected " + what + ", found " + describe());
    }

    /** This value in a few words for messages: {@code "-1"}, {@code a map}, {@code nothing}. */
    public String describe() {
        if (isEmpty()) {
            return "nothing";
        }
        if (json.isObject()) {
            return "a map";
        }
        if (json.isArray()) {
            return "a list";
        }
        return quote(text());
    }

    /** Quotes text for a one-line message: line breaks and control characters escaped, long text cut. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().limit(MAX_QUOTED).forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        sb.append(String.format("\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_QUOTED) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    private ConfigNode child(String name, JsonNode value) {
        return new ConfigNode(document, childPath(path, name), name, value, document.slotOfField(json, name));
    }

    /** The path of the value under {@code name} in the map at {@code parent}: {@code tags.columns}. */
    static String childPath(String parent, String name) {
        return parent.isEmpty() ? pathSegment(name) : parent + "." + pathSegment(name);
    }

    /** The path of element {@code index} of the list at {@code parent}: {@code tags.columns.env[0]}. */
    static String elementPath(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Keys are shown as written unless they would make the path ambiguous or span lines. */
    private static String pathSegment(String name) {
        boolean plain = !name.isEmpty() && name.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '.' && c != '['
                && c != ']' && c != '"');
        return plain ? name : quote(name);
    }

    private InputException at(YamlDocument.Mark mark, String problem) {
        return new InputException(document.file(), mark.line(), mark.column(), path.isEmpty() ? null : path, problem);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + " = " + describe();
    }
}
