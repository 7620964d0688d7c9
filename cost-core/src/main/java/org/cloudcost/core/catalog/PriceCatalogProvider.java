package org.cloudcost.core.catalog;

/**
 * Supplies one provider's {@link PriceCatalog}, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.cloudcost.core.catalog.PriceCatalogProvider}). Provider modules
 * implement it by reading a YAML resource:
 *
 * <pre>{@code
 * public final class AliyunPriceCatalogProvider implements PriceCatalogProvider {
 *     public PriceCatalog catalog() {
 *         try (InputStream in = getClass().getResourceAsStream("aliyun-prices.yaml")) {
 *             return PriceCatalog.read(in, "aliyun-prices.yaml");
 *         }
 *     }
 * }
 * }</pre>
 */
public interface PriceCatalogProvider {
    /** The catalog; called once per {@link PriceCatalogs#load()}. */
    PriceCatalog catalog();
}
