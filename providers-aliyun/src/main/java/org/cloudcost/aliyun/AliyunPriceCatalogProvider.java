package org.cloudcost.aliyun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogProvider;

/**
 * The Alibaba Cloud price catalog: China mainland list prices in CNY, read for cn-hangzhou, from
 * {@code aliyun-prices.yaml} beside this class. Registered through
 * {@code META-INF/services/org.cloudcost.core.catalog.PriceCatalogProvider}; answers to
 * {@code Alibaba Cloud}, {@code Alibaba}, {@code Aliyun}, {@code AlibabaCloud} and
 * {@code Alibaba Cloud (Aliyun)}. Keys and sources: {@code docs/price-catalog.md}.
 */
public final class AliyunPriceCatalogProvider implements PriceCatalogProvider {
    /** The catalog resource, next to this class. */
    static final String RESOURCE = "aliyun-prices.yaml";
    /** The resource's name in messages. */
    static final String NAME = "org/cloudcost/aliyun/" + RESOURCE;

    @Override
    public PriceCatalog catalog() {
        try (InputStream in = AliyunPriceCatalogProvider.class.getResourceAsStream(RESOURCE)) {
            return PriceCatalog.read(in, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(NAME + ": " + e.getMessage(), e);
        }
    }
}
