package org.cloudcost.core.internal.focus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.cloudcost.core.format.BillingLine;
import org.cloudcost.core.format.CsvRow;

/**
 * The FOCUS {@code Tags} column: a JSON object as a string. Each distinct string is parsed once
 * (tag sets repeat across a month of line items); values that are not strings are kept as
 * their JSON text.
 */
final class FocusTags {
    private static final int MAX_CACHED = 100_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String[]> cache = new HashMap<>();

    void apply(CsvRow row, int column, BillingLine line) {
        String text = row.text(column);
        String[] pairs = cache.get(text);
        if (pairs == null) {
            pairs = parse(row, column, text);
            if (cache.size() < MAX_CACHED) {
                cache.put(text, pairs);
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            line.tag(pairs[i], pairs[i + 1]);
        }
    }

    private static String[] parse(CsvRow row, int column, String text) {
        List<String> pairs = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw row.error(column, "expected a JSON object of tags such as {\"env\":\"prod\"}");
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
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw row.error(column, "expected a JSON object of tags such as {\"env\":\"prod\"}");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw row.error(column, "expected a JSON object of tags such as {\"env\":\"prod\"}: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pairs.toArray(String[]::new);
    }
}
