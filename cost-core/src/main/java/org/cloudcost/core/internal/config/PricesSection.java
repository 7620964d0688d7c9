package org.cloudcost.core.internal.config;

import org.cloudcost.core.config.CloudcostConfig;

/**
 * {@code prices}: provider name → catalog key → price, overriding the provider's price catalog.
 * Only the shape is checked here: the catalogs load elsewhere, and an unknown provider or key is
 * reported when the analysis applies the overrides.
 */
final class PricesSection {
    private PricesSection() {
    }

    /** {@code prices: {Alibaba Cloud: {storage.Standard.gbMonth: 0.12}}}: values kept exactly as written. */
    static CloudcostConfig apply(ConfigNode node, CloudcostConfig config) {
        for (ConfigNode provider : node.entries(
                "a map of provider name to its prices, e.g. {Alibaba Cloud: {storage.Standard.gbMonth: 0.12}}")) {
            String name = ConfigValues.name(provider, "a provider name such as Alibaba Cloud or AWS");
            for (ConfigNode price : provider.entries("a map of catalog key to price, e.g. {storage.Standard.gbMonth: 0.12}")) {
                String key = ConfigValues.name(price, "a catalog key such as storage.Standard.gbMonth");
                config = config.withPrice(name, key, ConfigValues.nonNegativeDecimal(price, "in the catalog's unit"));
            }
        }
        return config;
    }
}
