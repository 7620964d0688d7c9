package org.cloudcost.core.internal.rules;

import java.util.Objects;
import java.util.Optional;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;

/**
 * The checks a rule makes before it puts a catalog price on a finding, each answering with the
 * reason for a skip: is there a catalog for the resource's provider, does it price in the
 * reporting currency (a catalog in CNY cannot price a report in USD: the rules never convert
 * catalog prices), and does it have the prices the rule needs.
 *
 * <pre>{@code
 * CatalogChecks.Found found = CatalogChecks.forResource(context, resource);
 * if (found.catalog().isEmpty()) { out.skip(resource, found.skipReason()); return; }
 * PriceCatalog c = found.catalog().get();
 * Optional<String> gap = CatalogChecks.missingPrice(c, "database.serverless.minUnits", "database.serverless.unitHour");
 * if (gap.isPresent()) { out.skip(resource, gap.get()); return; }
 * }</pre>
 */
public final class CatalogChecks {
    private CatalogChecks() {
    }

    /**
     * A catalog fit to price a finding, with the currency its amounts are in, or why there is none.
     *
     * @param catalog the catalog; empty when a check failed
     * @param currency the currency of the finding's amounts (the reporting currency, or the
     *        catalog's when the report has none); {@code ""} when a check failed
     * @param skipReason why there is no catalog; {@code ""} when there is one
     */
    public record Found(Optional<PriceCatalog> catalog, String currency, String skipReason) {
        public Found {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(skipReason, "skipReason");
        }

        static Found of(PriceCatalog catalog, String currency) {
            return new Found(Optional.of(catalog), currency, "");
        }

        static Found none(String why) {
            return new Found(Optional.empty(), "", why);
        }
    }

    /** The catalog of {@code resource}'s provider, when it prices in the reporting currency. */
    public static Found forResource(RuleContext context, Resource resource) {
        Optional<PriceCatalog> catalog = context.catalog(resource);
        if (catalog.isEmpty()) {
            return Found.none(noCatalog(resource.providerName()));
        }
        return inReportingCurrency(catalog.get(), context.currency());
    }

    /**
     * {@code catalog}, when it prices in {@code reportingCurrency}: the same code, or any code when the
     * report has no currency yet ({@code ""}: no bill says one, so the catalog's is used).
     */
    public static Found inReportingCurrency(PriceCatalog catalog, String reportingCurrency) {
        String currency = reportingCurrency == null || reportingCurrency.isBlank() ? catalog.currency() : reportingCurrency;
        if (!currency.equals(catalog.currency())) {
            return Found.none("the " + catalog.provider() + " catalog prices in " + catalog.currency() + ", the report is in "
                    + currency);
        }
        return Found.of(catalog, currency);
    }

    /** The first of {@code keys} the catalog has no price for, worded for a skip ({@link #noPrice}). */
    public static Optional<String> missingPrice(PriceCatalog catalog, String... keys) {
        for (String key : keys) {
            if (catalog.price(key).isEmpty()) {
                return Optional.of(noPrice(catalog, key));
            }
        }
        return Optional.empty();
    }

    /** {@code no price catalog for provider "Example Cloud"}. */
    public static String noCatalog(String providerName) {
        return "no price catalog for provider \"" + providerName + "\"";
    }

    /**
     * {@code no price compute.stoppedShare in the Alibaba Cloud catalog}; several keys are listed with
     * commas: {@code no price traffic.internet.gb, cdn.traffic.gb in the AWS catalog}.
     */
    public static String noPrice(PriceCatalog catalog, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("noPrice needs at least one key");
        }
        return "no price " + String.join(", ", keys) + " in the " + catalog.provider() + " catalog";
    }
}
