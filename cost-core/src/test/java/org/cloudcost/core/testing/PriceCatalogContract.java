package org.cloudcost.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogProvider;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.catalog.SizeLadder;
import org.junit.jupiter.api.Test;

/**
 * What every provider's price catalog must do, as a test kit the provider modules extend (the
 * Micrometer way: one contract, one subclass per backend): it is found through ServiceLoader by
 * its provider name and aliases, it prices in its currency, it has every key of
 * {@code docs/price-catalog.md} that applies to it, and every price and ladder says where and
 * when it was read.
 *
 * <pre>{@code
 * class AwsPriceCatalogTest extends PriceCatalogContract {
 *     AwsPriceCatalogTest() { super("AWS", new AwsPriceCatalogProvider(), "USD", "us-east-1"); }
 *     protected List<String> aliases() { return List.of("aws", "Amazon Web Services"); }
 *     protected List<String> expectedKeys() { return List.of("storage.STANDARD.gbMonth", ...); }
 * }
 * }</pre>
 */
public abstract class PriceCatalogContract {
    private final String provider;
    private final PriceCatalogProvider catalogProvider;
    private final String currency;
    private final String region;
    /** The catalog as {@link PriceCatalogs#load()} finds it. */
    protected final PriceCatalog catalog;

    protected PriceCatalogContract(String provider, PriceCatalogProvider catalogProvider, String currency, String region) {
        this.provider = provider;
        this.catalogProvider = catalogProvider;
        this.currency = currency;
        this.region = region;
        this.catalog = PriceCatalogs.load().find(provider).orElseThrow(() -> new AssertionError(
                "no price catalog answers to \"" + provider + "\"; catalogs: " + PriceCatalogs.load().providers()));
    }

    /** Other spellings of the provider name the catalog must answer to. */
    protected abstract List<String> aliases();

    /** The keys of docs/price-catalog.md that apply to this provider. */
    protected abstract List<String> expectedKeys();

    /** The unit price under {@code key}, failing the test when it is missing. */
    protected double price(String key) {
        return catalog.price(key).orElseThrow(() -> new AssertionError("no price " + key)).amount();
    }

    @Test
    void isFoundThroughServiceLoaderAndPricesInItsCurrency() {
        assertThat(PriceCatalogs.load().providers()).contains(provider);
        assertThat(catalogProvider.catalog().prices()).isEqualTo(catalog.prices());
        assertThat(catalog.currency()).isEqualTo(currency);
        assertThat(catalog.region()).isEqualTo(region);
    }

    @Test
    void answersToItsNameAndAliasesOnly() {
        for (String name : aliases()) {
            assertThat(catalog.answersTo(name)).as(name).isTrue();
            assertThat(PriceCatalogs.load().find(name)).as(name).contains(catalog);
        }
        assertThat(catalog.answersTo(provider)).isTrue();
        assertThat(catalog.answersTo("Nimbus Cloud")).isFalse();
    }

    @Test
    void hasEveryDocumentedKeyThatApplies() {
        assertThat(catalog.prices().keySet()).containsAll(expectedKeys());
    }

    @Test
    void everyPriceAndLadderSaysWhereAndWhenItWasRead() {
        for (Price p : catalog.prices().values()) {
            assertThat(p.source()).as("%s source", p.key()).isNotBlank();
            assertThat(p.read()).as("%s read", p.key()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(p.unit()).as("%s unit", p.key()).isNotBlank();
            assertThat(p.value().signum()).as("%s value", p.key()).isGreaterThanOrEqualTo(0);
        }
        for (SizeLadder l : catalog.sizeLadders()) {
            assertThat(l.source()).isNotBlank();
            assertThat(l.read()).isNotBlank();
            assertThat(l.sizes()).isNotEmpty();
        }
    }
}
