package org.cloudcost.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogProvider;

/**
 * The AWS price catalog: on-demand list prices in USD for us-east-1, from {@code aws-prices.yaml}
 * beside this class. Registered through
 * {@code META-INF/services/org.cloudcost.core.catalog.PriceCatalogProvider}; answers to {@code AWS},
 * {@code Amazon Web Services} and {@code Amazon} (in any case). Keys and sources:
 * {@code docs/price-catalog.md}.
 *
 * <pre>{@code
 * PriceCatalog aws = new AwsPriceCatalogProvider().catalog();   // or through ServiceLoader, by provider name
 * }</pre>
 */
public final class AwsPriceCatalogProvider implements PriceCatalogProvider {
    /** The catalog resource, next to this class. */
    static final String RESOURCE = "aws-prices.yaml";
    /** The resource's name in messages. */
    static final String NAME = "org/cloudcost/aws/" + RESOURCE;

    @Override
    public PriceCatalog catalog() {
        try (InputStream in = AwsPriceCatalogProvider.class.getResourceAsStream(RESOURCE)) {
            return PriceCatalog.read(in, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(NAME + ": " + e.getMessage(), e);
        }
    }
}
