package org.cloudcost.core.catalog;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cloudcost.core.internal.catalog.PriceCatalogYamlReader;

/**
 * The prices of one provider the rules put savings on: size ladders, storage classes with
 * transition and retrieval fees, bandwidth, traffic, CDN, database and IP prices, each with its
 * source and the date it was read. Providers ship one as YAML (see {@code docs/price-catalog.md}
 * for the keys) and register a {@link PriceCatalogProvider}; the configuration overrides any
 * entry. Immutable. No price lives in Java code.
 *
 * <pre>{@code
 * PriceCatalog aliyun = PriceCatalogs.load().find("Alibaba Cloud").orElseThrow();
 * aliyun.price("storage.Standard.gbMonth");          // 0.12 CNY/GB-month [help.aliyun.com/..., 2026-11-22]
 * aliyun.sizeLadder("ecs.g7.2xlarge").orElseThrow().units("2xlarge");
 * PriceCatalog mine = aliyun.withOverrides(Map.of("storage.Standard.gbMonth", new BigDecimal("0.10")));
 * }</pre>
 *
 * @param provider the ProviderName it prices ({@code Alibaba Cloud}, {@code AWS})
 * @param aliases other ProviderName spellings it answers to (matched without regard to case)
 * @param currency the currency of its prices
 * @param region the region its prices were read for
 * @param prices price by key
 * @param sizeLadders instance size ladders, the first covering a spec wins
 * @param storageTiers storage class roles: {@code hot} (list), {@code infrequent}, {@code archive},
 *        {@code coldArchive} → class names
 */
public record PriceCatalog(String provider, List<String> aliases, String currency, String region,
                           Map<String, Price> prices, List<SizeLadder> sizeLadders,
                           Map<String, List<String>> storageTiers) {

    public PriceCatalog {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(currency, "currency");
        aliases = List.copyOf(aliases);
        region = region == null ? "" : region;
        prices = Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        sizeLadders = List.copyOf(sizeLadders);
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        storageTiers.forEach((k, v) -> tiers.put(k, List.copyOf(v)));
        storageTiers = Collections.unmodifiableMap(tiers);
    }

    /**
     * Reads a catalog from its YAML text.
     *
     * @param name the file or resource name, for messages
     * @throws org.cloudcost.core.InputException naming the file, line, column and key path of a bad entry
     */
    public static PriceCatalog read(InputStream yaml, String name) {
        return PriceCatalogYamlReader.read(yaml, name);
    }

    /** True when {@code providerName} is this catalog's provider or one of its aliases (case-insensitive). */
    public boolean answersTo(String providerName) {
        if (providerName == null) {
            return false;
        }
        String p = providerName.strip().toLowerCase(Locale.ROOT);
        return provider.toLowerCase(Locale.ROOT).equals(p)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(p));
    }

    /** The price under {@code key}. */
    public Optional<Price> price(String key) {
        return Optional.ofNullable(prices.get(key));
    }

    /** The ladder covering the family and size of {@code spec}. */
    public Optional<SizeLadder> sizeLadder(String spec) {
        return sizeLadders.stream().filter(l -> l.covers(spec)).findFirst();
    }

    /** The classes playing {@code role} ({@code hot}, {@code infrequent}, {@code archive}, {@code coldArchive}). */
    public List<String> storageClasses(String role) {
        return storageTiers.getOrDefault(role, List.of());
    }

    /** The first class playing {@code role}. */
    public Optional<String> storageClass(String role) {
        return storageClasses(role).stream().findFirst();
    }

    /**
     * A copy with some prices replaced (from {@code cloudcost.yaml}'s {@code prices} section).
     *
     * @throws IllegalArgumentException for a key the catalog does not have
     */
    public PriceCatalog withOverrides(Map<String, BigDecimal> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Price> p = new LinkedHashMap<>(prices);
        overrides.forEach((key, value) -> {
            Price before = p.get(key);
            if (before == null) {
                throw new IllegalArgumentException("the " + provider + " price catalog has no price \"" + key + "\"");
            }
            p.put(key, before.withValue(value, "cloudcost.yaml"));
        });
        return new PriceCatalog(provider, aliases, currency, region, p, sizeLadders, storageTiers);
    }

    @Override
    public String toString() {
        return "PriceCatalog{" + provider + ", " + currency + ", " + region + ", " + prices.size() + " prices, "
                + sizeLadders.size() + " size ladders}";
    }
}
