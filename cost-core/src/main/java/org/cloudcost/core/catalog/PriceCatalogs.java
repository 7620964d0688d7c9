package org.cloudcost.core.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The price catalogs on the classpath, by provider. Immutable.
 *
 * <pre>{@code
 * PriceCatalogs catalogs = PriceCatalogs.load();
 * catalogs.find("Alibaba Cloud");      // the providers-aliyun catalog, when that jar is present
 * catalogs.providers();                // [Alibaba Cloud, AWS]
 * }</pre>
 */
public final class PriceCatalogs {
    private final List<PriceCatalog> catalogs;

    private PriceCatalogs(List<PriceCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** The catalogs of every {@link PriceCatalogProvider} visible to this class's loader. */
    public static PriceCatalogs load() {
        return load(PriceCatalogs.class.getClassLoader());
    }

    /** The catalogs visible to {@code loader}. */
    public static PriceCatalogs load(ClassLoader loader) {
        List<PriceCatalog> found = new ArrayList<>();
        ServiceLoader.load(PriceCatalogProvider.class, loader).forEach(p -> found.add(p.catalog()));
        return new PriceCatalogs(found);
    }

    /** Exactly these catalogs. */
    public static PriceCatalogs of(List<PriceCatalog> catalogs) {
        return new PriceCatalogs(catalogs);
    }

    /** The catalog answering to {@code providerName} (its name or an alias). */
    public Optional<PriceCatalog> find(String providerName) {
        return catalogs.stream().filter(c -> c.answersTo(providerName)).findFirst();
    }

    /** All catalogs. */
    public List<PriceCatalog> all() {
        return catalogs;
    }

    /** The providers priced, in load order. */
    public List<String> providers() {
        return catalogs.stream().map(PriceCatalog::provider).toList();
    }

    /**
     * A copy with per-provider overrides applied ({@code provider → key → value}).
     *
     * @throws IllegalArgumentException for an unknown provider or key
     */
    public PriceCatalogs withOverrides(Map<String, Map<String, BigDecimal>> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        List<PriceCatalog> out = new ArrayList<>(catalogs);
        overrides.forEach((provider, prices) -> {
            PriceCatalog c = find(provider).orElseThrow(() -> new IllegalArgumentException(
                    "no price catalog for provider \"" + provider + "\"; catalogs: " + providers()));
            out.set(out.indexOf(c), c.withOverrides(prices));
        });
        return new PriceCatalogs(out);
    }

    @Override
    public String toString() {
        return "PriceCatalogs" + providers();
    }
}
