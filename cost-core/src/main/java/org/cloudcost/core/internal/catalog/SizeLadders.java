package org.cloudcost.core.internal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.internal.config.ConfigNode;

/**
 * The {@code sizeLadders} section: a list of {@code {families, sizes, source, read, note}}.
 * {@code families} is a regular expression on the family part of a spec; {@code sizes} lists
 * size → relative price units, smallest first. A {@code note} is kept with the source, since a
 * ladder has no note of its own.
 */
final class SizeLadders {
    static final List<String> LADDER_KEYS = List.of("families", "sizes", "source", "read", "note");
    private static final String LADDER_EXAMPLE =
            "{families: 'ecs\\.[a-z0-9-]+', sizes: {large: 1, xlarge: 2}, source: https://..., read: 2026-11-22}";

    private SizeLadders() {
    }

    static List<SizeLadder> read(ConfigNode section) {
        List<SizeLadder> ladders = new ArrayList<>();
        for (ConfigNode ladder : section.elements("a list of size ladders, each " + LADDER_EXAMPLE)) {
            ladders.add(ladder(ladder));
        }
        return ladders;
    }

    private static SizeLadder ladder(ConfigNode node) {
        if (!node.json().isObject()) {
            throw node.expected("a size ladder " + LADDER_EXAMPLE);
        }
        node.requireKnownKeys(LADDER_KEYS);
        ConfigNode familiesNode = CatalogValues.required(node, "families",
                "a regular expression on the family part of a spec, e.g. families: 'ecs\\.[a-z0-9-]+'");
        String regex = CatalogValues.text(familiesNode, "a regular expression such as 'ecs\\.[a-z0-9-]+'");
        Pattern families;
        try {
            families = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw familiesNode.error("not a valid regular expression: " + e.getDescription() + " at index " + e.getIndex()
                    + " of " + ConfigNode.quote(regex));
        }
        Map<String, Double> sizes = sizes(CatalogValues.required(node, "sizes",
                "size → relative price units, smallest first, e.g. sizes: {large: 1, xlarge: 2}"));
        String source = CatalogValues.text(CatalogValues.required(node, "source", "where the ratios come from, a URL or document"),
                "where the ratios come from, a URL or document");
        String read = CatalogValues.date(CatalogValues.required(node, "read", "when it was read, e.g. read: 2026-11-22"));
        String note = node.field("note").map(n -> CatalogValues.optionalText(n, "a note in words")).orElse("");
        return new SizeLadder(families, sizes, note.isEmpty() ? source : source + " (note: " + note + ")", read);
    }

    private static Map<String, Double> sizes(ConfigNode node) {
        List<ConfigNode> entries = node.entries("a map of size to relative price units, smallest first, e.g. {large: 1, xlarge: 2}");
        if (entries.isEmpty()) {
            throw node.error("expected at least one size, e.g. {large: 1, xlarge: 2}");
        }
        Map<String, Double> sizes = new LinkedHashMap<>();
        String previousName = null;
        BigDecimal previous = null;
        for (ConfigNode size : entries) {
            String name = size.key();
            if (name.isBlank() || name.contains(".") || !name.strip().equals(name)) {
                throw size.keyError("size " + ConfigNode.quote(name)
                        + " must be the part of a spec after its last dot, e.g. 2xlarge in ecs.g7.2xlarge");
            }
            BigDecimal units = CatalogValues.positive(size, "relative price units of the size");
            if (previous != null && units.compareTo(previous) <= 0) {
                throw size.error("sizes go smallest first: " + name + " (" + size.text() + ") is not above the size before it, "
                        + previousName + " (" + previous.toPlainString() + ")");
            }
            sizes.put(name, units.doubleValue());
            previousName = name;
            previous = units;
        }
        return sizes;
    }
}
