package org.cloudcost.core.internal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.cloudcost.core.InputException;

/**
 * One YAML file read into a Jackson tree, with the line and column of every key and value
 * kept on the side (Jackson's tree has no locations), and the source text of every scalar so
 * that numbers keep their exact digits. Stricter than plain Jackson: duplicate keys, aliases
 * and a second document are errors, not silently resolved.
 */
public final class YamlDocument {
    /** A config file is small; anything larger is a wrong path, not a config. */
    static final long MAX_BYTES = 1 << 20;

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    /** A 1-based position in the file. */
    record Mark(long line, int column) {
        static Mark of(JsonLocation location) {
            return new Mark(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
        }
    }

    /**
     * Where one key/value pair (or list element) sits: the key's position (the value's for list
     * elements and the root), the value's position, and a scalar's source text (null for maps
     * and lists).
     */
    record Slot(Mark key, Mark value, String text) {
    }

    private final String file;
    private final JsonNode root;
    private final Slot rootSlot;
    /** Per map: key → slot; per list: slots by index. Containers are fresh objects, so identity works. */
    private final IdentityHashMap<JsonNode, Map<String, Slot>> fieldSlots;
    private final IdentityHashMap<JsonNode, List<Slot>> elementSlots;

    private YamlDocument(String file, JsonNode root, Slot rootSlot, IdentityHashMap<JsonNode, Map<String, Slot>> fieldSlots,
            IdentityHashMap<JsonNode, List<Slot>> elementSlots) {
        this.file = file;
        this.root = root;
        this.rootSlot = rootSlot;
        this.fieldSlots = fieldSlots;
        this.elementSlots = elementSlots;
    }

    /**
     * Reads and parses the file.
     *
     * @throws InputException when the file is missing, not UTF-8, or not well-formed YAML
     */
    static YamlDocument read(Path path) {
        return parse(path.toString(), decode(path.toString(), readBytes(path)));
    }

    /**
     * Parses YAML bytes read from elsewhere (a classpath resource), as strictly as a file:
     * UTF-8 only (a BOM is dropped), one document, no aliases, no duplicate keys.
     *
     * @param file names the source in messages
     * @throws InputException when the bytes are not UTF-8 or not well-formed YAML
     */
    public static YamlDocument read(String file, byte[] bytes) {
        return parse(file, decode(file, bytes));
    }

    /** Parses YAML text; {@code file} only names it in messages. */
    public static YamlDocument parse(String file, String text) {
        Builder builder = new Builder(file);
        try (JsonParser parser = YAML.createParser(text)) {
            return builder.build((YAMLParser) parser);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The file as the user named it. */
    String file() {
        return file;
    }

    /** The whole document as a located node; {@link ConfigNode#isEmpty()} for an empty file. */
    public ConfigNode root() {
        return new ConfigNode(this, "", "", root, rootSlot);
    }

    Slot slotOfField(JsonNode map, String key) {
        return fieldSlots.get(map).get(key);
    }

    Slot slotOfElement(JsonNode list, int index) {
        return elementSlots.get(list).get(index);
    }

    private static byte[] readBytes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw InputException.ofFile(path, "is a directory, expected a YAML file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw InputException.ofFile(path, "too large for a config file (" + size + " bytes, at most "
                        + MAX_BYTES + "); expected a small YAML file");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.ofFile(path, "file not found");
        } catch (AccessDeniedException e) {
            throw InputException.ofFile(path, "permission denied");
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8 (a BOM is accepted and dropped); a bad byte is reported at its line and column. */
    private static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            long line = 1 + text.chars().filter(c -> c == '\n').count();
            int column = text.length() - text.lastIndexOf('\n');
            throw new InputException(file, line, column, null,
                    String.format("not UTF-8 text: invalid byte 0x%02X; save the file as UTF-8", bytes[in.position()] & 0xFF));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A syntax error in one line: snakeyaml's context and problem lines (the non-indented lines
     * of its message, without the snippet and caret), at the problem's position.
     */
    private static InputException syntaxError(String file, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<String> parts = new ArrayList<>();
        for (String line : original.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.strip());
            }
        }
        String problem = parts.isEmpty() ? "malformed YAML" : String.join(": ", parts);
        Mark at = e.getLocation() == null ? new Mark(0, 0) : Mark.of(e.getLocation());
        Matcher marks = MARK.matcher(original);
        while (marks.find()) { // snakeyaml names the context mark first and the problem mark last
            at = new Mark(Long.parseLong(marks.group(1)), Integer.parseInt(marks.group(2)));
        }
        return new InputException(file, at.line(), at.column(), null, "invalid YAML: " + problem);
    }

    /** Builds the tree and the side tables in one pass over the parser's tokens. */
    private static final class Builder {
        private final String file;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance; // keeps 7.10 as 7.10
        private final IdentityHashMap<JsonNode, Map<String, Slot>> fieldSlots = new IdentityHashMap<>();
        private final IdentityHashMap<JsonNode, List<Slot>> elementSlots = new IdentityHashMap<>();
        private YAMLParser parser;

        Builder(String file) {
            this.file = file;
        }

        YamlDocument build(YAMLParser yaml) throws IOException {
            this.parser = yaml;
            JsonToken first = nextValue("");
            if (first == null) {
                Slot start = new Slot(new Mark(1, 1), new Mark(1, 1), "");
                return new YamlDocument(file, nodes.nullNode(), start, fieldSlots, elementSlots);
            }
            Mark at = here();
            String text = scalarText(first);
            JsonNode root = value(first, "");
            if (next() != null) {
                throw error(here(), "", "a second YAML document: put all settings in one document (no second ---)");
            }
            return new YamlDocument(file, root, new Slot(at, at, text), fieldSlots, elementSlots);
        }

        private JsonToken next() throws IOException {
            return parser.nextToken();
        }

        /** The next value token, at {@code path}; aliases are refused there. */
        private JsonToken nextValue(String path) throws IOException {
            JsonToken token = next();
            if (parser.isCurrentAlias()) {
                throw error(here(), path, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
            }
            return token;
        }

        /** The parser reports truncated input itself; this only guards the loops against a silent end. */
        private void requireMore(JsonToken token, String path) {
            if (token == null) {
                throw error(Mark.of(parser.currentLocation()), path, "invalid YAML: unexpected end of file");
            }
        }

        private InputException error(Mark at, String path, String problem) {
            return new InputException(file, at.line(), at.column(), path.isEmpty() ? null : path, problem);
        }

        private Mark here() {
            return Mark.of(parser.currentTokenLocation());
        }

        private JsonNode value(JsonToken token, String path) throws IOException {
            switch (token) {
                case START_OBJECT:
                    return map(path);
                case START_ARRAY:
                    return list(path);
                default:
                    return scalar(token);
            }
        }

        private ObjectNode map(String path) throws IOException {
            ObjectNode map = nodes.objectNode();
            Map<String, Slot> slots = new LinkedHashMap<>();
            fieldSlots.put(map, slots);
            for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
                requireMore(t, path);
                String key = parser.currentName();
                String keyPath = ConfigNode.childPath(path, key);
                Mark keyAt = here();
                Slot earlier = slots.get(key);
                if (earlier != null) {
                    throw error(keyAt, keyPath, "duplicate key " + ConfigNode.quote(key) + " (first on line "
                            + earlier.key().line() + ")");
                }
                JsonToken v = nextValue(keyPath);
                requireMore(v, keyPath);
                Mark valueAt = here();
                slots.put(key, new Slot(keyAt, valueAt, scalarText(v)));
                map.set(key, value(v, keyPath));
            }
            return map;
        }

        private ArrayNode list(String path) throws IOException {
            ArrayNode list = nodes.arrayNode();
            List<Slot> slots = new ArrayList<>();
            elementSlots.put(list, slots);
            for (JsonToken t = nextValue(ConfigNode.elementPath(path, 0)); t != JsonToken.END_ARRAY;
                    t = nextValue(ConfigNode.elementPath(path, slots.size()))) {
                requireMore(t, path);
                Mark at = here();
                slots.add(new Slot(at, at, scalarText(t)));
                list.add(value(t, ConfigNode.elementPath(path, slots.size() - 1)));
            }
            return list;
        }

        private String scalarText(JsonToken token) throws IOException {
            return token.isScalarValue() ? parser.getText() : null;
        }

        /** Numbers keep their source digits; what cannot be a plain decimal stays text for the messages. */
        private JsonNode scalar(JsonToken token) throws IOException {
            String text = parser.getText();
            switch (token) {
                case VALUE_STRING:
                    return nodes.textNode(text);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return nodes.nullNode();
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    try {
                        return nodes.numberNode(new BigDecimal(text));
                    } catch (NumberFormatException e) {
                        return nodes.textNode(text); // 0x1F, 1_000, .inf: YAML numbers a config never needs
                    }
                default:
                    return nodes.textNode(text);
            }
        }
    }
}
