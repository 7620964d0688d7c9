package org.cloudcost.report.xlsx.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.frame.BillingFrame;

/**
 * The "Prices used" table of the Assumptions sheet: every price of the catalogs for the
 * providers in the bills (all catalogs when the dataset was not given), with the
 * configuration's overrides applied, its unit, tiers, source and date.
 */
final class PriceRows {
    private PriceRows() {
    }

    static void write(SheetWriter w, WorkbookSource source) {
        w.section("Prices used (informative: a change needs a new run)");
        w.header(0, "Provider", "Key", "Value", "Unit", "Read", "Source", "Note", "Tiers (up to quantity: unit price)");
        PriceCatalogs catalogs = source.catalogs();
        if (source.dataset().isPresent()) {
            try {
                catalogs = catalogs.withOverrides(source.dataset().get().config().prices());
            } catch (IllegalArgumentException e) {
                SheetWriter.label(w.next(), 0, "the configuration's prices do not apply: " + e.getMessage(), w.styles().note());
            }
        }
        Set<String> providers = source.dataset().map(PriceRows::providers).orElse(Set.of());
        List<PriceCatalog> shown = catalogs.all().stream()
                .filter(c -> source.dataset().isEmpty() || providers.stream().anyMatch(c::answersTo)).toList();
        if (shown.isEmpty()) {
            SheetWriter.label(w.next(), 0, catalogs.all().isEmpty()
                    ? "no price catalog on the class path (the provider modules bring them)"
                    : "no price catalog for the providers in the bills: " + String.join(", ", providers), w.styles().note());
        }
        for (PriceCatalog c : shown) {
            for (Map.Entry<String, Price> e : c.prices().entrySet()) {
                Price p = e.getValue();
                Row r = w.next();
                w.text(r, 0, c.provider());
                w.text(r, 1, p.key());
                SheetWriter.number(r, 2, p.value(), w.styles().decimal());
                w.text(r, 3, p.unit());
                w.text(r, 4, p.read());
                w.text(r, 5, p.source());
                w.text(r, 6, p.note());
                w.text(r, 7, tiers(p));
            }
        }
    }

    private static Set<String> providers(CostDataset dataset) {
        return new TreeSet<>(dataset.billing().table(BillingFrame.PROVIDER_NAME).stringColumn(BillingFrame.PROVIDER_NAME).asSet());
    }

    private static String tiers(Price p) {
        return p.tiers().stream()
                .map(t -> (t.upTo() == null ? "above" : t.upTo().toPlainString()) + ": " + t.value().toPlainString())
                .collect(Collectors.joining("; "));
    }
}
