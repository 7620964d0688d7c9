package org.cloudcost.aws.cur.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.cloudcost.core.format.CsvRow;

/**
 * A CUR 2.0 map column ({@code product}, {@code resource_tags}) as CSV writes it: a JSON object
 * in a string. Each distinct string is parsed once (a month repeats the same few maps on
 * thousands of lines), into key, value, key, value …; a value that is not a string is kept as
 * its JSON text, a nested object or array is left out.
 *
 * <pre>{@code
 * JsonMaps tags = new JsonMaps("{\"user_env\":\"prod\"}");
 * String[] pairs = tags.pairs(row, column);   // [user_env, prod]
 * }</pre>
 */
final class JsonMaps {
    /** Cache bound: enough for a month's distinct maps, small beside the frame. */
    private static final int MAX_CACHED = 100_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String[]> cache = new HashMap<>();
    private final String example;

    /** @param example a map of the column's kind, shown in the error for a value that is not a JSON object */
    JsonMaps(String example) {
        this.example = example;
    }

    /**
     * The pairs of the map in {@code column}; empty when the field is absent.
     *
     * @throws org.cloudcost.core.InputException when the field is not a JSON object
     */
    String[] pairs(CsvRow row, int column) {
        if (row.isAbsent(column)) {
            return new String[0];
        }
        String text = row.text(column);
        String[] pairs = cache.get(text);
        if (pairs == null) {
            pairs = parse(row, column, text);
            if (cache.size() < MAX_CACHED) {
                cache.put(text, pairs);
            }
        }
        return pairs;
    }

    private String[] parse(CsvRow row, int column, String text) {
        List<String> pairs = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw row.error(column, expected());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                pairs.add(key);
                pairs.add(value == JsonToken.VALUE_NULL ? "" : p.getText());
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw row.error(column, expected());
            }
        } catch (JsonProcessingException e) {
            throw row.error(column, expected() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs.toArray(String[]::new);
    }

    private String expected() {
        return "expected a JSON object such as " + example;
    }
}
