package org.cloudcost.core.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.internal.config.ConfigNode;
import org.cloudcost.core.internal.config.YamlDocument;

/**
 * Reads a price catalog's YAML (the shape is in {@code docs/price-catalog.md}) strictly, with the
 * same YAML layer as {@code cloudcost.yaml}: an unknown key, a missing field or a bad value fails
 * with one line naming the file, line, column and key path, e.g.
 * {@code aws-prices.yaml:14:5 (prices."storage.STANDARD.gbMonth".valu): unknown key "valu"; known
 * keys: value, tiers, unit, source, read, note}. Numbers keep the digits written.
 *
 * <p>Required: {@code provider}, {@code currency}, {@code prices} (at least one), and for each
 * price {@code unit}, {@code source}, {@code read} and {@code value} or {@code tiers}. Tiers go
 * up in {@code upTo}, only the last may leave it out; ladder sizes go up in units; {@code families}
 * compiles as a regular expression; every price is 0 or more (a {@code share} at most 1); a unit
 * naming a currency names the catalog's; every storage class given a role has a
 * {@code storage.<Class>.gbMonth} price.
 */
public final class PriceCatalogYamlReader {
    /** A catalog is a small text file; anything larger is the wrong file. */
    static final int MAX_BYTES = 1 << 20;
    static final List<String> TOP_KEYS =
            List.of("provider", "aliases", "currency", "region", "storageTiers", "sizeLadders", "prices");
    /** Storage class roles, as {@link PriceCatalog#storageClasses(String)} knows them. */
    static final List<String> ROLES = List.of("hot", "infrequent", "archive", "coldArchive");

    private PriceCatalogYamlReader() {
    }

    /**
     * Reads a catalog from YAML bytes; the stream is read to its end but not closed.
     *
     * @param name the file or resource name, for messages
     * @throws org.cloudcost.core.InputException naming the file, line, column and key path of a bad entry
     */
    public static PriceCatalog read(InputStream yaml, String name) {
        Objects.requireNonNull(name, "name");
        if (yaml == null) {
            throw CatalogValues.fileError(name, "not found: no such price catalog file or resource");
        }
        ConfigNode root = YamlDocument.read(name, bytes(yaml, name)).root();
        if (root.isEmpty()) {
            throw root.error("empty price catalog: expected provider, currency and prices (see docs/price-catalog.md)");
        }
        if (!root.json().isObject()) {
            throw root.expected("a price catalog: a map with the keys " + String.join(", ", TOP_KEYS));
        }
        root.requireKnownKeys(TOP_KEYS);
        String provider = CatalogValues.text(CatalogValues.required(root, "provider",
                "the FOCUS ProviderName the catalog prices, e.g. provider: AWS"), "a provider name such as Alibaba Cloud or AWS");
        List<String> aliases = root.field("aliases").map(n -> aliases(n, provider)).orElse(List.of());
        String currency = CatalogValues.currency(CatalogValues.required(root, "currency", "its prices' currency, e.g. currency: CNY"));
        String region = root.field("region")
                .map(n -> CatalogValues.optionalText(n, "the region the prices were read for, e.g. cn-hangzhou")).orElse("");
        Map<String, Price> prices = PriceEntries.read(CatalogValues.required(root, "prices",
                "the prices by key, e.g. prices: {storage.Standard.gbMonth: {value: 0.12, ...}}"), currency);
        List<SizeLadder> ladders = root.field("sizeLadders").map(SizeLadders::read).orElse(List.of());
        Map<String, List<String>> storageTiers = root.field("storageTiers").map(n -> storageTiers(n, prices)).orElse(Map.of());
        return new PriceCatalog(provider, aliases, currency, region, prices, ladders, storageTiers);
    }

    private static byte[] bytes(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw CatalogValues.fileError(name, "too large for a price catalog (more than " + MAX_BYTES
                        + " bytes); expected a small YAML file");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Other spellings of the provider, each once (without regard to case), the provider itself not again. */
    private static List<String> aliases(ConfigNode node, String provider) {
        List<String> aliases = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(provider.toLowerCase(Locale.ROOT)));
        for (ConfigNode alias : node.elements("a list of other provider names, e.g. [Alibaba, Aliyun]")) {
            String name = CatalogValues.text(alias, "a provider name");
            String folded = name.toLowerCase(Locale.ROOT);
            if (seen.contains(folded)) {
                throw alias.error("alias " + ConfigNode.quote(name) + " is already the provider or an earlier alias"
                        + " (names match without regard to case)");
            }
            seen.add(folded);
            aliases.add(name);
        }
        return aliases;
    }

    /** Role → classes; each class needs its storage price so that the rules can price a move into it. */
    private static Map<String, List<String>> storageTiers(ConfigNode node, Map<String, Price> prices) {
        node.requireKnownKeys(ROLES);
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        for (ConfigNode role : node.entries("a map of role (" + String.join(", ", ROLES) + ") to storage classes")) {
            List<String> classes = new ArrayList<>();
            for (ConfigNode cls : role.elements("a list of storage classes, e.g. [Standard]")) {
                String name = CatalogValues.text(cls, "a storage class as the provider names it, e.g. Standard");
                String key = "storage." + name + ".gbMonth";
                if (!prices.containsKey(key)) {
                    throw cls.error("storage class " + ConfigNode.quote(name) + " has no price " + key
                            + "; add it under prices or correct the class name");
                }
                classes.add(name);
            }
            if (!classes.isEmpty()) {
                tiers.put(role.key(), classes);
            }
        }
        return tiers;
    }
}
